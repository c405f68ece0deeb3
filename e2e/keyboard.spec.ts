import { expect, test } from '@playwright/test';
import { chooseWithKeyboard, tabTo } from './pages/keyboard';
import { Workstation } from './pages/workstation';

// Both seed procedures with the keyboard alone: no click anywhere.
const secretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';

test('both seed procedures can be done with the keyboard alone', async ({ page }) => {
  const workstation = new Workstation(page);
  const { dialog } = workstation;
  await workstation.open();
  await expect(workstation.row('Vault connections', 'Finance secrets (cross-account)')).toBeVisible();

  // In the Navigation pane, choose Data Sources; then the Vault Connections tab.
  await tabTo(page, workstation.navigationPane.getByRole('link', { name: 'Data Sources' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('tab', { name: 'Vault Connections' }));
  await page.keyboard.press('Enter');
  // Add New Vault Connection: focus lands on Name.
  await tabTo(page, page.getByRole('button', { name: 'Add New Vault Connection' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard vault');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toBeFocused();
  await chooseWithKeyboard(page, 'AWS Secrets Manager');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Authentication Mode' })).toBeFocused();
  await chooseWithKeyboard(page, 'Default IAM Role');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Region' })).toBeFocused();
  await page.keyboard.type('us-west-2');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('us-west-2');
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(workstation.row('Vault connections', 'Keyboard vault')).toContainText('Default IAM Role');
  // Focus went back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Add New Vault Connection' })).toBeFocused();

  // The Database Logins tab: arrow keys move between tabs, Enter opens one.
  await tabTo(page, page.getByRole('tab', { name: 'Vault Connections' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Database Logins' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Database Logins' })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, page.getByRole('button', { name: 'Add New Database Login' }));
  await page.keyboard.press('Enter');
  // Toggle on Use Vault.
  await expect(dialog.getByRole('switch', { name: 'Use Vault' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('switch', { name: 'Use Vault' })).toBeChecked();
  await tabTo(page, dialog.getByRole('textbox', { name: 'Name', exact: true }));
  await page.keyboard.type('Keyboard login');
  await tabTo(page, dialog.getByRole('textbox', { name: 'Description' }));
  await page.keyboard.type('Typed without a mouse');
  await tabTo(page, dialog.getByRole('combobox', { name: 'Type' }));
  await chooseWithKeyboard(page, 'AWS Secrets Manager');
  await tabTo(page, dialog.getByRole('combobox', { name: 'Vault Connection' }));
  await chooseWithKeyboard(page, 'Keyboard vault');
  await tabTo(page, dialog.getByRole('textbox', { name: 'Secret Name' }));
  await page.keyboard.type(secretArn);
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const row = workstation.row('Database logins', 'Keyboard login');
  await expect(row).toContainText('Keyboard vault');
  await expect(row).toContainText(secretArn);
});
