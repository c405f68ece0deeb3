import type { DatabaseLogin } from '@/api/database-logins';
import { vaultTypeLabels } from '@/api/vault-connections';
import type { GridColumn } from '@/components/data-grid/data-grid';
import { formatStrategyDate, parseStrategyDate } from '@/lib/format-date';

/** Standard, or the vault type ("AWS Secrets Manager"). */
export const modeLabel = (login: DatabaseLogin): string => (login.useVault ? vaultTypeLabels[login.vaultType] : 'Standard');
/** A standard login's database user, or a vault login's vault connection. */
const loginOrVaultConnection = (login: DatabaseLogin): string => (login.useVault ? login.vaultConnection.name : login.username);
const secretName = (login: DatabaseLogin): string => (login.useVault ? login.secretName : '');

/** The grid's columns: each sorts and exports its cell as the grid shows it (dates as Strategy writes them). */
export const databaseLoginColumns: readonly GridColumn<DatabaseLogin>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (login) => login.name,
    width: '17%',
    sortValue: (login) => login.name.toLocaleLowerCase(),
    csvValue: (login) => login.name,
  },
  {
    id: 'description',
    header: 'Description',
    cell: (login) => login.description,
    width: '17%',
    sortValue: (login) => login.description.toLocaleLowerCase(),
    csvValue: (login) => login.description,
  },
  { id: 'mode', header: 'Mode', cell: modeLabel, width: '11%', sortValue: modeLabel, csvValue: modeLabel },
  {
    id: 'loginOrVaultConnection',
    header: 'Login or Vault Connection',
    cell: loginOrVaultConnection,
    width: '15%',
    sortValue: (login) => loginOrVaultConnection(login).toLocaleLowerCase(),
    csvValue: loginOrVaultConnection,
  },
  { id: 'secretName', header: 'Secret Name', cell: secretName, width: '24%', sortValue: secretName, csvValue: secretName },
  {
    id: 'dateModified',
    header: 'Date Modified',
    cell: (login) => formatStrategyDate(login.dateModified),
    width: '12%',
    sortValue: (login) => parseStrategyDate(login.dateModified).getTime() || 0,
    csvValue: (login) => login.dateModified,
  },
];
