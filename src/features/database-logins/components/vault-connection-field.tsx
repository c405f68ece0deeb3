import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Control } from 'react-hook-form';
import { vaultTypeLabels, type VaultConnection, type VaultType } from '@/api/vault-connections';
import { AddButton } from '@/components/add-button';
import { FormSelectField } from '@/components/form/form-select-field';
import type { DatabaseLoginFormValues } from '../database-login-form';

/**
 * The vault-connections feature's create dialog, passed in by the screen (features do not import each other).
 * It may be lazy (rendered inside Suspense here) and offer preload(), called when Add New Vault Connection is near.
 */
export type AddVaultConnectionDialogComponent = ComponentType<{
  onClose: () => void;
  onSaved: (connection: VaultConnection) => void;
}> & { preload?: () => Promise<unknown> };

interface Props<Out> {
  control: Control<DatabaseLoginFormValues, unknown, Out>;
  vaultType: VaultType;
  connections: UseQueryResult<VaultConnection[]>;
  /** Opens Add New Vault Connection; without it the field says where to add one. */
  onAddConnection: (() => void) | undefined;
  /** Fetches Add New Vault Connection ahead of a click (pointer over or focus on the button). */
  onPreloadAddConnection?: (() => void) | undefined;
}

/**
 * Vault Connection: only the connections of the chosen Type. When there is none, it says so, and Add New Vault
 * Connection creates one without leaving (or losing) the login being typed.
 */
export function VaultConnectionField<Out>({ control, vaultType, connections, onAddConnection, onPreloadAddConnection }: Props<Out>) {
  const options = (connections.data ?? [])
    .filter((connection) => connection.type === vaultType)
    .map((connection) => ({ value: connection.id, label: connection.name }));
  const typeLabel = vaultTypeLabels[vaultType];
  const none = connections.isSuccess && options.length === 0;
  const helperText = connections.isPending
    ? 'Loading vault connections…'
    : connections.isError
      ? `The vault connections could not be loaded: ${connections.error.message}`
      : none
        ? `There are no ${typeLabel} vault connections yet.${onAddConnection ? '' : ' Add one on the Vault Connections tab.'}`
        : undefined;
  return (
    <>
      <FormSelectField
        control={control}
        name="vaultConnection.id"
        label="Vault Connection"
        required
        options={options}
        disabled={!connections.isSuccess || none}
        helperText={helperText}
        // The message says why the list is unavailable: it stays readable (full contrast) while the list is off.
        slotProps={{ formHelperText: { disabled: false } }}
      />
      {(connections.isError || onAddConnection) && (
        <Box sx={{ display: 'flex', gap: 1, mt: -0.5, mb: 0.5 }}>
          {connections.isError && (
            <Button size="small" onClick={() => void connections.refetch()}>
              Retry
            </Button>
          )}
          {onAddConnection && (
            <AddButton size="small" onClick={onAddConnection} onPreload={onPreloadAddConnection}>
              Add New Vault Connection
            </AddButton>
          )}
        </Box>
      )}
    </>
  );
}
