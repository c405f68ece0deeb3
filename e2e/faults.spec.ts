import { expect, test } from '@playwright/test';
import { Workstation } from './pages/workstation';

// The mock's switches (?fault, ?latency) and what the console does about each failure.

test('a list that cannot load shows the server’s message, its ticket ID and Retry', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?fault=reads');
  const panel = page.getByRole('alert').filter({ hasText: 'Vault connections could not be loaded' });
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText('Simulated fault');
  await expect(panel).toContainText(/Ticket ID: [0-9a-f]{32}/);
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeEnabled();
});

test('an unreachable server is named as such', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?fault=offline');
  await expect(page.getByRole('alert').filter({ hasText: 'The server cannot be reached' })).toBeVisible({ timeout: 15_000 });
});

test('a save that fails keeps the dialog open with every value, and Save works again', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?fault=writes');
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Finance EU');
  await workstation.typeWithSuggestions('Region', 'eu-west-1');
  await workstation.type('Remote AWS Account ID', '448049832177');
  await workstation.click('Save');

  const alert = workstation.dialog.getByRole('alert');
  await expect(alert).toContainText('Simulated fault');
  await expect(alert).toContainText(/Ticket ID: [0-9a-f]{32}/);
  await expect(workstation.dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Finance EU');
  await expect(workstation.dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-west-1');
  await expect(workstation.dialog.getByRole('textbox', { name: 'Remote AWS Account ID' })).toHaveValue('448049832177');
  await expect(workstation.dialog.getByRole('button', { name: 'Save' })).toBeEnabled();
  // Writes are never retried on their own: one click, one request.
  const posts: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
  await workstation.click('Save');
  await expect(alert).toBeVisible();
  await expect.poll(() => posts.length).toBe(1);
});

test('a slow double click on Save creates one record', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?latency=1200');
  await expect(workstation.row('Vault connections', 'Finance secrets (cross-account)')).toBeVisible({ timeout: 15_000 });
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Only once');
  await workstation.typeWithSuggestions('Region', 'us-east-2');
  const posts: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
  await workstation.dialog.getByRole('button', { name: 'Save' }).dblclick();
  await workstation.dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(workstation.dialog).toBeHidden({ timeout: 15_000 });
  await expect(workstation.row('Vault connections', 'Only once')).toHaveCount(1);
  expect(posts).toHaveLength(1);
});

test('closing a dialog with changes asks before discarding them', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Half done');

  await page.keyboard.press('Escape');
  const confirm = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(workstation.dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Half done');

  await workstation.dialog.getByRole('button', { name: 'Cancel' }).click();
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add New Vault Connection' })).toBeFocused();
});

test('a dialog left untouched closes without asking', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.clickTab('Database Logins');
  await workstation.click('Add New Database Login');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('the switches hold even when the app renders, and leaves /, before the mock’s code arrives', async ({ page }) => {
  // Hold back the mock's chunk: the app renders first and its redirect drops the query from the address bar.
  await page.route(/\/assets\/browser-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const workstation = new Workstation(page);
  await workstation.open('?scenario=empty');
  await expect(page).toHaveURL(/\/data-sources\/vault-connections$/);
  await expect(page.getByText(/There are no vault connections yet/)).toBeVisible({ timeout: 15_000 });
});
