import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockDb, resetMockBackend } from '../../../../mocks/node';
import { renderWithProviders } from '@/test/render';
import { DatabaseLoginsTab } from './database-logins-tab';

const legacyOracle = '07D9C6D4B4B14582F3D4C1B0A2938475';

async function renderTab() {
  const view = renderWithProviders(<DatabaseLoginsTab />);
  const grid = await screen.findByRole('table', { name: 'Database logins' });
  await within(grid).findByText('Finance Redshift');
  return { ...view, grid };
}

const row = (grid: HTMLElement, name: string) => {
  const found = within(grid).getAllByRole('row').find((candidate) => within(candidate).queryByText(name, { exact: true }));
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

/** The edit dialog once its form shows (it says it is loading first). */
const editDialogWithForm = () =>
  waitFor(() => {
    const dialog = screen.getByRole('dialog', { name: 'Edit Database Login' });
    within(dialog).getByRole('textbox', { name: 'Name' });
    return dialog;
  });

async function openRowMenu(user: ReturnType<typeof renderWithProviders>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.findByRole('menu');
}

describe('Database Logins tab', () => {
  it('shows each login’s mode, login or vault connection and secret name', async () => {
    const { grid } = await renderTab();
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(
      expect.arrayContaining(['Name', 'Description', 'Mode', 'Login or Vault Connection', 'Secret Name', 'Date Modified']),
    );
    const vault = row(grid, 'Finance Redshift');
    expect(vault).toHaveTextContent('AWS Secrets Manager');
    expect(vault).toHaveTextContent('Finance secrets (cross-account)');
    expect(vault).toHaveTextContent('arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF');
    const standard = row(grid, 'Snowflake service account');
    expect(standard).toHaveTextContent('Standard');
    expect(standard).toHaveTextContent('svc_strategy');
  });

  it('says when there are no logins', async () => {
    resetMockBackend('empty');
    renderWithProviders(<DatabaseLoginsTab />);
    expect(await screen.findByText(/There are no database logins yet/)).toBeVisible();
  });

  it('opens Edit from the keyboard: Shift+F10 on a row, then Edit', async () => {
    const { grid, user } = await renderTab();
    row(grid, 'Snowflake service account').focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Edit' }));
    const dialog = await editDialogWithForm();
    expect(within(dialog).getByRole('textbox', { name: 'Login' })).toHaveValue('svc_strategy');
  });

  it('opens Edit on double-click', async () => {
    const { grid, user } = await renderTab();
    await user.dblClick(within(row(grid, 'Marketing Postgres')).getByText('Campaign database'));
    const dialog = await editDialogWithForm();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Marketing Postgres');
  });

  it('refuses to delete a login that database connections use, naming them', async () => {
    const { user } = await renderTab();
    const menu = await openRowMenu(user, 'Finance Redshift');
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Database Login' });
    expect(confirm).toHaveTextContent('Delete the database login “Finance Redshift”?');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      '“Finance Redshift” cannot be deleted: database connections use it (Finance Redshift warehouse, Finance Redshift – ad hoc analysis).',
    );
    expect(mockDb.logins.size).toBe(4);
    expect(within(confirm).getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('deletes an unused login after confirmation', async () => {
    const { grid, user } = await renderTab();
    const menu = await openRowMenu(user, 'Legacy Oracle (reports)');
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Database Login' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(grid).queryByText('Legacy Oracle (reports)')).toBeNull());
    expect(mockDb.logins.has(legacyOracle)).toBe(false);
    expect(await screen.findByText('Database login “Legacy Oracle (reports)” deleted.', { selector: '[role="status"]' })).toBeInTheDocument();
  });

  it('says so when the login was already deleted by someone else, and drops its row', async () => {
    const { grid, user } = await renderTab();
    const menu = await openRowMenu(user, 'Legacy Oracle (reports)');
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Database Login' });
    mockDb.logins.delete(legacyOracle);
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('“Legacy Oracle (reports)” no longer exists: someone else deleted it.');
    await waitFor(() => expect(within(grid).queryByText('Legacy Oracle (reports)')).toBeNull());
  });

  it('shows Properties with the database connections that use the login', async () => {
    const { user } = await renderTab();
    const menu = await openRowMenu(user, 'Snowflake service account');
    await user.click(within(menu).getByRole('menuitem', { name: 'Properties' }));
    const dialog = await screen.findByRole('dialog', { name: 'Properties: Snowflake service account' });
    expect(dialog).toHaveTextContent('F6C8B5C3A3A04471E2C3B0AF91827364');
    expect(dialog).toHaveTextContent('ModeStandard');
    expect(dialog).toHaveTextContent('Loginsvc_strategy');
    const dependents = await within(dialog).findByRole('list', { name: 'Database connections that use this login' });
    expect(within(dependents).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Snowflake – nightly cubes']);
  });

  it('shows Properties of a vault login, and that nothing uses an unused one', async () => {
    const { user } = await renderTab();
    const menu = await openRowMenu(user, 'Marketing Postgres');
    await user.click(within(menu).getByRole('menuitem', { name: 'Properties' }));
    const dialog = await screen.findByRole('dialog', { name: 'Properties: Marketing Postgres' });
    expect(dialog).toHaveTextContent('ModeAWS Secrets Manager');
    expect(dialog).toHaveTextContent('Vault ConnectionMarketing Secrets Manager');
    expect(dialog).toHaveTextContent('Secret Namearn:aws:secretsmanager:us-east-1:123456789012:secret:prod/marketing/postgres-a1B2c3');
    expect(await within(dialog).findByText('No database connection uses this login: it can be deleted.')).toBeVisible();
  });
});
