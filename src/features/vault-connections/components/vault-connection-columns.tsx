import { authenticationModeLabels, vaultTypeLabels, type VaultConnection } from '@/api/vault-connections';
import type { GridColumn } from '@/components/data-grid/data-grid';
import { formatStrategyDate } from '@/lib/format-date';

export const vaultConnectionColumns: readonly GridColumn<VaultConnection>[] = [
  { id: 'name', header: 'Name', cell: (connection) => connection.name, width: '32%' },
  { id: 'type', header: 'Type', cell: (connection) => vaultTypeLabels[connection.type] },
  { id: 'authenticationMode', header: 'Authentication Mode', cell: (connection) => authenticationModeLabels[connection.authenticationMode] },
  { id: 'region', header: 'Region', cell: (connection) => connection.region },
  { id: 'dateModified', header: 'Date Modified', cell: (connection) => formatStrategyDate(connection.dateModified) },
];
