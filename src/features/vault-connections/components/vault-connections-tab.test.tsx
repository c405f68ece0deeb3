import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { mockDb } from '../../../../mocks/node';
import {
  LazyDeleteVaultConnectionDialog,
  LazyVaultConnectionDialog,
  LazyVaultConnectionPropertiesDialog,
} from './lazy-vault-connection-dialogs';
import { VaultConnectionsTab } from './vault-connections-tab';

// The app fetches the dialogs' chunks when the browser is idle; here they are fetched (and compiled) once up
// front, so a busy machine's first compile does not count against a test's wait for a dialog.
beforeAll(() => Promise.all([LazyVaultConnectionDialog, LazyDeleteVaultConnectionDialog, LazyVaultConnectionPropertiesDialog].map((dialog) => dialog.preload())), 30_000);

async function openTab() {
  const view = renderWithProviders(<VaultConnectionsTab />);
  const grid = within(await screen.findByRole('table', { name: 'Vault connections' }));
  await grid.findByRole('row', { name: /EU analytics vault/ });
  return { ...view, grid, row: (name: string) => grid.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }) };
}

/** Whether a live region (the toast) says this. */
function announced(message: string): boolean {
  return screen.getAllByRole('status').some((region) => region.textContent === message);
}

/** The Edit dialog once its connection has loaded. */
async function editDialog() {
  await screen.findByRole('textbox', { name: 'Name' });
  return within(screen.getByRole('dialog', { name: 'Edit Vault Connection' }));
}

// Whole-tab flows (grid, lazy dialogs, mock server): generous time when the machine is busy.
describe('Vault Connections tab', { timeout: 15_000 }, () => {
  it('opens a row for editing with a double-click, saves, says so and gives focus back to the row', async () => {
    const { user, row } = await openTab();
    await user.dblClick(row('Marketing Secrets Manager'));
    const dialog = await editDialog();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Marketing Secrets Manager');
    await user.type(name, ' (US)');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(announced('Vault connection “Marketing Secrets Manager (US)” saved.')).toBe(true);
    await waitFor(() => expect(row('Marketing Secrets Manager (US)')).toHaveFocus());
  });

  it('opens a row with Enter, and Save with nothing changed just closes', async () => {
    const { user, row } = await openTab();
    row('EU analytics vault').focus();
    await user.keyboard('{Enter}');
    const dialog = await editDialog();
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(announced('Nothing changed in “EU analytics vault”: nothing was saved.')).toBe(true);
    expect(row('EU analytics vault')).toHaveFocus();
  });

  it('opens the row menu with Shift+F10 and shows Properties with the logins that use the connection', async () => {
    const { user, row } = await openTab();
    row('Finance secrets (cross-account)').focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu', { name: 'Actions for Finance secrets (cross-account)' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Edit', 'Delete', 'Properties']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Properties' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Properties of “Finance secrets (cross-account)”' }));
    expect(await dialog.findByText('Finance Redshift')).toBeVisible();
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(row('Finance secrets (cross-account)')).toHaveFocus());
  });

  it('chooses Edit in the row menu from the keyboard', async () => {
    const { user, row } = await openTab();
    row('EU analytics vault').focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await screen.findByRole('menu', { name: 'Actions for EU analytics vault' });
    await user.keyboard('{Enter}');
    const dialog = await editDialog();
    expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-west-1');
  });

  it('deletes an unused connection from its actions button; the row goes and focus lands on Add', async () => {
    const { user, grid } = await openTab();
    await user.click(grid.getByRole('button', { name: 'Actions for EU analytics vault' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const confirm = within(await screen.findByRole('alertdialog', { name: 'Delete “EU analytics vault”?' }));
    await user.click(confirm.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(grid.queryByRole('row', { name: /EU analytics vault/ })).not.toBeInTheDocument());
    expect(announced('Vault connection “EU analytics vault” deleted.')).toBe(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add New Vault Connection' })).toHaveFocus());
    expect(mockDb.vaultConnections.size).toBe(2);
  });

  it('refuses to delete a connection in use and keeps its row', async () => {
    const { user, grid, row } = await openTab();
    await user.click(grid.getByRole('button', { name: 'Actions for Finance secrets (cross-account)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const confirm = within(await screen.findByRole('alertdialog'));
    await user.click(confirm.getByRole('button', { name: 'Delete' }));
    expect(await confirm.findByRole('alert')).toHaveTextContent(/database logins use it \(Finance Redshift\)/);
    await user.click(confirm.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(row('Finance secrets (cross-account)')).toBeInTheDocument();
  });

  it('shows a name with markup as text', async () => {
    const { user } = await openTab();
    await user.click(screen.getByRole('button', { name: 'Add New Vault Connection' }));
    await screen.findByRole('textbox', { name: 'Name' });
    const dialog = within(screen.getByRole('dialog', { name: 'Add New Vault Connection' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), '<img src=x onerror=alert(1)>');
    await user.type(dialog.getByRole('combobox', { name: 'Region' }), 'us-west-2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const grid = screen.getByRole('table', { name: 'Vault connections' });
    expect(await within(grid).findByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
    expect(grid.querySelector('img')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add New Vault Connection' })).toHaveFocus());
  });
});
