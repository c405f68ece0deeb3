import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { VaultConnection } from '@/api/vault-connections';
import { renderWithProviders } from '@/test/render';
import { mockDb } from '../../../../mocks/node';
import { recordWrites } from '../testing/record-writes';
import { VaultConnectionDialog } from './vault-connection-dialog';

const finance = { id: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F', name: 'Finance secrets (cross-account)' };
const marketing = { id: 'B2E4D1EF6F5C403DAE8F7C6B5D4E3F20', name: 'Marketing Secrets Manager' };
const europe = { id: 'C3F5E2F0707D414EBF908D7C6E5F4031', name: 'EU analytics vault' };
const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function stored(id: string): VaultConnection {
  const connection = mockDb.vaultConnections.get(id);
  if (!connection) throw new Error(`no connection ${id} in the mock`);
  return connection;
}

async function openEdit({ id, name }: { id: string; name: string }) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const onUnchanged = vi.fn();
  const writes = recordWrites();
  const view = renderWithProviders(
    <VaultConnectionDialog connectionId={id} connectionName={name} onClose={onClose} onSaved={onSaved} onUnchanged={onUnchanged} />,
  );
  await screen.findByRole('textbox', { name: 'Name' });
  const dialog = within(screen.getByRole('dialog', { name: 'Edit Vault Connection' }));
  return { ...view, dialog, onSaved, onClose, onUnchanged, writes };
}

