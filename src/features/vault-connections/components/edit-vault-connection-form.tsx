import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, isStaleVersion } from '@/api/client';
import { operationsBetween } from '@/api/common';
import type { Environment } from '@/api/environment';
import type { VaultConnection } from '@/api/vault-connections';
import { FormDialog } from '@/components/form-dialog';
import { placeServerError } from '@/components/form/server-error';
import { StaleVersionAlert } from '@/components/stale-version-alert';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import { useUpdateVaultConnection } from '../api/use-update-vault-connection';
import {
  connectionGoneMessage,
  editVaultConnectionFormSchema,
  formFieldOf,
  secretAccessKeyIsSet,
  vaultConnectionFormValues,
  writableVaultConnection,
  type VaultConnectionFormValues,
  type VaultConnectionUpdate,
} from '../vault-connection-form';
import { VaultConnectionFields } from './vault-connection-fields';

interface Props {
  environment: Environment;
  /** The connection as loaded when the dialog opened. */
  connection: VaultConnection;
  onClose: () => void;
  onSaved: (connection: VaultConnection) => void;
  /** Save with nothing changed: there is nothing to send, the dialog just closes. */
  onUnchanged: (connection: VaultConnection) => void;
}

/**
 * Edit Vault Connection: the same fields as Add, filled in. Save sends only what changed, based on the version
 * loaded; if someone changed the connection meanwhile the server refuses and the dialog offers to reload it.
 */
export function EditVaultConnectionForm({ environment, connection, onClose, onSaved, onUnchanged }: Props) {
  // The version this edit is based on. A background refetch does not move it: only Reload does, visibly.
  const [base, setBase] = useState(connection);
  const resolver = useMemo(() => zodResolver(editVaultConnectionFormSchema(base)), [base]);
  const form = useForm<VaultConnectionFormValues, unknown, VaultConnectionUpdate>({
    resolver,
    defaultValues: vaultConnectionFormValues(base),
    mode: 'onTouched',
  });
  const update = useUpdateVaultConnection();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string>();
  const [staleMessage, setStaleMessage] = useState<string>();
  const [reloading, setReloading] = useState(false);

  const onSubmit = form.handleSubmit(async (request) => {
    setFormError(undefined);
    setStaleMessage(undefined);
    const operationList = operationsBetween(writableVaultConnection(base), request);
    if (operationList.length === 0) {
      onUnchanged(base);
      return;
    }
    try {
      onSaved(await update.mutateAsync({ id: base.id, operationList, ifMatch: base.dateModified }));
    } catch (error) {
      if (isStaleVersion(error)) setStaleMessage(error.message);
      else if (error instanceof ApiError && error.status === 404) setFormError(connectionGoneMessage(base.name));
      else setFormError(placeServerError(error, form.setError, formFieldOf));
    }
  });

  const reload = async () => {
    setReloading(true);
    setFormError(undefined);
    try {
      const fresh = await queryClient.fetchQuery({ ...vaultConnectionQueries.detail(base.id), staleTime: 0 });
      setBase(fresh);
      form.reset(vaultConnectionFormValues(fresh));
      setStaleMessage(undefined);
    } catch (error) {
      setStaleMessage(undefined);
      setFormError(error instanceof ApiError && error.status === 404 ? connectionGoneMessage(base.name) : placeServerError(error, form.setError, () => undefined));
    } finally {
      setReloading(false);
    }
  };

  return (
    <FormDialog
      title="Edit Vault Connection"
      onSubmit={onSubmit}
      onClose={onClose}
      saving={update.isPending || reloading}
      error={formError}
      dirty={form.formState.isDirty}
    >
      {staleMessage && (
        <StaleVersionAlert onReload={() => void reload()} reloading={reloading}>
          {staleMessage} Reload replaces what you typed with the saved connection.
        </StaleVersionAlert>
      )}
      <VaultConnectionFields control={form.control} environment={environment} secretAccessKeySet={secretAccessKeyIsSet(base)} />
    </FormDialog>
  );
}
