import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockDb, mockServer, resetMockBackend } from '../../../../mocks/node';
import { apiRequest } from '@/api/client';
import { apiPaths } from '@/api/paths';
import { vaultConnectionSchema, type VaultConnection } from '@/api/vault-connections';
import { renderWithProviders } from '@/test/render';
import { DatabaseLoginDialog } from './database-login-dialog';

const seedSecretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

/** A stand-in for the vault-connections feature's dialog, which the screen passes in: it creates one connection. */
function FakeAddVaultConnectionDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (connection: VaultConnection) => void }) {
  const create = async () =>
    onSaved(
      await apiRequest(apiPaths.vaultConnections, {
        method: 'POST',
        body: { name: 'Warehouse secrets', type: 'awsSecretsManager', authenticationMode: 'defaultIamRole', region: 'us-west-2' },
        schema: vaultConnectionSchema,
      }),
    );
  return (
    <div role="dialog" aria-label="Add New Vault Connection">
      <button type="button" onClick={() => void create()}>
        Create it
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

async function openDialog({ withAddConnection = false } = {}) {
  const onSaved = vi.fn();
  const view = renderWithProviders(
    <DatabaseLoginDialog onClose={vi.fn()} onSaved={onSaved} AddVaultConnectionDialog={withAddConnection ? FakeAddVaultConnectionDialog : undefined} />,
  );
  const dialogElement = await screen.findByRole('dialog', { name: 'Add New Database Login' });
  return { ...view, dialog: within(dialogElement), dialogElement, onSaved };
}

/** Users paste ARNs; typing 70 characters one by one only slows the test. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function chooseConnection(user: UserEvent, dialog: ReturnType<typeof within>, name: string) {
  const select = dialog.getByRole('combobox', { name: 'Vault Connection' });
  await waitFor(() => expect(select).not.toHaveAttribute('aria-disabled'));
  await user.click(select);
  await user.click(await screen.findByRole('option', { name }));
}

describe('Add New Database Login dialog', () => {
  it('starts as a standard login with Use Vault off and focused', async () => {
    const { dialog } = await openDialog();
    const useVault = dialog.getByRole('switch', { name: 'Use Vault' });
    expect(useVault).not.toBeChecked();
    await waitFor(() => expect(useVault).toHaveFocus());
    expect(dialog.getByRole('textbox', { name: 'Login' })).toBeVisible();
    const password = dialog.getByLabelText(/^Password/);
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(dialog.queryByRole('combobox', { name: 'Vault Connection' })).toBeNull();
  });

  it('keeps what was typed in each mode when Use Vault is switched back and forth', async () => {
    const { dialog, user } = await openDialog();
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), 'report_reader');
    await user.type(dialog.getByLabelText(/^Password/), 'pw');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('report_reader');
    expect(dialog.getByLabelText(/^Password/)).toHaveValue('pw');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveValue(seedSecretArn);
  });

  it('sends only the active mode’s fields: a vault login saved after typing a password carries none', async () => {
    const { dialog, user, onSaved } = await openDialog();
    const bodies: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST') void request.clone().text().then((text) => bodies.push(text));
    };
    mockServer.events.on('request:start', listener);
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), 'abandoned_user');
    await user.type(dialog.getByLabelText(/^Password/), 'abandoned-password');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Finance warehouse');
    await chooseConnection(user, dialog, 'Finance secrets (cross-account)');
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    mockServer.events.removeListener('request:start', listener);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0] ?? '{}')).toEqual({
      name: 'Finance warehouse',
      description: '',
      useVault: true,
      vaultType: 'awsSecretsManager',
      vaultConnection: { id: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F' },
      secretName: seedSecretArn,
    });
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

  it.each([
    [seedSecretArn.replace(':secret:', ':parameter:'), 'After the account ID comes “secret”; this ARN has “parameter”, so it names something else.'],
    [seedSecretArn.replace('448049832177', '44804983217'), 'An AWS account ID is 12 digits; this ARN has “44804983217”.'],
    [seedSecretArn.replace('us-west-2', 'us-west-9'), 'us-west-9 is not an AWS region.'],
  ])('puts the broken ARN rule’s own message on the field (%s)', async (arn, message) => {
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    const secretName = dialog.getByRole('textbox', { name: 'Secret Name' });
    await paste(user, secretName, arn);
    await user.tab();
    await waitFor(() => expect(secretName).toHaveAccessibleDescription(message));
    expect(secretName).toHaveValue(arn);
  });

  it('refuses a secret in another region than the chosen vault connection reads', async () => {
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Vault login');
    await chooseConnection(user, dialog, 'EU analytics vault');
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveAccessibleDescription(
        'The secret is in us-west-2 but this vault connection reads eu-west-1.',
      ),
    );
  });

  it('refuses a secret of another account than the connection’s Remote AWS Account ID', async () => {
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Vault login');
    await chooseConnection(user, dialog, 'Finance secrets (cross-account)');
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn.replace('448049832177', '123456789012'));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveAccessibleDescription(
        'The secret is in account 123456789012 but this vault connection reads account 448049832177.',
      ),
    );
  });

  it('warns, without refusing, about a name that lacks AWS’s 6-character suffix', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Bare name');
    await chooseConnection(user, dialog, 'Finance secrets (cross-account)');
    const secretName = dialog.getByRole('textbox', { name: 'Secret Name' });
    await paste(user, secretName, 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test');
    expect(secretName).toHaveAccessibleDescription(/^Warning: this name lacks the 6 characters AWS adds/);
    expect(secretName).toHaveAttribute('aria-invalid', 'false');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
  });

  it('saves a vault login naming its connection', async () => {
    const { dialog, user, onSaved } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Finance warehouse');
    await chooseConnection(user, dialog, 'Finance secrets (cross-account)');
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
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
    await user.type(dialog.getByLabelText(/^Password/), password);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ useVault: false, username: 'report_reader', passwordSet: true });
    expect(JSON.stringify(onSaved.mock.calls[0]?.[0])).not.toContain(password);
    expect(JSON.stringify(mockDb.dataSet())).not.toContain(password);
  });
});

describe('Password show/hide', () => {
  it('reveals only what is being typed, and hides it again', async () => {
    const { dialog, user } = await openDialog();
    const password = dialog.getByLabelText(/^Password/);
    const show = dialog.getByRole('button', { name: 'Show password' });
    // Nothing typed, nothing to reveal.
    expect(show).toBeDisabled();
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.type(password, 'hunter2');
    await user.click(show);
    expect(password).toHaveAttribute('type', 'text');
    const hide = dialog.getByRole('button', { name: 'Hide password' });
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    await user.click(hide);
    expect(password).toHaveAttribute('type', 'password');
    expect(dialog.getByRole('button', { name: 'Show password' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('hides again once the field is emptied, so what is typed next starts hidden', async () => {
    const { dialog, user } = await openDialog();
    const password = dialog.getByLabelText(/^Password/);
    await user.type(password, 'abc');
    await user.click(dialog.getByRole('button', { name: 'Show password' }));
    await user.clear(password);
    await user.type(password, 'x');
    expect(password).toHaveAttribute('type', 'password');
  });
});

describe('Vault Connection', () => {
  it('lists the connections of the chosen Type', async () => {
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveTextContent('AWS Secrets Manager');
    const select = dialog.getByRole('combobox', { name: 'Vault Connection' });
    await waitFor(() => expect(select).not.toHaveAttribute('aria-disabled'));
    await user.click(select);
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Finance secrets (cross-account)',
      'Marketing Secrets Manager',
      'EU analytics vault',
    ]);
  });

  it('says when there is none, and where to add one when it cannot offer to', async () => {
    resetMockBackend('empty');
    const { dialog, user } = await openDialog();
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await waitFor(() =>
      expect(dialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveAccessibleDescription(
        'There are no AWS Secrets Manager vault connections yet. Add one on the Vault Connections tab.',
      ),
    );
    expect(dialog.queryByRole('button', { name: 'Add New Vault Connection' })).toBeNull();
  });

  it('offers Add New Vault Connection when there is none, and chooses the one created, keeping what was typed', async () => {
    resetMockBackend('empty');
    const { dialog, dialogElement, user, onSaved } = await openDialog({ withAddConnection: true });
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Warehouse reader');
    await paste(user, dialog.getByRole('textbox', { name: 'Secret Name' }), seedSecretArn);
    await waitFor(() =>
      expect(dialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveAccessibleDescription(
        'There are no AWS Secrets Manager vault connections yet.',
      ),
    );
    await user.click(dialog.getByRole('button', { name: 'Add New Vault Connection' }));
    const addConnection = await screen.findByRole('dialog', { name: 'Add New Vault Connection' });
    await user.click(within(addConnection).getByRole('button', { name: 'Create it' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add New Vault Connection' })).toBeNull());
    expect(within(dialogElement).getByRole('combobox', { name: 'Vault Connection' })).toHaveTextContent('Warehouse secrets');
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Warehouse reader');
    expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveValue(seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ vaultConnection: { name: 'Warehouse secrets' } });
  });
});