// Dialog flows against the mock server: generous time when the machine is busy.
describe('Edit Vault Connection dialog', { timeout: 15_000 }, () => {
  it('says it is loading the connection, then shows it filled in', async () => {
    renderWithProviders(<VaultConnectionDialog connectionId={finance.id} connectionName={finance.name} onClose={vi.fn()} onSaved={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(`Loading “${finance.name}”…`);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    const dialog = within(screen.getByRole('dialog', { name: 'Edit Vault Connection' }));
    expect(name).toHaveValue(finance.name);
    expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveTextContent('AWS Secrets Manager');
    expect(dialog.getByRole('combobox', { name: 'Authentication Mode' })).toHaveTextContent('Default IAM Role');
    expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('us-west-2');
    expect(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' })).toHaveValue('448049832177');
    expect(dialog.queryByLabelText(/Secret Access Key/)).not.toBeInTheDocument();
  });

  it('sends only the changed field, based on the version it loaded', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(marketing);
    const region = dialog.getByRole('combobox', { name: 'Region' });
    await user.clear(region);
    await user.type(region, 'us-east-2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(await writes.sent()).toEqual([
      {
        method: 'PATCH',
        path: `/api/datasources/vaultConnections/${marketing.id}`,
        ifMatch: '"2026-02-17T16:20:05.000+0000"',
        body: { operationList: [{ op: 'replace', path: '/region', value: 'us-east-2' }] },
      },
    ]);
    expect(stored(marketing.id)).toMatchObject({ region: 'us-east-2', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKeySet: true });
  });

  it('leaves the Secret Access Key empty with a note, and keeps the stored key when nothing is typed', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(marketing);
    const key = dialog.getByLabelText('Secret Access Key');
    expect(key).toHaveValue('');
    expect(key).not.toBeRequired();
    expect(key).toHaveAccessibleDescription('A key is set. Type a new one to replace it.');
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), ' (US)');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [patch] = await writes.sent();
    expect(patch?.body).toEqual({ operationList: [{ op: 'replace', path: '/name', value: 'Marketing Secrets Manager (US)' }] });
    expect(stored(marketing.id)).toMatchObject({ name: 'Marketing Secrets Manager (US)', secretAccessKeySet: true });
  });

  it('replaces the key only when a new one is typed, and checks it', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(marketing);
    const key = dialog.getByLabelText('Secret Access Key');
    await user.click(key);
    await user.paste(secretKey.slice(0, 39));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(key).toHaveAccessibleDescription('A Secret Access Key is 40 letters, digits, / and +.'));
    await user.type(key, 'Y');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const sent = await writes.sent();
    expect(sent.map((request) => request.body)).toEqual([{ operationList: [{ op: 'replace', path: '/secretAccessKey', value: secretKey }] }]);
    // Write-only: the answer handed back says a key is set and never holds it.
    expect(JSON.stringify(onSaved.mock.calls[0]?.[0])).not.toContain(secretKey);
  });

  it('needs a key to switch a Default IAM Role connection to Access Key', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(europe);
    await user.click(dialog.getByRole('combobox', { name: 'Authentication Mode' }));
    await user.click(await screen.findByRole('option', { name: 'Access Key' }));
    await user.click(dialog.getByRole('textbox', { name: 'Access Key ID' }));
    await user.paste('AKIAIOSFODNN7EXAMPLE');
    const key = dialog.getByLabelText(/Secret Access Key/);
    expect(key).toBeRequired();
    expect(key).not.toHaveAccessibleDescription(/A key is set/);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(key).toHaveAccessibleDescription('Enter the Secret Access Key.'));
    expect(await writes.sent()).toEqual([]);
    await user.click(key);
    await user.paste(secretKey);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [patch] = await writes.sent();
    expect(patch?.body).toEqual({
      operationList: expect.arrayContaining([
        { op: 'replace', path: '/authenticationMode', value: 'accessKey' },
        { op: 'replace', path: '/accessKeyId', value: 'AKIAIOSFODNN7EXAMPLE' },
        { op: 'replace', path: '/secretAccessKey', value: secretKey },
      ]),
    });
    expect(stored(europe.id)).toMatchObject({ authenticationMode: 'accessKey', secretAccessKeySet: true });
  });

  it('clears an optional field that is emptied (sent as null)', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(finance);
    await user.clear(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' }));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [patch] = await writes.sent();
    expect(patch?.body).toEqual({ operationList: [{ op: 'replace', path: '/remoteAccountId', value: null }] });
    expect(stored(finance.id)).not.toHaveProperty('remoteAccountId');
  });

  it('sends nothing when nothing changed (spaces around the name are not a change) and just closes', async () => {
    const { dialog, user, onSaved, onUnchanged, writes } = await openEdit(finance);
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), '  ');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUnchanged).toHaveBeenCalledOnce());
    expect(onSaved).not.toHaveBeenCalled();
    expect(await writes.sent()).toEqual([]);
  });

  it('allows its own name in another case, and puts another connection’s name refused by the server on Name', async () => {
    const { dialog, user, onSaved } = await openEdit(europe);
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'marketing SECRETS manager');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/already exists/));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('marketing SECRETS manager');
    expect(stored(europe.id).name).toBe(europe.name);

    await user.clear(name);
    await user.type(name, 'EU ANALYTICS VAULT');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(stored(europe.id).name).toBe('EU ANALYTICS VAULT');
  });

  it('refuses to overwrite a change made meanwhile, and Reload shows the saved connection', async () => {
    const { dialog, user, onSaved, writes } = await openEdit(europe);
    // Someone else changes the region after the dialog opened.
    mockDb.vaultConnections.set(europe.id, { ...stored(europe.id), region: 'eu-central-1', dateModified: '2026-12-04T09:00:00.000+0000' });
    await user.type(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' }), '123456789012');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent(/was changed by someone else after you opened it/);
    expect(onSaved).not.toHaveBeenCalled();
    expect(stored(europe.id)).not.toHaveProperty('remoteAccountId');
    // Nothing typed is lost until the user chooses Reload.
    expect(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' })).toHaveValue('123456789012');

    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-central-1'));
    expect(dialog.queryByRole('alert')).not.toBeInTheDocument();
    expect(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' })).toHaveValue('');

    await user.type(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' }), '123456789012');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const patches = (await writes.sent()).map((request) => request.ifMatch);
    expect(patches).toEqual(['"2026-06-01T07:00:00.000+0000"', '"2026-12-04T09:00:00.000+0000"']);
    expect(stored(europe.id)).toMatchObject({ region: 'eu-central-1', remoteAccountId: '123456789012' });
  });

  it('says so when the connection was deleted meanwhile', async () => {
    const { dialog, user, onSaved } = await openEdit(europe);
    mockDb.vaultConnections.delete(europe.id);
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), ' 2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(`“${europe.name}” no longer exists: someone else deleted it.`);
    expect(onSaved).not.toHaveBeenCalled();
    // The dialog stays, with what was typed.
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(`${europe.name} 2`);
  });

  it('says so when the connection is gone before the dialog could load it', async () => {
    mockDb.vaultConnections.delete(europe.id);
    renderWithProviders(<VaultConnectionDialog connectionId={europe.id} connectionName={europe.name} onClose={vi.fn()} onSaved={vi.fn()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(`“${europe.name}” no longer exists`);
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
  });
});
