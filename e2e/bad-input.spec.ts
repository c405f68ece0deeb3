import { expect, test, type Locator, type Page } from '@playwright/test';
import { Workstation } from './pages/workstation';

/*
 * For each field of both dialogs, the invalid values a user could type, the message that must appear on that
 * field, and the proof that nothing typed was lost. Nothing may be sent while a field is wrong.
 */
interface BadInput {
  value: string;
  message: string;
}

const empty = (message: string): BadInput[] => [
  { value: '', message },
  { value: '    ', message },
];
const nameCases: BadInput[] = [...empty('Enter a name.'), { value: 'x'.repeat(251), message: 'A name is at most 250 characters.' }];

const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function tryEach(page: Page, field: Locator, cases: BadInput[]) {
  const writes: string[] = [];
  page.on('request', (request) => request.method() !== 'GET' && request.url().includes('/api/') && writes.push(request.url()));
  for (const { value, message } of cases) {
    await field.fill(value);
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(field, `“${value.slice(0, 40)}”`).toHaveAttribute('aria-invalid', 'true');
    await expect(field, `“${value.slice(0, 40)}”`).toHaveAccessibleDescription(escape(message));
    await expect(field).toHaveValue(value);
  }
  expect(writes).toEqual([]);
}

test.describe('Add New Vault Connection', () => {
  test.beforeEach(async ({ page }) => {
    const workstation = new Workstation(page);
    await workstation.open();
    await workstation.click('Add New Vault Connection');
  });

  test('Name', async ({ page }) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Region' }).fill('us-west-2');
    await tryEach(page, dialog.getByRole('textbox', { name: 'Name', exact: true }), nameCases);
    await expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('us-west-2');
  });

  test('Region', async ({ page }) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Region checks');
    await tryEach(page, dialog.getByRole('combobox', { name: 'Region' }), [
      ...empty('Enter the AWS region.'),
      { value: 'US-WEST-2', message: 'Type a region code such as us-west-2.' },
      { value: 'us west 2', message: 'Type a region code such as us-west-2.' },
      { value: 'mars-north-1', message: 'mars-north-1 is not an AWS region.' },
      { value: '<b>us-west-2</b>', message: 'Type a region code such as us-west-2.' },
    ]);
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Region checks');
  });

  test('Remote AWS Account ID', async ({ page }) => {
    const dialog = page.getByRole('dialog');
    await tryEach(page, dialog.getByRole('textbox', { name: 'Remote AWS Account ID' }), [
      { value: '44804983217', message: 'An AWS account ID is 12 digits.' },
      { value: '4480498321777', message: 'An AWS account ID is 12 digits.' },
      { value: 'abcdefghijkl', message: 'An AWS account ID is 12 digits.' },
      { value: '4480-4983-2177', message: 'An AWS account ID is 12 digits.' },
    ]);
  });

  test('Access Key ID and Secret Access Key', async ({ page }) => {
    const workstation = new Workstation(page);
    await workstation.choose('Authentication Mode', 'Access Key');
    const dialog = page.getByRole('dialog');
    await tryEach(page, dialog.getByRole('textbox', { name: 'Access Key ID' }), [
      ...empty('Enter the Access Key ID.'),
      { value: 'BKIAABCDEFGHIJKLMNOP', message: 'An Access Key ID starts with AKIA (or ASIA for temporary keys).' },
      { value: 'akiaabcdefghijklmnop', message: 'An Access Key ID starts with AKIA (or ASIA for temporary keys).' },
      { value: 'AKIAABCDEFGHIJKLMNO', message: 'An Access Key ID is 20 upper-case letters and digits.' },
      { value: 'AKIAabcdefghijklmnop', message: 'An Access Key ID is 20 upper-case letters and digits.' },
    ]);
    await tryEach(page, dialog.getByLabel(/Secret Access Key/), [
      { value: '', message: 'Enter the Secret Access Key.' },
      { value: 'a'.repeat(39), message: 'A Secret Access Key is 40 letters, digits, / and +.' },
      { value: 'a'.repeat(41), message: 'A Secret Access Key is 40 letters, digits, / and +.' },
      { value: `<script>${'a'.repeat(23)}</script>`, message: 'A Secret Access Key is 40 letters, digits, / and +.' },
    ]);
  });
});

