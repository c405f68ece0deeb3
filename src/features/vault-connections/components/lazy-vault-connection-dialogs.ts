import type { ComponentProps } from 'react';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import type { DeleteVaultConnectionDialog } from './delete-vault-connection-dialog';
import type { VaultConnectionDialog } from './vault-connection-dialog';
import type { VaultConnectionPropertiesDialog } from './vault-connection-properties-dialog';

/*
 * The vault connection dialogs as chunks of their own, fetched when first needed or earlier with preload()
 * (when the browser is idle, or when the pointer reaches the button that opens one). Render them inside
 * <Suspense>. Whoever else opens Add New Vault Connection (the Database Login dialog) should use
 * LazyVaultConnectionDialog too: one static import of vault-connection-dialog.tsx puts it back in the main chunk.
 */
export const LazyVaultConnectionDialog = lazyWithPreload<ComponentProps<typeof VaultConnectionDialog>>(() =>
  import('./vault-connection-dialog').then((module) => ({ default: module.VaultConnectionDialog })),
);

export const LazyDeleteVaultConnectionDialog = lazyWithPreload<ComponentProps<typeof DeleteVaultConnectionDialog>>(() =>
  import('./delete-vault-connection-dialog').then((module) => ({ default: module.DeleteVaultConnectionDialog })),
);

export const LazyVaultConnectionPropertiesDialog = lazyWithPreload<ComponentProps<typeof VaultConnectionPropertiesDialog>>(() =>
  import('./vault-connection-properties-dialog').then((module) => ({ default: module.VaultConnectionPropertiesDialog })),
);
