import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { parseSecretArn } from '@/api/aws/secret-arn';
import type { CreateDatabaseLoginRequest, DatabaseLogin } from '@/api/database-logins';
import { vaultTypeLabels, type VaultConnection } from '@/api/vault-connections';
import { FormDialog } from '@/components/form-dialog';
import { FormSelectField } from '@/components/form/form-select-field';
import { FormTextField } from '@/components/form/form-text-field';
import { placeServerError } from '@/components/form/server-error';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { useCreateDatabaseLogin } from '../api/use-create-database-login';
import { databaseLoginFormSchema, emptyDatabaseLoginForm, type DatabaseLoginFormValues } from '../database-login-form';

interface Props {
  onClose: () => void;
  onSaved: (login: DatabaseLogin) => void;
}

const typeOptions = Object.entries(vaultTypeLabels).map(([value, label]) => ({ value, label }));
const noConnections: readonly VaultConnection[] = [];
const formFields: readonly string[] = ['name', 'description', 'useVault', 'vaultType', 'vaultConnection.id', 'secretName', 'username', 'password'];

/** Add New Database Login: a standard login (Login, Password) or, with Use Vault on, a secret in a vault. */
export function DatabaseLoginDialog({ onClose, onSaved }: Props) {
  const connectionsQuery = useQuery(vaultConnectionQueries.list());
  const connections = connectionsQuery.data ?? noConnections;
  const schema = useMemo(() => databaseLoginFormSchema(connections), [connections]);
  const form = useForm<DatabaseLoginFormValues, unknown, CreateDatabaseLoginRequest>({
    resolver: zodResolver(schema),
    defaultValues: emptyDatabaseLoginForm,
    mode: 'onTouched',
  });
  const { control } = form;
  const [useVault, vaultType, secretName] = useWatch({ control, name: ['useVault', 'vaultType', 'secretName'] });
  const create = useCreateDatabaseLogin();
  const [formError, setFormError] = useState<string>();

  const connectionOptions = connections
    .filter((connection) => connection.type === vaultType)
    .map((connection) => ({ value: connection.id, label: connection.name }));
  const parsedSecret = parseSecretArn(secretName);
  const secretHint =
    parsedSecret.ok && !parsedSecret.arn.hasRandomSuffix
      ? 'This name lacks the 6-character suffix AWS adds (like -5m93MF): it resolves only within one account.'
      : 'The secret’s full ARN, from its Secret details in AWS.';

  const onSubmit = form.handleSubmit(async (request) => {
    setFormError(undefined);
    try {
      onSaved(await create.mutateAsync(request));
    } catch (error) {
      setFormError(
        placeServerError(error, form.setError, (field) => {
          const formField = field === 'vaultConnection' ? 'vaultConnection.id' : field;
          return formFields.includes(formField) ? (formField as keyof DatabaseLoginFormValues) : undefined;
        }),
      );
    }
  });

  return (
    <FormDialog title="Add New Database Login" onSubmit={onSubmit} onClose={onClose} saving={create.isPending} error={formError} dirty={form.formState.isDirty}>
      <Controller
        control={control}
        name="useVault"
        render={({ field: { value, onChange, ref, ...field } }) => (
          <FormControlLabel
            label="Use Vault"
            control={
              <Switch
                {...field}
                checked={value}
                onChange={(_event, checked) => onChange(checked)}
                autoFocus
                slotProps={{ input: { role: 'switch', ref } }}
              />
            }
          />
        )}
      />
      <FormTextField control={control} name="name" label="Name" required />
      <FormTextField control={control} name="description" label="Description" multiline minRows={2} />
      {useVault ? (
        <>
          <FormSelectField control={control} name="vaultType" label="Type" required options={typeOptions} />
          <FormSelectField
            control={control}
            name="vaultConnection.id"
            label="Vault Connection"
            required
            options={connectionOptions}
            helperText={
              connectionsQuery.isPending
                ? 'Loading vault connections…'
                : connectionOptions.length === 0
                  ? `There are no ${vaultTypeLabels[vaultType]} vault connections yet: add one on the Vault Connections tab.`
                  : undefined
            }
          />
          <FormTextField control={control} name="secretName" label="Secret Name" required autoComplete="off" helperText={secretHint} />
        </>
      ) : (
        <>
          <FormTextField control={control} name="username" label="Login" required autoComplete="off" />
          <FormTextField control={control} name="password" label="Password" required type="password" autoComplete="new-password" />
        </>
      )}
    </FormDialog>
  );
}
