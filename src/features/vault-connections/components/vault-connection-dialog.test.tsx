import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockDb, resetMockBackend } from '../../../../mocks/node';
import { renderWithProviders } from '@/test/render';
import { VaultConnectionDialog } from './vault-connection-dialog';

async function openDialog() {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const view = renderWithProviders(<VaultConnectionDialog onClose={onClose} onSaved={onSaved} />);
  // The form shows once the environment has loaded (it decides whether Default IAM Role is offered).
  await screen.findByRole('textbox', { name: 'Name' });
  const dialog = screen.getByRole('dialog', { name: 'Add New Vault Connection' });
  return { ...view, dialog: within(dialog), onSaved, onClose };
}

const count = () => mockDb.vaultConnections.size;

// Dialog flows against the mock server: generous time when the machine is busy.
describe('Add New Vault Connection dialog', { timeout: 15_000 }, () => {
  it('opens on the Name field with Default IAM Role chosen in an MCE environment', async () => {
    const { dialog } = await openDialog();
    await waitFor(() => expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveFocus());
    expect(dialog.getByRole('combobox', { name: 'Authentication Mode' })).toHaveTextContent('Default IAM Role');
    expect(dialog.getByText('arn:aws:iam::490650638888:role/cluster-7et0lx2q-node-instance-iam-role')).toBeVisible();
  });

  it('shows each missing field on that field and sends nothing', async () => {
    const { dialog, user } = await openDialog();
    const before = count();
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveAccessibleDescription('Enter the AWS region.');
    expect(count()).toBe(before);
  });

  it('refuses a region that does not exist, keeping everything typed', async () => {
    const { dialog, user } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Mars vault');
    await user.type(dialog.getByRole('combobox', { name: 'Region' }), 'mars-north-1');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const region = dialog.getByRole('combobox', { name: 'Region' });
    await waitFor(() => expect(region).toHaveAccessibleDescription('mars-north-1 is not an AWS region.'));
    expect(region).toHaveValue('mars-north-1');
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Mars vault');
  });

  it('puts the server’s refusal of a taken name on the Name field', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'finance SECRETS (cross-account)');
    await user.type(dialog.getByRole('combobox', { name: 'Region' }), 'us-west-2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/already exists/));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves a Default IAM Role connection and hands back what the server stored', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), '  Cross-account secrets  ');
    await user.type(dialog.getByRole('combobox', { name: 'Region' }), 'eu-west-1');
    await user.type(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' }), '448049832177');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      name: 'Cross-account secrets',
      authenticationMode: 'defaultIamRole',
      region: 'eu-west-1',
      remoteAccountId: '448049832177',
    });
  });

  it('asks for an access key in Access Key mode and never gets the secret key back', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Key vault');
    await user.click(dialog.getByRole('combobox', { name: 'Authentication Mode' }));
    await user.click(await screen.findByRole('option', { name: 'Access Key' }));
    await user.type(dialog.getByRole('combobox', { name: 'Region' }), 'us-east-1');
    await user.type(dialog.getByRole('textbox', { name: 'Access Key ID' }), 'AKIA123');
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await user.click(dialog.getByLabelText(/Secret Access Key/));
    await user.paste(secretKey);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: 'Access Key ID' })).toHaveAccessibleDescription('An Access Key ID is 20 upper-case letters and digits.'),
    );
    await user.type(dialog.getByRole('textbox', { name: 'Access Key ID' }), '4567890ABCDEF');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(JSON.stringify(onSaved.mock.calls[0]?.[0])).not.toContain(secretKey);
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ authenticationMode: 'accessKey', secretAccessKeySet: true });
  });

  it('offers Default IAM Role only in Managed Cloud Enterprise, and says why', async () => {
    resetMockBackend('non-mce');
    const { dialog, user } = await openDialog();
    const mode = dialog.getByRole('combobox', { name: 'Authentication Mode' });
    expect(mode).toHaveTextContent('Access Key');
    expect(mode).toHaveAccessibleDescription(/only in Managed Cloud Enterprise/);
    await user.click(mode);
    expect(await screen.findByRole('option', { name: /Default IAM Role/ })).toHaveAttribute('aria-disabled', 'true');
  });
});