test.describe('Add New Database Login', () => {
  test.beforeEach(async ({ page }) => {
    const workstation = new Workstation(page);
    await workstation.open();
    await workstation.clickTab('Database Logins');
    await workstation.click('Add New Database Login');
  });

  test('Name, Description, Login and Password of a standard login', async ({ page }) => {
    const dialog = page.getByRole('dialog');
    await tryEach(page, dialog.getByRole('textbox', { name: 'Name', exact: true }), nameCases);
    await tryEach(page, dialog.getByRole('textbox', { name: 'Description' }), [
      { value: 'd'.repeat(1001), message: 'A description is at most 1000 characters.' },
    ]);
    await tryEach(page, dialog.getByRole('textbox', { name: 'Login' }), [
      ...empty('Enter the Login: the database user name.'),
      { value: 'u'.repeat(256), message: 'A login is at most 255 characters.' },
    ]);
    await tryEach(page, dialog.getByLabel(/^Password/), [{ value: '', message: 'Enter the Password.' }]);
  });

  test('Vault Connection and Secret Name of a vault login', async ({ page }) => {
    const workstation = new Workstation(page);
    const dialog = page.getByRole('dialog');
    await workstation.toggleOn('Use Vault');
    await workstation.type('Name', 'Vault checks');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveAccessibleDescription(/Choose a Vault Connection\./);
    // Finance secrets (cross-account) reads us-west-2 in account 448049832177.
    await workstation.choose('Vault Connection', 'Finance secrets (cross-account)');
    const account = '448049832177';
    await tryEach(page, dialog.getByRole('textbox', { name: 'Secret Name' }), [
      ...empty('Enter the Secret Name: the secret’s full ARN.'),
      { value: 'mstr-secret-test-5m93MF', message: 'Type the secret’s full ARN, starting with “arn:”' },
      { value: `arn:aws:secretsmanager:us-west-2:${account}`, message: 'This ARN is incomplete: it has 5 parts' },
      { value: `arn:aws:secretsmanager:us-west-2:${account}:secret:a:b`, message: 'a name cannot contain a colon' },
      { value: `arn:azure:secretsmanager:us-west-2:${account}:secret:x-AbCdEf`, message: 'this ARN has “azure”' },
      { value: `arn:aws:ssm:us-west-2:${account}:secret:x-AbCdEf`, message: 'This is an ARN of the “ssm” service, not of a secret' },
      { value: `arn:aws:secretsmanager:mars-north-1:${account}:secret:x-AbCdEf`, message: 'mars-north-1 is not an AWS region.' },
      { value: `arn:aws:secretsmanager:cn-north-1:${account}:secret:x-AbCdEf`, message: 'cn-north-1 is in the aws-cn partition' },
      { value: 'arn:aws:secretsmanager:us-west-2:44804983217:secret:x-AbCdEf', message: 'An AWS account ID is 12 digits; this ARN has “44804983217”.' },
      { value: `arn:aws:secretsmanager:us-west-2:${account}:parameter:x-AbCdEf`, message: 'this ARN has “parameter”, so it names something else' },
      { value: `arn:aws:secretsmanager:us-west-2:${account}:secret:`, message: 'The ARN ends before the secret’s name.' },
      { value: `arn:aws:secretsmanager:us-west-2:${account}:secret:my secret`, message: 'this one has a space' },
      { value: `arn:aws:secretsmanager:eu-west-1:${account}:secret:x-AbCdEf`, message: 'The secret is in eu-west-1 but this vault connection reads us-west-2.' },
      { value: 'arn:aws:secretsmanager:us-west-2:123456789012:secret:x-AbCdEf', message: 'The secret is in account 123456789012 but this vault connection reads account 448049832177.' },
      { value: '<img src=x onerror=alert(1)>', message: 'Type the secret’s full ARN, starting with “arn:”' },
    ]);
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Vault checks');
  });
});
