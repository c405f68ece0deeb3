import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockDb, mockServer, resetMockBackend } from '../../../../mocks/node';
import type { DatabaseLogin } from '@/api/database-logins';
import { renderWithProviders } from '@/test/render';
import { passwordSetNote } from '../database-login-form';
import { DatabaseLoginDialog } from './database-login-dialog';

const financeRedshift = 'D4A6F3A1818E425FC0A19E8D7F605142';
const snowflake = 'F6C8B5C3A3A04471E2C3B0AF91827364';
const seedSecretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

/** Every PATCH body the app sends, as the server receives it. */
let patches: { body: unknown; ifMatch: string | null }[] = [];
const recordPatch = ({ request }: { request: Request }) => {
  if (request.method !== 'PATCH') return;
  const ifMatch = request.headers.get('If-Match');
  void request.clone().json().then((body: unknown) => patches.push({ body, ifMatch }));
};
beforeEach(() => {
  patches = [];
  mockServer.events.on('request:start', recordPatch);
});
afterEach(() => {
  mockServer.events.removeListener('request:start', recordPatch);
});

async function openEdit(loginId: string) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const view = renderWithProviders(<DatabaseLoginDialog loginId={loginId} onClose={onClose} onSaved={onSaved} />);
  // The dialog says it is loading, then shows the form once the login has loaded.
  const dialogElement = await waitFor(() => {
    const element = screen.getByRole('dialog', { name: 'Edit Database Login' });
    within(element).getByRole('textbox', { name: 'Name' });
    return element;
  });
  const dialog = within(dialogElement);
  return { ...view, dialog, dialogElement, onSaved, onClose };
}

/** Someone else changes the login on the server meanwhile. */
function changeOnServer(id: string, change: Partial<DatabaseLogin>) {
  const current = mockDb.logins.get(id);
  if (!current) throw new Error(`no login ${id}`);
  mockDb.logins.set(id, { ...current, ...change, dateModified: '2026-12-04T10:00:00.000+0000' } as DatabaseLogin);
}

