import type { DatabaseLogin } from '@/api/database-logins';
import { AddDatabaseLoginDialog } from './add-database-login-dialog';
import { EditDatabaseLoginDialog } from './edit-database-login-dialog';
import type { AddVaultConnectionDialogComponent } from './vault-connection-field';

interface Props {
  /** The login to edit; without it the dialog adds a new one. */
  loginId?: string | undefined;
  onClose: () => void;
  onSaved: (login: DatabaseLogin) => void;
  /** Add New Vault Connection, from the vault-connections feature (the screen passes it in). */
  AddVaultConnectionDialog?: AddVaultConnectionDialogComponent | undefined;
}

/** Add New Database Login, or Edit Database Login when given a login: one chunk, loaded on demand. */
export function DatabaseLoginDialog({ loginId, ...props }: Props) {
  return loginId === undefined ? <AddDatabaseLoginDialog {...props} /> : <EditDatabaseLoginDialog loginId={loginId} {...props} />;
}
