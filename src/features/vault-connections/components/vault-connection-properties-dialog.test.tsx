import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { VaultConnection } from '@/api/vault-connections';
import { renderWithProviders } from '@/test/render';
import { mockDb } from '../../../../mocks/node';
import { VaultConnectionPropertiesDialog } from './vault-connection-properties-dialog';

function connection(id: string): VaultConnection {
  const found = mockDb.vaultConnections.get(id);
  if (!found) throw new Error(`no connection ${id}`);
  return found;
}

function openProperties(id: string) {
  const shown = connection(id);
  renderWithProviders(<VaultConnectionPropertiesDialog connection={shown} onClose={vi.fn()} />);
  return within(screen.getByRole('dialog', { name: `Properties of “${shown.name}”` }));
}

/** The dialog's definition list as label → value. */
function properties(dialog: ReturnType<typeof openProperties>): Record<string, string> {
  const terms = dialog.getAllByRole('term');
  const definitions = dialog.getAllByRole('definition');
  return Object.fromEntries(terms.map((term, index) => [term.textContent, definitions[index]?.textContent ?? '']));
}

describe('Vault connection Properties', () => {
  it('shows a Default IAM Role connection and the logins that use it', async () => {
    const dialog = openProperties('A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F');
    expect(properties(dialog)).toMatchObject({
      ID: 'A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F',
      Name: 'Finance secrets (cross-account)',
      Type: 'AWS Secrets Manager',
      'Authentication Mode': 'Default IAM Role',
      Region: 'us-west-2 — US West (Oregon)',
      'Remote AWS Account ID': '448049832177',
    });
    expect(Object.keys(properties(dialog))).toEqual(['ID', 'Name', 'Type', 'Authentication Mode', 'Region', 'Remote AWS Account ID', 'Date Created', 'Date Modified']);
    expect(dialog.getByRole('status')).toHaveTextContent('Loading the database logins that use it…');
    const users = await dialog.findByRole('list', { name: 'Database logins that use this vault connection' });
    expect(within(users).getByText('Finance Redshift')).toBeVisible();
    expect(within(users).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows an Access Key connection’s key ID, and of its secret key only that one is set', async () => {
    const dialog = openProperties('B2E4D1EF6F5C403DAE8F7C6B5D4E3F20');
    expect(properties(dialog)).toMatchObject({ 'Authentication Mode': 'Access Key', 'Access Key ID': 'AKIAIOSFODNN7EXAMPLE', 'Secret Access Key': 'Set' });
    expect(properties(dialog)).not.toHaveProperty('Remote AWS Account ID');
    expect(await dialog.findByText('Marketing Postgres')).toBeVisible();
  });

  it('says when no login uses the connection', async () => {
    const dialog = openProperties('C3F5E2F0707D414EBF908D7C6E5F4031');
    expect(await dialog.findByText('No database logins use this vault connection.')).toBeVisible();
    expect(properties(dialog)['Remote AWS Account ID']).toBe('None: the secrets are in Strategy’s own account');
  });
});
