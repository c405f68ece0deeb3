import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { recordPatches } from './pages/network';
import { Workstation } from './pages/workstation';

// The Vault Connections tab against the demo build's mock backend (seeded: Finance secrets (cross-account) is used
// by the Finance Redshift login; EU analytics vault by nothing).
const grid = 'Vault connections';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

async function openTab(page: Page, search = ''): Promise<Workstation> {
  const workstation = new Workstation(page);
  await workstation.open(search);
  await workstation.clickInNavigationPane('Data Sources');
  await workstation.clickTab('Vault Connections');
  await expect(workstation.row(grid, 'EU analytics vault')).toBeVisible();
  return workstation;
}

/** The Edit dialog, once it is filled in from the server. */
async function editDialog(workstation: Workstation, name: string) {
  const dialog = workstation.page.getByRole('dialog', { name: 'Edit Vault Connection' });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
  return dialog;
}

function toast(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

test('create a Default IAM Role connection for a remote account', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Payroll secrets');
  await workstation.choose('Type', 'AWS Secrets Manager');
  await workstation.choose('Authentication Mode', 'Default IAM Role');
  await workstation.typeWithSuggestions('Region', 'eu-central-1');
  await workstation.type('Remote AWS Account ID', '448049832177');
  await expect(workstation.dialog.getByText('arn:aws:iam::490650638888:role/cluster-7et0lx2q-node-instance-iam-role')).toBeVisible();
  await workstation.click('Save');

  await expect(workstation.dialog).toBeHidden();
  await expect(toast(page, 'Vault connection “Payroll secrets” saved.')).toBeVisible();
  const row = workstation.row(grid, 'Payroll secrets');
  await expect(row).toContainText('Default IAM Role');
  await expect(row).toContainText('eu-central-1');
  await expect(page.getByRole('button', { name: 'Add New Vault Connection' })).toBeFocused();
});

test('create an Access Key connection: the secret access key is never shown back', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Sales vault');
  await workstation.choose('Authentication Mode', 'Access Key');
  await workstation.typeWithSuggestions('Region', 'us-east-2');
  await workstation.type('Access Key ID', 'AKIAIOSFODNN7EXAMPLE');
  const key = workstation.dialog.getByLabel('Secret Access Key');
  await expect(key).toHaveAttribute('type', 'password');
  await key.fill(secretAccessKey);
  await workstation.click('Save');

  await expect(workstation.dialog).toBeHidden();
  await expect(workstation.row(grid, 'Sales vault')).toContainText('Access Key');
  expect(await page.content()).not.toContain(secretAccessKey);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(secretAccessKey);

  // Edit: the key field is empty, and says a key is set.
  await workstation.row(grid, 'Sales vault').dblclick();
  const dialog = await editDialog(workstation, 'Sales vault');
  await expect(dialog.getByLabel('Secret Access Key')).toHaveValue('');
  await expect(dialog.getByText('A key is set. Type a new one to replace it.')).toBeVisible();
});

test('edit with a double-click: only the changed field reaches the server', async ({ page }) => {
  const workstation = await openTab(page);
  const patches = recordPatches(page);
  await workstation.row(grid, 'Marketing Secrets Manager').dblclick();
  const dialog = await editDialog(workstation, 'Marketing Secrets Manager');
  await expect(dialog.getByRole('combobox', { name: 'Authentication Mode' })).toHaveText('Access Key');
  await expect(dialog.getByRole('textbox', { name: 'Access Key ID' })).toHaveValue('AKIAIOSFODNN7EXAMPLE');
  await workstation.typeWithSuggestions('Region', 'us-east-2');
  await workstation.click('Save');

  await expect(dialog).toBeHidden();
  await expect(workstation.row(grid, 'Marketing Secrets Manager')).toContainText('us-east-2');
  expect(patches).toEqual([{ operationList: [{ op: 'replace', path: '/region', value: 'us-east-2' }] }]);
  await expect(workstation.row(grid, 'Marketing Secrets Manager')).toBeFocused();
});

test('edit from the row menu: rename, refused when another connection has the name', async ({ page }) => {
  const workstation = await openTab(page);
  const patches = recordPatches(page);
  await page.getByRole('button', { name: 'Actions for EU analytics vault' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = await editDialog(workstation, 'EU analytics vault');
  const name = dialog.getByRole('textbox', { name: 'Name', exact: true });

  await name.fill('MARKETING secrets manager');
  await workstation.click('Save');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/A vault connection named “MARKETING secrets manager” already exists/)).toBeVisible();

  await name.fill('EU analytics vault (Ireland)');
  await workstation.click('Save');
  await expect(dialog).toBeHidden();
  await expect(workstation.row(grid, 'EU analytics vault (Ireland)')).toBeVisible();
  expect(patches.at(-1)).toEqual({ operationList: [{ op: 'replace', path: '/name', value: 'EU analytics vault (Ireland)' }] });
});

