import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Environment } from '@/api/environment';
import type { CreateVaultConnectionRequest, VaultConnection } from '@/api/vault-connections';
import { FormDialog } from '@/components/form-dialog';
import { placeServerError } from '@/components/form/server-error';
import { useCreateVaultConnection } from '../api/use-create-vault-connection';
import {
  emptyVaultConnectionForm,
  formFieldOf,
  vaultConnectionFormSchema,
  type VaultConnectionFormValues,
} from '../vault-connection-form';
import { VaultConnectionFields } from './vault-connection-fields';

interface Props {
  environment: Environment;
  onClose: () => void;
  onSaved: (connection: VaultConnection) => void;
}

/** Add New Vault Connection: Default IAM Role first where the environment offers it (MCE), else Access Key. */
export function CreateVaultConnectionForm({ environment, onClose, onSaved }: Props) {
  const form = useForm<VaultConnectionFormValues, unknown, CreateVaultConnectionRequest>({
    resolver: zodResolver(vaultConnectionFormSchema),
    defaultValues: emptyVaultConnectionForm(environment.managedCloudEnterprise ? 'defaultIamRole' : 'accessKey'),
    mode: 'onTouched',
  });
  const create = useCreateVaultConnection();
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit(async (request) => {
    setFormError(undefined);
    try {
      onSaved(await create.mutateAsync(request));
    } catch (error) {
      setFormError(placeServerError(error, form.setError, formFieldOf));
    }
  });

  return (
    <FormDialog title="Add New Vault Connection" onSubmit={onSubmit} onClose={onClose} saving={create.isPending} error={formError} dirty={form.formState.isDirty}>
      <VaultConnectionFields control={form.control} environment={environment} secretAccessKeySet={false} />
    </FormDialog>
  );
}

