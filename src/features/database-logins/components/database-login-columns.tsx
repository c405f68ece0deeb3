import type { DatabaseLogin } from '@/api/database-logins';
import type { GridColumn } from '@/components/data-grid/data-grid';
import { formatStrategyDate } from '@/lib/format-date';

export const databaseLoginColumns: readonly GridColumn<DatabaseLogin>[] = [
  { id: 'name', header: 'Name', cell: (login) => login.name, width: '22%' },
  { id: 'description', header: 'Description', cell: (login) => login.description },
  {
    id: 'loginOrVaultConnection',
    header: 'Login or Vault Connection',
    cell: (login) => (login.useVault ? login.vaultConnection.name : login.username),
  },
  { id: 'secretName', header: 'Secret Name', cell: (login) => (login.useVault ? login.secretName : ''), width: '30%' },
  { id: 'dateModified', header: 'Date Modified', cell: (login) => formatStrategyDate(login.dateModified) },
];