test('keyboard: Shift+F10 opens the row menu, Edit opens the dialog, Escape closes it back to the row', async ({ page }) => {
  const workstation = await openTab(page);
  const row = workstation.row(grid, 'Finance secrets (cross-account)');
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for Finance secrets (cross-account)' });
  await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = await editDialog(workstation, 'Finance secrets (cross-account)');
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Remote AWS Account ID' })).toHaveValue('448049832177');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toBeFocused();
});

test('delete is refused while a database login uses the connection, and says which', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.row(grid, 'Finance secrets (cross-account)').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Finance secrets (cross-account)”?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('alert')).toContainText('database logins use it (Finance Redshift)');
  await expect(confirm.getByRole('list', { name: 'Database logins that use this vault connection' })).toContainText('Finance Redshift');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(workstation.row(grid, 'Finance secrets (cross-account)')).toBeVisible();
});

test('delete an unused connection', async ({ page }) => {
  const workstation = await openTab(page);
  await page.getByRole('button', { name: 'Actions for EU analytics vault' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “EU analytics vault”?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(toast(page, 'Vault connection “EU analytics vault” deleted.')).toBeVisible();
  await expect(workstation.row(grid, 'EU analytics vault')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add New Vault Connection' })).toBeFocused();
});

test('Properties shows the connection and the logins that depend on it', async ({ page }) => {
  await openTab(page);
  await page.getByRole('button', { name: 'Actions for Finance secrets (cross-account)' }).click();
  await page.getByRole('menuitem', { name: 'Properties' }).click();
  const dialog = page.getByRole('dialog', { name: 'Properties of “Finance secrets (cross-account)”' });
  await expect(dialog).toContainText('A1F3C0DE5E4B4F2C9D7E6B5A4C3D2E1F');
  await expect(dialog).toContainText('us-west-2 — US West (Oregon)');
  await expect(dialog.getByRole('list', { name: 'Database logins that use this vault connection' })).toContainText('Finance Redshift');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Actions for EU analytics vault' }).click();
  await page.getByRole('menuitem', { name: 'Properties' }).click();
  await expect(page.getByRole('dialog', { name: 'Properties of “EU analytics vault”' })).toContainText('No database logins use this vault connection.');
});

test('outside Managed Cloud Enterprise, Default IAM Role is disabled and says why', async ({ page }) => {
  const workstation = await openTab(page, '?scenario=non-mce');
  await workstation.click('Add New Vault Connection');
  const mode = workstation.dialog.getByRole('combobox', { name: 'Authentication Mode' });
  await expect(mode).toHaveText('Access Key');
  await expect(workstation.dialog.getByText('Default IAM Role is available only in Managed Cloud Enterprise (MCE) environments.')).toBeVisible();
  await mode.click();
  const option = page.getByRole('option', { name: 'Default IAM Role (Managed Cloud Enterprise environments only)' });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(workstation.dialog.getByText('Strategy AWS Default IAM Role')).toHaveCount(0);
});

test('a name with markup is saved and shown as text', async ({ page }) => {
  const workstation = await openTab(page);
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', markup);
  await workstation.typeWithSuggestions('Region', 'us-west-2');
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();
  await expect(workstation.grid(grid).getByRole('cell', { name: markup, exact: true })).toBeVisible();
  await expect(workstation.grid(grid).locator('img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('axe finds nothing in the row menu, Edit (with a refusal shown), the refused Delete, and Properties', async ({ page }) => {
  const workstation = await openTab(page);
  const noViolations = async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  };

  await page.getByRole('button', { name: 'Actions for Marketing Secrets Manager' }).click();
  await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await noViolations();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = await editDialog(workstation, 'Marketing Secrets Manager');
  await dialog.getByLabel('Secret Access Key').fill('too short');
  await workstation.click('Save');
  await expect(dialog.getByText('A Secret Access Key is 40 letters, digits, / and +.')).toBeVisible();
  await noViolations();
  await dialog.getByLabel('Secret Access Key').fill('');
  await workstation.click('Save');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Actions for Finance secrets (cross-account)' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('list')).toContainText('Finance Redshift');
  await noViolations();
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Actions for Finance secrets (cross-account)' }).click();
  await page.getByRole('menuitem', { name: 'Properties' }).click();
  await expect(page.getByRole('dialog').getByRole('list')).toContainText('Finance Redshift');
  await noViolations();
});
