import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { mockDb } from '../../../../mocks/node';
import { DeleteVaultConnectionDialog } from './delete-vault-connection-dialog';

const finance = { id: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F', name: 'Finance secrets (cross-account)' };
const europe = { id: 'C3F5E2F0707D414EBF908D7C6E5F4031', name: 'EU analytics vault' };

/** The dialog as the tab uses it: closed once the connection is gone. */
function Harness({ connection, onClose, onDeleted }: { connection: { id: string; name: string }; onClose: () => void; onDeleted: () => void }) {
  const [open, setOpen] = useState(true);
  const deleted = () => {
    setOpen(false);
    onDeleted();
  };
  return open ? <DeleteVaultConnectionDialog connection={connection} onClose={onClose} onDeleted={deleted} /> : null;
}

function openDelete(connection: { id: string; name: string }) {
  const onClose = vi.fn();
  const onDeleted = vi.fn();
  const view = renderWithProviders(<Harness connection={connection} onClose={onClose} onDeleted={onDeleted} />);
  const dialog = within(screen.getByRole('alertdialog', { name: `Delete “${connection.name}”?` }));
  return { ...view, dialog, onClose, onDeleted };
}

describe('Delete vault connection', () => {
  it('names the connection and starts on Cancel, so Enter never deletes by accident', async () => {
    const { dialog } = openDelete(europe);
    expect(dialog.getByText(`The vault connection “${europe.name}” will be deleted. This cannot be undone.`)).toBeVisible();
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    expect(dialog.getByRole('button', { name: 'Delete' })).toBeEnabled();
  });

  it('is refused while database logins use it, and says which', async () => {
    const { dialog, user, onDeleted } = openDelete(finance);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(`“${finance.name}” cannot be deleted: database logins use it (Finance Redshift).`);
    const users = await dialog.findByRole('list', { name: 'Database logins that use this vault connection' });
    expect(within(users).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Finance Redshift'),
    ]);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(mockDb.vaultConnections.has(finance.id)).toBe(true);
    // Asking again would be refused again until those logins change.
    expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('deletes one that nothing uses, and says so', async () => {
    const { dialog, user, onDeleted } = openDelete(europe);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(mockDb.vaultConnections.has(europe.id)).toBe(false);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Vault connection “${europe.name}” deleted.`);
  });

  it('says so when someone else deleted it first', async () => {
    mockDb.vaultConnections.delete(europe.id);
    const { dialog, user, onDeleted } = openDelete(europe);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(screen.getByRole('status')).toHaveTextContent(`“${europe.name}” no longer exists: someone else deleted it.`);
  });
});
