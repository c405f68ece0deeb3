import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockDb } from '../../../../mocks/node';
import { renderWithProviders } from '@/test/render';
import { DatabaseLoginDialog } from './database-login-dialog';

const seedSecretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

async function openDialog() {
  const onSaved = vi.fn();
  const view = renderWithProviders(<DatabaseLoginDialog onClose={vi.fn()} onSaved={onSaved} />);
  const dialog = within(await screen.findByRole('dialog', { name: 'Add New Database Login' }));
  return { ...view, dialog, onSaved };
}

describe('Add New Database Login dialog', () => {
  it('starts as a standard login with Use Vault off and focused', async () => {
    const { dialog } = await openDialog();
    const useVault = dialog.getByRole('switch', { name: 'Use Vault' });
    expect(useVault).not.toBeChecked();
    await waitFor(() => expect(useVault).toHaveFocus());
    expect(dialog.getByRole('textbox', { name: 'Login' })).toBeVisible();
    expect(dialog.getByLabelText(/Password/)).toHaveAttribute('type', 'password');
    expect(dialog.queryByRole('combobox', { name: 'Vault Connection' })).toBeNull();
  });

  it('keeps what was typed in each mode when Use Vault is switched back and forth', async () => {
    const { dialog, user } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), 'report_reader');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('report_reader');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveValue(seedSecretArn);
  });

  it('checks the Secret Name is a secret’s full ARN before sending anything', async () => {
    const { dialog, user } = await openDialog();
    const before = mockDb.logins.size;
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Vault login');
    await user.type(dialog.getByRole('textbox', { name: 'Secret Name' }), 'mstr-secret-test');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const secretName = dialog.getByRole('textbox', { name: 'Secret Name' });
    await waitFor(() => expect(secretName).toHaveAccessibleDescription(/Type the secret’s full ARN, starting with “arn:”/));
    expect(dialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveAccessibleDescription('Choose a Vault Connection.');
    expect(mockDb.logins.size).toBe(before);
  });

  it('refuses a secret in another region than the chosen vault connection reads', async () => {
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Vault login');
    await user.click(dialog.getByRole('combobox', { name: 'Vault Connection' }));
    await user.click(await screen.findByRole('option', { name: 'EU analytics vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveAccessibleDescription(
        'The secret is in us-west-2 but this vault connection reads eu-west-1.',
      ),
    );
  });

  it('saves a vault login naming its connection', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Finance warehouse');
    await user.click(dialog.getByRole('combobox', { name: 'Vault Connection' }));
    await user.click(await screen.findByRole('option', { name: 'Finance secrets (cross-account)' }));
    await user.type(dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      useVault: true,
      vaultConnection: { name: 'Finance secrets (cross-account)' },
      secretName: seedSecretArn,
    });
  });

  it('saves a standard login without the password ever coming back', async () => {
    const { dialog, user, onSaved } = await openDialog();
    const password = 'S3cret!password';
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Reporting replica');
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), 'report_reader');
    await user.type(dialog.getByLabelText(/Password/), password);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ useVault: false, username: 'report_reader', passwordSet: true });
    expect(JSON.stringify(onSaved.mock.calls[0]?.[0])).not.toContain(password);
    expect(JSON.stringify(mockDb.dataSet())).not.toContain(password);
  });
});
