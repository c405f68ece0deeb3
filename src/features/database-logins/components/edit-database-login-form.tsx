import Alert from '@mui/material/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError, isStaleVersion } from '@/api/client';
import type { DatabaseLogin } from '@/api/database-logins';
import type { VaultConnection } from '@/api/vault-connections';
import { FormDialog } from '@/components/form-dialog';
import { placeServerError } from '@/components/form/server-error';
import { StaleVersionAlert } from '@/components/stale-version-alert';
import { useNotify } from '@/components/notifications';
import { databaseLoginQueries } from '@/lib/queries/database-login-queries';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { useUpdateDatabaseLogin } from '../api/use-update-database-login';
import {
  changedOperations,
  editDatabaseLoginFormSchema,
  formFieldOfServerField,
  formValuesOf,
  passwordSetNote,
  storesPassword,
  type DatabaseLoginFormValues,
  type UpdatedDatabaseLogin,
} from '../database-login-form';
import { DatabaseLoginFields } from './database-login-fields';
import type { AddVaultConnectionDialogComponent } from './vault-connection-field';

interface Props {
  /** The login as loaded from the server: the version this edit is based on. */
  login: DatabaseLogin;
  onClose: () => void;
  onSaved: (login: DatabaseLogin) => void;
  AddVaultConnectionDialog?: AddVaultConnectionDialogComponent | undefined;
}

type Problem =
  | { kind: 'stale' }
  | { kind: 'reloaded' }
  | { kind: 'deleted' }
  | { kind: 'error'; message: string };

const noConnections: readonly VaultConnection[] = [];

/**
 * Edit Database Login: the Add dialog's fields, filled in. Save sends only what changed, based on the version
 * loaded (If-Match: its dateModified), so nobody overwrites someone else's change without knowing.
 */
export function EditDatabaseLoginForm({ login, onClose, onSaved, AddVaultConnectionDialog }: Props) {
  // The version the edit is based on; Reload moves it to the latest.
  const [base, setBase] = useState(login);
  const connections = useQuery(vaultConnectionQueries.list()).data ?? noConnections;
  const schema = useMemo(() => editDatabaseLoginFormSchema(connections, base), [connections, base]);
  const form = useForm<DatabaseLoginFormValues, unknown, UpdatedDatabaseLogin>({
    resolver: zodResolver(schema),
    defaultValues: formValuesOf(login),
    mode: 'onTouched',
  });
  const useVault = useWatch({ control: form.control, name: 'useVault' });
  const update = useUpdateDatabaseLogin();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reloading, setReloading] = useState(false);

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    const operations = changedOperations(base, request);
    if (operations.length === 0) {
      notify(`Nothing changed in “${base.name}”: there was nothing to save.`);
      onClose();
      return;
    }
    try {
      onSaved(await update.mutateAsync({ id: base.id, operations, ifMatch: base.dateModified }));
    } catch (error) {
      if (isStaleVersion(error)) setProblem({ kind: 'stale' });
      else if (error instanceof ApiError && error.status === 404) setProblem({ kind: 'deleted' });
      else {
        const message = placeServerError(error, form.setError, formFieldOfServerField);
        if (message) setProblem({ kind: 'error', message });
      }
    }
  });

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({ ...databaseLoginQueries.detail(base.id), staleTime: 0, gcTime: 0 });
      setBase(latest);
      // Fields the user changed keep what was typed; the others take the latest values.
      form.reset(formValuesOf(latest), { keepDirtyValues: true });
      setProblem({ kind: 'reloaded' });
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 404
          ? { kind: 'deleted' }
          : { kind: 'error', message: error instanceof Error ? error.message : 'The login could not be reloaded.' },
      );
    } finally {
      setReloading(false);
    }
  };

  const hasPassword = storesPassword(base);
  return (
    <FormDialog
      title="Edit Database Login"
      onSubmit={onSubmit}
      onClose={onClose}
      saving={update.isPending || reloading}
      dirty={form.formState.isDirty}
    >
      {problem?.kind === 'stale' && (
        <StaleVersionAlert onReload={() => void reload()} reloading={reloading}>
          Someone else changed “{base.name}” after you opened it, so your changes were not saved. Reload brings in
          theirs and keeps what you changed here.
        </StaleVersionAlert>
      )}
      {problem?.kind === 'reloaded' && (
        <Alert severity="info" role="status" sx={{ mb: 1 }}>
          Reloaded: the fields you did not change show the latest version. Check them, then Save.
        </Alert>
      )}
      {problem?.kind === 'deleted' && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          “{base.name}” no longer exists: someone deleted it, so your changes cannot be saved.
        </Alert>
      )}
      {problem?.kind === 'error' && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {problem.message}
        </Alert>
      )}
      {hasPassword && useVault && (
        <Alert severity="info" sx={{ mb: 1 }}>
          Saved with Use Vault on, this login reads its credentials from the vault, and its stored password is deleted.
        </Alert>
      )}
      <DatabaseLoginFields
        control={form.control}
        passwordRequired={!hasPassword}
        passwordHelperText={hasPassword ? passwordSetNote : 'This login has no password stored: type one.'}
        AddVaultConnectionDialog={AddVaultConnectionDialog}
        onVaultConnectionAdded={(connection) => {
          form.setValue('vaultType', connection.type, { shouldDirty: true });
          form.setValue('vaultConnection.id', connection.id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
        }}
      />
    </FormDialog>
  );
}
