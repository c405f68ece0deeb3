import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { CreateDatabaseLoginRequest, DatabaseLogin } from '@/api/database-logins';
import type { VaultConnection } from '@/api/vault-connections';
import { FormDialog } from '@/components/form-dialog';
import { placeServerError } from '@/components/form/server-error';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { useCreateDatabaseLogin } from '../api/use-create-database-login';
import {
  databaseLoginFormSchema,
  emptyDatabaseLoginForm,
  formFieldOfServerField,
  type DatabaseLoginFormValues,
} from '../database-login-form';
import { DatabaseLoginFields } from './database-login-fields';
import type { AddVaultConnectionDialogComponent } from './vault-connection-field';

interface Props {
  onClose: () => void;
  onSaved: (login: DatabaseLogin) => void;
  AddVaultConnectionDialog?: AddVaultConnectionDialogComponent | undefined;
}

const noConnections: readonly VaultConnection[] = [];

/** Add New Database Login: a standard login (Login, Password) or, with Use Vault on, a secret in a vault. */
export function AddDatabaseLoginDialog({ onClose, onSaved, AddVaultConnectionDialog }: Props) {
  const connections = useQuery(vaultConnectionQueries.list()).data ?? noConnections;
  const schema = useMemo(() => databaseLoginFormSchema(connections), [connections]);
  const form = useForm<DatabaseLoginFormValues, unknown, CreateDatabaseLoginRequest>({
    resolver: zodResolver(schema),
    defaultValues: emptyDatabaseLoginForm,
    mode: 'onTouched',
  });
  const create = useCreateDatabaseLogin();
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit(async (request) => {
    setFormError(undefined);
    try {
      onSaved(await create.mutateAsync(request));
    } catch (error) {
      setFormError(placeServerError(error, form.setError, formFieldOfServerField));
    }
  });

  return (
    <FormDialog
      title="Add New Database Login"
      onSubmit={onSubmit}
      onClose={onClose}
      saving={create.isPending}
      error={formError}
      dirty={form.formState.isDirty}
    >
      <DatabaseLoginFields
        control={form.control}
        passwordRequired
        AddVaultConnectionDialog={AddVaultConnectionDialog}
        onVaultConnectionAdded={(connection) => {
          form.setValue('vaultType', connection.type, { shouldDirty: true });
          form.setValue('vaultConnection.id', connection.id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
        }}
      />
    </FormDialog>
  );
}
