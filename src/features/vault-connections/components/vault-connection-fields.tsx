import { useWatch, type Control } from 'react-hook-form';
import type { Environment } from '@/api/environment';
import { authenticationModeLabels, vaultTypeLabels } from '@/api/vault-connections';
import { FormSelectField } from '@/components/form/form-select-field';
import { FormTextField } from '@/components/form/form-text-field';
import { fieldsFor, type ModeField, type VaultConnectionFormValues } from '../vault-connection-form';
import { DefaultIamRole } from './default-iam-role';
import { RegionField } from './region-field';

interface Props<Out> {
  control: Control<VaultConnectionFormValues, unknown, Out>;
  environment: Environment;
  /** Editing a connection whose secret access key the server holds: the field may stay empty. */
  secretAccessKeySet: boolean;
}

// Only the types this console implements: the contract lists them.
const typeOptions = Object.entries(vaultTypeLabels).map(([value, label]) => ({ value, label }));

/** The text fields of the field sets, as data; Region has its own component (it suggests regions). */
const textFields: Record<Exclude<ModeField, 'region'>, (secretAccessKeySet: boolean) => {
  label: string;
  required: boolean;
  helperText?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric';
}> = {
  remoteAccountId: () => ({
    label: 'Remote AWS Account ID',
    required: false,
    inputMode: 'numeric',
    helperText: 'Optional. The 12-digit AWS account that holds the secrets.',
  }),
  accessKeyId: () => ({ label: 'Access Key ID', required: true, autoComplete: 'off' }),
  secretAccessKey: (keySet) => ({
    label: 'Secret Access Key',
    required: !keySet,
    type: 'password',
    autoComplete: 'new-password',
    helperText: keySet ? 'A key is set. Type a new one to replace it.' : undefined,
  }),
};

/**
 * Name, Type, Authentication Mode and the fields of the chosen (type, mode), for Add and Edit alike. The mode's
 * field set comes from the table in vault-connection-form.ts.
 */
export function VaultConnectionFields<Out>({ control, environment, secretAccessKeySet }: Props<Out>) {
  const [type, mode] = useWatch({ control, name: ['type', 'authenticationMode'] });
  const mce = environment.managedCloudEnterprise;
  const modeOptions = Object.entries(authenticationModeLabels).map(([value, label]) => ({
    value,
    label,
    ...(value === 'defaultIamRole' && !mce ? { unavailableReason: 'Managed Cloud Enterprise environments only' } : {}),
  }));

  return (
    <>
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
      {fieldsFor(type, mode).map((field) => {
        if (field === 'region') return <RegionField key={field} control={control} />;
        const { helperText, ...props } = textFields[field](secretAccessKeySet);
        return <FormTextField key={field} control={control} name={field} helperText={helperText} {...props} />;
      })}
      {mode === 'defaultIamRole' && environment.defaultIamRoleArn && <DefaultIamRole roleArn={environment.defaultIamRoleArn} />}
    </>
  );
}