describe('Edit Database Login', () => {
  it('opens filled in, with an empty Password that says one is set and nothing to reveal', async () => {
    const { dialog } = await openEdit(snowflake);
    expect(dialog.getByRole('switch', { name: 'Use Vault' })).not.toBeChecked();
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Snowflake service account');
    expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Used by the nightly cube refresh');
    expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('svc_strategy');
    const password = dialog.getByLabelText(/^Password/);
    expect(password).toHaveValue('');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).not.toBeRequired();
    expect(password).toHaveAccessibleDescription(passwordSetNote);
    expect(dialog.getByRole('button', { name: 'Show password' })).toBeDisabled();
  });

  it('opens a vault login filled in', async () => {
    const { dialog } = await openEdit(financeRedshift);
    expect(dialog.getByRole('switch', { name: 'Use Vault' })).toBeChecked();
    await waitFor(() => expect(dialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveTextContent('Finance secrets (cross-account)'));
    expect(dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveValue(seedSecretArn);
  });

  it('sends only the field that changed, based on the version loaded, and an empty Password keeps the stored one', async () => {
    const loaded = mockDb.logins.get(snowflake)?.dateModified;
    const { dialog, user, onSaved } = await openEdit(snowflake);
    const description = dialog.getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Cube refresh at 02:00 UTC');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(patches).toEqual([
      { body: { operationList: [{ op: 'replace', path: '/description', value: 'Cube refresh at 02:00 UTC' }] }, ifMatch: `"${loaded}"` },
    ]);
    expect(mockDb.logins.get(snowflake)).toMatchObject({ description: 'Cube refresh at 02:00 UTC', passwordSet: true });
  });

  it('replaces the password with one typed, which never comes back', async () => {
    const { dialog, user, onSaved } = await openEdit(snowflake);
    await user.type(dialog.getByLabelText(/^Password/), 'N3w-p4ssword!');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(patches.map((patch) => patch.body)).toEqual([{ operationList: [{ op: 'replace', path: '/password', value: 'N3w-p4ssword!' }] }]);
    expect(JSON.stringify(onSaved.mock.calls[0]?.[0])).not.toContain('N3w-p4ssword!');
    expect(JSON.stringify(mockDb.dataSet())).not.toContain('N3w-p4ssword!');
  });

  it('saves nothing when nothing changed', async () => {
    const { dialog, user, onClose, onSaved } = await openEdit(snowflake);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(onSaved).not.toHaveBeenCalled();
    expect(patches).toEqual([]);
  });

  it('turning a standard login into a vault login says its password goes, and the server drops it', async () => {
    const { dialog, user, onSaved } = await openEdit(snowflake);
    await user.type(dialog.getByLabelText(/^Password/), 'typed-then-abandoned');
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    expect(dialog.getByText(/its stored password is deleted/)).toBeVisible();
    const select = dialog.getByRole('combobox', { name: 'Vault Connection' });
    await waitFor(() => expect(select).not.toHaveAttribute('aria-disabled'));
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: 'Finance secrets (cross-account)' }));
    await user.click(dialog.getByRole('textbox', { name: 'Secret Name' }));
    await user.paste(seedSecretArn);
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(JSON.stringify(patches)).not.toContain('typed-then-abandoned');
    const saved = mockDb.logins.get(snowflake);
    expect(saved).toMatchObject({ useVault: true, secretName: seedSecretArn });
    expect(saved).not.toHaveProperty('passwordSet');
  });

  it('turning a vault login into a standard one requires a password before sending anything', async () => {
    const { dialog, user, onSaved } = await openEdit(financeRedshift);
    await user.click(dialog.getByRole('switch', { name: 'Use Vault' }));
    const password = dialog.getByLabelText(/^Password/);
    expect(password).toBeRequired();
    expect(password).toHaveAccessibleDescription('This login has no password stored: type one.');
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), 'warehouse_reader');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription('Enter the Password: this login has none stored, so it needs one as a standard login.'),
    );
    expect(patches).toEqual([]);
    await user.type(password, 'Wh4rehouse!');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(mockDb.logins.get(financeRedshift)).toMatchObject({ useVault: false, username: 'warehouse_reader', passwordSet: true });
  });

  it('when someone else changed the login meanwhile, says so, and Reload brings in theirs keeping what was typed', async () => {
    const { dialog, dialogElement, user, onSaved } = await openEdit(snowflake);
    changeOnServer(snowflake, { description: 'Changed by someone else' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Snowflake (cubes)');
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    const alert = await within(dialogElement).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed “Snowflake service account” after you opened it, so your changes were not saved.');
    expect(onSaved).not.toHaveBeenCalled();
    expect(mockDb.logins.get(snowflake)?.name).toBe('Snowflake service account');

    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Changed by someone else'));
    expect(name).toHaveValue('Snowflake (cubes)');
    expect(dialog.getByRole('status')).toHaveTextContent('Reloaded');

    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(patches.at(-1)).toEqual({
      body: { operationList: [{ op: 'replace', path: '/name', value: 'Snowflake (cubes)' }] },
      ifMatch: '"2026-12-04T10:00:00.000+0000"',
    });
    expect(mockDb.logins.get(snowflake)).toMatchObject({ name: 'Snowflake (cubes)', description: 'Changed by someone else' });
  });

  it('says the login was deleted when it is gone by the time of Save, keeping what was typed', async () => {
    const { dialog, dialogElement, user, onSaved } = await openEdit(snowflake);
    mockDb.logins.delete(snowflake);
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), '_2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await within(dialogElement).findByRole('alert')).toHaveTextContent(
      '“Snowflake service account” no longer exists: someone deleted it, so your changes cannot be saved.',
    );
    expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('svc_strategy_2');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('when the save fails on the server, says so with the ticket ID and keeps every value; Save works again', async () => {
    const { dialog, dialogElement, user, onSaved } = await openEdit(snowflake);
    resetMockBackend('default', { fault: 'writes' });
    await user.type(dialog.getByRole('textbox', { name: 'Login' }), '_ro');
    await user.type(dialog.getByLabelText(/^Password/), 'Kept-while-failing');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const alert = await within(dialogElement).findByRole('alert');
    expect(alert).toHaveTextContent(/could not complete the request/);
    expect(alert).toHaveTextContent(/Ticket ID: [0-9a-f]{32}/);
    expect(alert).not.toHaveTextContent('Kept-while-failing');
    expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('svc_strategy_ro');
    expect(dialog.getByLabelText(/^Password/)).toHaveValue('Kept-while-failing');

    resetMockBackend('default');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(mockDb.logins.get(snowflake)).toMatchObject({ username: 'svc_strategy_ro', passwordSet: true });
  });

  it('says so when the login to edit no longer exists', async () => {
    renderWithProviders(<DatabaseLoginDialog loginId={'0'.repeat(32)} onClose={vi.fn()} onSaved={vi.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Database Login' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This database login no longer exists: someone deleted it.');
    expect(within(dialog).queryByRole('textbox')).toBeNull();
  });
});
