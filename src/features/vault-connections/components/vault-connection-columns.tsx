import { authenticationModeLabels, vaultTypeLabels, type VaultConnection } from '@/api/vault-connections';
import type { GridColumn } from '@/components/data-grid/data-grid';
import { formatStrategyDate, parseStrategyDate } from '@/lib/format-date';

/** The grid's columns: each sorts and exports its cell as the grid shows it (dates as Strategy writes them). */
export const vaultConnectionColumns: readonly GridColumn<VaultConnection>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (connection) => connection.name,
    width: '26%',
    sortValue: (connection) => connection.name.toLocaleLowerCase(),
    csvValue: (connection) => connection.name,
  },
  {
    id: 'type',
    header: 'Type',
    cell: (connection) => vaultTypeLabels[connection.type],
    width: '19%',
    sortValue: (connection) => vaultTypeLabels[connection.type],
    csvValue: (connection) => vaultTypeLabels[connection.type],
  },
  {
    id: 'authenticationMode',
    header: 'Authentication Mode',
    cell: (connection) => authenticationModeLabels[connection.authenticationMode],
    width: '17%',
    sortValue: (connection) => authenticationModeLabels[connection.authenticationMode],
    csvValue: (connection) => authenticationModeLabels[connection.authenticationMode],
  },
  {
    id: 'region',
    header: 'Region',
    cell: (connection) => connection.region,
    width: '12%',
    sortValue: (connection) => connection.region,
    csvValue: (connection) => connection.region,
  },
  {
    id: 'dateModified',
    header: 'Date Modified',
    cell: (connection) => formatStrategyDate(connection.dateModified),
    sortValue: (connection) => parseStrategyDate(connection.dateModified).getTime() || 0,
    csvValue: (connection) => connection.dateModified,
  },
];
