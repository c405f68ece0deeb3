import { expect, test } from '@playwright/test';
import { Workstation } from './pages/workstation';

// The seed document's two procedures, step for step, in its own words.
const secretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

async function createVaultConnectionWithDefaultIamRole(workstation: Workstation, name: string) {
  // Open the Workstation window.
  await workstation.open();
  // In the Navigation pane, click Data Sources.
  await workstation.clickInNavigationPane('Data Sources');
  // Click the Vault Connections tab.
  await workstation.clickTab('Vault Connections');
  // Click Add New Vault Connection.
  await workstation.click('Add New Vault Connection');
  await expect(workstation.dialog).toBeVisible();
  // Enter values in the following fields:
  // Name: Type a name for your connection.
  await workstation.type('Name', name);
  // Type: Choose AWS Secrets Manager.
  await workstation.choose('Type', 'AWS Secrets Manager');
  // Authentication Mode: Choose Default IAM Role.
  await workstation.choose('Authentication Mode', 'Default IAM Role');
  // Region: Type the AWS region where the secret is stored.
  await workstation.typeWithSuggestions('Region', 'us-west-2');
  // Click Save.
  await workstation.click('Save');
}

test('Create an AWS Secrets Manager Vault Connection with a Default IAM Role Mode', async ({ page }) => {
  const workstation = new Workstation(page);
  await createVaultConnectionWithDefaultIamRole(workstation, 'Cross-account secrets');

  await expect(workstation.dialog).toBeHidden();
  const row = workstation.row('Vault connections', 'Cross-account secrets');
  await expect(row).toContainText('AWS Secrets Manager');
  await expect(row).toContainText('Default IAM Role');
  await expect(row).toContainText('us-west-2');
  await expect(page.getByRole('status').filter({ hasText: 'Vault connection “Cross-account secrets” saved.' })).toBeVisible();
});

test('Validate the Vault Connection with Default IAM Role Mode', async ({ page }) => {
  const workstation = new Workstation(page);
  await createVaultConnectionWithDefaultIamRole(workstation, 'Cross-account secrets');
  await expect(workstation.dialog).toBeHidden();

  // Open the Workstation window. (It is open.) In the Navigation pane, click Data Sources.
  await workstation.clickInNavigationPane('Data Sources');
  // Click the Database Logins tab.
  await workstation.clickTab('Database Logins');
  // Click Add New Database Login.
  await workstation.click('Add New Database Login');
  // Toggle on Use Vault.
  await workstation.toggleOn('Use Vault');
  // Type a database login Name.
  await workstation.type('Name', 'Finance warehouse (vault)');
  // Optionally type a Description.
  await workstation.type('Description', 'Reads the secret across accounts');
  // Expand the Type drop-down list and choose AWS Secrets Manager.
  await workstation.choose('Type', 'AWS Secrets Manager');
  // Expand the Vault Connection drop-down list and choose your newly created vault connection.
  await workstation.choose('Vault Connection', 'Cross-account secrets');
  // In Secret Name, type your Secret ARN.
  await workstation.type('Secret Name', secretArn);
  // Click Save.
  await workstation.click('Save');

  await expect(workstation.dialog).toBeHidden();
  const row = workstation.row('Database logins', 'Finance warehouse (vault)');
  await expect(row).toContainText('Cross-account secrets');
  await expect(row).toContainText(secretArn);
  await expect(row).toContainText('Reads the secret across accounts');
});

test('a standard database login: Login and Password, no vault', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.clickInNavigationPane('Data Sources');
  await workstation.clickTab('Database Logins');
  await workstation.click('Add New Database Login');
  await expect(workstation.dialog.getByRole('switch', { name: 'Use Vault' })).not.toBeChecked();
  await workstation.type('Name', 'Reporting replica');
  await workstation.type('Login', 'report_reader');
  const password = 'correct horse battery staple';
  // The field, not its "Show password" button.
  await workstation.dialog.getByLabel(/^Password/).fill(password);
  await expect(workstation.dialog.getByLabel(/^Password/)).toHaveAttribute('type', 'password');
  await workstation.click('Save');

  await expect(workstation.dialog).toBeHidden();
  await expect(workstation.row('Database logins', 'Reporting replica')).toContainText('report_reader');
  // Write-only: the password is nowhere in the page once saved.
  await expect(page.locator('body')).not.toContainText(password);
  expect(await page.content()).not.toContain(password);
});
