import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Backdrop from '@mui/material/Backdrop';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { parseSecretArn } from '@/api/aws/secret-arn';
import { vaultTypeLabels, type VaultConnection } from '@/api/vault-connections';
import { FormSelectField } from '@/components/form/form-select-field';
import { FormTextField } from '@/components/form/form-text-field';
import { vaultConnectionQueries } from '@/lib/queries/vault-connection-queries';
import type { DatabaseLoginFormValues } from '../database-login-form';
import { PasswordField } from './password-field';
import { VaultConnectionField, type AddVaultConnectionDialogComponent } from './vault-connection-field';

interface Props<Out> {
  control: Control<DatabaseLoginFormValues, unknown, Out>;
  /** Said under the Password field, e.g. that a password is set and an empty field keeps it. */
  passwordHelperText?: string;
  /** Whether the Password must be typed (a new login, or one that has none stored). */
  passwordRequired: boolean;
  AddVaultConnectionDialog: AddVaultConnectionDialogComponent | undefined;
  /** A connection was added from here: the form chooses it. */
  onVaultConnectionAdded: (connection: VaultConnection) => void;
}

const typeOptions = Object.entries(vaultTypeLabels).map(([value, label]) => ({ value, label }));

/** Dark amber on white: 6.8:1, readable as text (WCAG AA), and unmistakably not an error's red. */
const warningColour = '#8c4a00';

/** The fields of Add New Database Login and Edit Database Login: one set, both modes, nothing typed lost. */
export function DatabaseLoginFields<Out>({
  control,
  passwordHelperText,
  passwordRequired,
  AddVaultConnectionDialog,
  onVaultConnectionAdded,
}: Props<Out>) {
  const connections = useQuery(vaultConnectionQueries.list());
  const queryClient = useQueryClient();
  const [addingConnection, setAddingConnection] = useState(false);
  const [useVault, vaultType, secretName] = useWatch({ control, name: ['useVault', 'vaultType', 'secretName'] });

  const parsedSecret = parseSecretArn(secretName);
  const secretHelperText =
    parsedSecret.ok && !parsedSecret.arn.hasRandomSuffix ? (
      <Box component="span" sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', color: warningColour }}>
        <WarningAmberIcon fontSize="small" aria-hidden sx={{ mt: '1px' }} />
        <span>
          <strong>Warning:</strong> this name lacks the 6 characters AWS adds to every secret’s name (like -5m93MF), so it
          resolves only within one account. Copy the full ARN from the secret’s details in AWS.
        </span>
      </Box>
    ) : (
      'The secret’s full ARN, from its Secret details in AWS.'
    );

  const connectionAdded = (connection: VaultConnection) => {
    setAddingConnection(false);
    // The list may not have refetched yet: put the new connection in it, so the drop-down can show it chosen.
    queryClient.setQueryData(vaultConnectionQueries.list().queryKey, (list) =>
      list && !list.some((known) => known.id === connection.id) ? [...list, connection] : list,
    );
    onVaultConnectionAdded(connection);
  };

  return (
    <>
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
      <FormTextField control={control} name="name" label="Name" required autoComplete="off" />
      <FormTextField control={control} name="description" label="Description" multiline minRows={2} />
      {useVault ? (
        <>
          <FormSelectField control={control} name="vaultType" label="Type" required options={typeOptions} />
          <VaultConnectionField
            control={control}
            vaultType={vaultType}
            connections={connections}
            onAddConnection={AddVaultConnectionDialog && (() => setAddingConnection(true))}
            onPreloadAddConnection={AddVaultConnectionDialog?.preload && (() => void AddVaultConnectionDialog.preload?.())}
          />
          <FormTextField
            control={control}
            name="secretName"
            label="Secret Name"
            required
            autoComplete="off"
            helperText={secretHelperText}
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } }}
          />
        </>
      ) : (
        <>
          <FormTextField
            control={control}
            name="username"
            label="Login"
            required
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } }}
          />
          <PasswordField control={control} name="password" label="Password" required={passwordRequired} helperText={passwordHelperText} />
        </>
      )}
      {addingConnection && AddVaultConnectionDialog && (
        // Its own boundary: while a lazy dialog loads, the login dialog stays as it is.
        <Suspense
          fallback={
            <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal + 1 }}>
              <CircularProgress aria-label="Loading the dialog" />
            </Backdrop>
          }
        >
          <AddVaultConnectionDialog onClose={() => setAddingConnection(false)} onSaved={connectionAdded} />
        </Suspense>
      )}
    </>
  );
}
