import { findRegion, describeRegion } from '@/api/aws/regions';
import { authenticationModeLabels, vaultTypeLabels, type VaultConnection } from '@/api/vault-connections';
import { PropertiesDialog, type Property } from '@/components/properties-dialog';
import { formatStrategyDate } from '@/lib/format-date';
import { fieldsFor, type ModeField } from '../vault-connection-form';
import { ConnectionDependents } from './connection-dependents';

interface Props {
  connection: VaultConnection;
  onClose: () => void;
}

/** How each field of a field set reads in Properties: the secret access key only as whether one is set. */
function modeProperty(connection: VaultConnection, field: ModeField): Property {
  switch (field) {
    case 'region': {
      const region = findRegion(connection.region);
      return { label: 'Region', value: region ? describeRegion(region) : connection.region };
    }
    case 'remoteAccountId':
      return {
        label: 'Remote AWS Account ID',
        value: (connection.authenticationMode === 'defaultIamRole' && connection.remoteAccountId) || 'None: the secrets are in Strategy’s own account',
      };
    case 'accessKeyId':
      return { label: 'Access Key ID', value: connection.authenticationMode === 'accessKey' ? connection.accessKeyId : '' };
    case 'secretAccessKey':
      return { label: 'Secret Access Key', value: connection.authenticationMode === 'accessKey' && connection.secretAccessKeySet ? 'Set' : 'Not set' };
  }
}

/** Properties of a vault connection: what it is, and the database logins that depend on it. */
export function VaultConnectionPropertiesDialog({ connection, onClose }: Props) {
  const properties: Property[] = [
    { label: 'ID', value: connection.id },
    { label: 'Name', value: connection.name },
    { label: 'Type', value: vaultTypeLabels[connection.type] },
    { label: 'Authentication Mode', value: authenticationModeLabels[connection.authenticationMode] },
    ...fieldsFor(connection.type, connection.authenticationMode).map((field) => modeProperty(connection, field)),
    { label: 'Date Created', value: formatStrategyDate(connection.dateCreated) },
    { label: 'Date Modified', value: formatStrategyDate(connection.dateModified) },
  ];
  return (
    <PropertiesDialog
      title={`Properties of “${connection.name}”`}
      properties={properties}
      dependents={{ heading: 'Used by database logins', content: <ConnectionDependents connectionId={connection.id} /> }}
      onClose={onClose}
    />
  );
}
