import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Environment } from '@/api/environment';
import { authenticationModeLabels, vaultTypeLabels, type CreateVaultConnectionRequest, type VaultConnection } from '@/api/vault-connections';
import { ErrorPanel } from '@/components/error-panel';
import { FormDialog } from '@/components/form-dialog';
import { FormSelectField } from '@/components/form/form-select-field';
import { FormTextField } from '@/components/form/form-text-field';
import { placeServerError } from '@/components/form/server-error';
import { environmentQueries } from '@/lib/queries/environment-queries';
import { useCreateVaultConnection } from '../api/use-create-vault-connection';
import {
  emptyVaultConnectionForm,
  fieldsByMode,
  vaultConnectionFormSchema,
  type ModeField,
  type VaultConnectionFormValues,
} from '../vault-connection-form';
import { DefaultIamRole } from './default-iam-role';
import { RegionField } from './region-field';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import CircularProgress from '@mui/material/CircularProgress';

interface Props {
  onClose: () => void;
  onSaved: (connection: VaultConnection) => void;
}

/** Add New Vault Connection. Waits for the environment, which decides whether Default IAM Role is offered. */
export function VaultConnectionDialog({ onClose, onSaved }: Props) {
  const environment = useQuery(environmentQueries.current());
  if (environment.data) return <VaultConnectionForm environment={environment.data} onClose={onClose} onSaved={onSaved} />;
  return (
    <Dialog open onClose={onClose} aria-label="Add New Vault Connection">
      <DialogContent>
        {environment.error ? (
          <ErrorPanel title="The environment could not be loaded" error={environment.error} onRetry={() => void environment.refetch()} />
        ) : (
          <CircularProgress aria-label="Loading" />
        )}
      </DialogContent>
    </Dialog>
  );
}

const typeOptions = Object.entries(vaultTypeLabels).map(([value, label]) => ({ value, label }));

const serverFields: readonly string[] = ['name', 'type', 'authenticationMode', 'region', 'remoteAccountId', 'accessKeyId', 'secretAccessKey'];

function VaultConnectionForm({ environment, onClose, onSaved }: Props & { environment: Environment }) {
  const mce = environment.managedCloudEnterprise;
  const form = useForm<VaultConnectionFormValues, unknown, CreateVaultConnectionRequest>({
    resolver: zodResolver(vaultConnectionFormSchema),
    defaultValues: emptyVaultConnectionForm(mce ? 'defaultIamRole' : 'accessKey'),
    mode: 'onTouched',
  });
  const { control } = form;
  const mode = useWatch({ control, name: 'authenticationMode' });
  const create = useCreateVaultConnection();
  const [formError, setFormError] = useState<string>();

  const modeOptions = Object.entries(authenticationModeLabels).map(([value, label]) => ({
    value,
    label,
    ...(value === 'defaultIamRole' && !mce ? { unavailableReason: 'Managed Cloud Enterprise environments only' } : {}),
  }));

  const onSubmit = form.handleSubmit(async (request) => {
    setFormError(undefined);
    try {
      onSaved(await create.mutateAsync(request));
    } catch (error) {
      setFormError(placeServerError(error, form.setError, (field) => (serverFields.includes(field) ? (field as keyof VaultConnectionFormValues) : undefined)));
    }
  });

  const modeField = (field: ModeField) => {
    switch (field) {
      case 'region':
        return <RegionField key={field} control={control} />;
      case 'remoteAccountId':
        return (
          <FormTextField key={field} control={control} name={field} label="Remote AWS Account ID" inputMode="numeric"
            helperText="Optional. The 12-digit AWS account that holds the secrets." />
        );
      case 'accessKeyId':
        return <FormTextField key={field} control={control} name={field} label="Access Key ID" required autoComplete="off" />;
      case 'secretAccessKey':
        return <FormTextField key={field} control={control} name={field} label="Secret Access Key" required type="password" autoComplete="new-password" />;
    }
  };

  return (
    <FormDialog title="Add New Vault Connection" onSubmit={onSubmit} onClose={onClose} saving={create.isPending} error={formError} dirty={form.formState.isDirty}>
      <FormTextField control={control} name="name" label="Name" required autoFocus />
      <FormSelectField control={control} name="type" label="Type" required options={typeOptions} />
      <FormSelectField
        control={control}
        name="authenticationMode"
        label="Authentication Mode"
        required
        options={modeOptions}
        helperText={mce ? undefined : 'Default IAM Role is available only in Managed Cloud Enterprise (MCE) environments.'}
      />
      {fieldsByMode[mode].map(modeField)}
      {mode === 'defaultIamRole' && environment.defaultIamRoleArn && <DefaultIamRole roleArn={environment.defaultIamRoleArn} />}
    </FormDialog>
  );
}
