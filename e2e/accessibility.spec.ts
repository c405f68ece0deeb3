import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Workstation } from './pages/workstation';

// axe with the WCAG 2.0–2.2 A and AA rules, on every screen and state a user can reach.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const found = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(found).toEqual([]);
}

test('Vault Connections tab', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await expect(workstation.row('Vault connections', 'Finance secrets (cross-account)')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Database Logins tab', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.clickTab('Database Logins');
  await expect(workstation.row('Database logins', 'Finance Redshift')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Add New Vault Connection dialog, both authentication modes, with errors shown', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await expect(workstation.dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await workstation.click('Save');
  await expect(workstation.dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await workstation.choose('Authentication Mode', 'Access Key');
  await expectNoAxeViolations(page);
});

test('the drop-down list and the region suggestions, open', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await workstation.dialog.getByRole('combobox', { name: 'Authentication Mode' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await workstation.dialog.getByRole('combobox', { name: 'Region' }).fill('us-');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Add New Database Login dialog, standard and with Use Vault on', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.clickTab('Database Logins');
  await workstation.click('Add New Database Login');
  await expect(workstation.dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await workstation.toggleOn('Use Vault');
  await workstation.type('Secret Name', 'not-an-arn');
  await workstation.click('Save');
  await expect(workstation.dialog.getByRole('textbox', { name: 'Secret Name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the discard-changes question', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Half done');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('empty state', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?scenario=empty');
  await expect(page.getByText(/There are no vault connections yet/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('error state', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?fault=reads');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
});

test('loading state', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?latency=20000');
  await expect(page.getByRole('status').filter({ hasText: /Loading/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('outside Managed Cloud Enterprise: Default IAM Role disabled, with the reason', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?scenario=non-mce');
  await workstation.click('Add New Vault Connection');
  await expect(workstation.dialog.getByRole('combobox', { name: 'Authentication Mode' })).toHaveText('Access Key');
  await expectNoAxeViolations(page);
});
