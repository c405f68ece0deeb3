import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { recordPatches } from './pages/network';
import { Workstation } from './pages/workstation';

// The Database Logins tab against the demo build's mock backend. Seeded: Finance Redshift is used by two database
// connections and Snowflake service account by one; Legacy Oracle (reports) and Marketing Postgres by none.
const grid = 'Database logins';
const seedSecretArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
const password = 'Pa55word-never-shown-9f3c';
const secondPassword = 'Second-pa55word-7d21';

async function openTab(page: Page, search = ''): Promise<Workstation> {
  const workstation = new Workstation(page);
  await workstation.open(search);
  await workstation.clickInNavigationPane('Data Sources');
  await workstation.clickTab('Database Logins');
  await expect(search.includes('scenario=empty') ? page.getByText(/There are no database logins yet/) : workstation.row(grid, 'Legacy Oracle (reports)')).toBeVisible();
  return workstation;
}

/** The text of every API answer the page receives from now on. */
function recordApiAnswers(page: Page): { texts: string[]; settled: () => Promise<unknown> } {
  const texts: string[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('response', (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    pending.push(
      response.text().then(
        (text) => texts.push(`${response.request().method()} ${response.url()} ${response.status()}\n${text}`),
        () => undefined,
      ),
    );
  });
  return { texts, settled: () => Promise.all(pending) };
}

/** The Edit dialog, once it is filled in from the server. */
async function editDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Edit Database Login' });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
  return dialog;
}

/** The Password field (its label may end with the required mark; the Show password button is not it). */
const passwordField = (page: Page) => page.getByRole('dialog').getByLabel(/^Password/);
const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function rowMenu(workstation: Workstation, name: string) {
  await workstation.page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  return workstation.page.getByRole('menu');
}

test('create a standard login: the password never appears in an answer, the page or browser storage', async ({ page }) => {
  const answers = recordApiAnswers(page);
  const workstation = await openTab(page);
  await workstation.click('Add New Database Login');
  await workstation.type('Name', 'Reporting replica');
  await workstation.type('Login', 'report_reader');
  const field = passwordField(page);
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toHaveAttribute('autocomplete', 'new-password');
  await field.fill(password);
  await workstation.click('Save');

  await expect(workstation.dialog).toBeHidden();
  await expect(toast(page, 'Database login “Reporting replica” saved.')).toBeVisible();
  const row = workstation.row(grid, 'Reporting replica');
  await expect(row).toContainText('Standard');
  await expect(row).toContainText('report_reader');

  // Edit it again, replace the password, and look everywhere for either.
  await row.dblclick();
  const dialog = await editDialog(page, 'Reporting replica');
  await expect(passwordField(page)).toHaveValue('');
  await expect(dialog.getByText('A password is set. Type a new one to replace it.')).toBeVisible();
  await passwordField(page).fill(secondPassword);
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();
  await expect(toast(page, 'Database login “Reporting replica” saved.')).toBeVisible();

  await answers.settled();
  // The answers were read, bodies included: the created login says only that a password is set.
  expect(answers.texts.some((text) => text.startsWith('POST') && text.includes('/api/datasources/logins 201') && text.includes('"passwordSet":true'))).toBe(true);
  expect(answers.texts.some((text) => text.startsWith('PATCH'))).toBe(true);
  for (const text of answers.texts) {
    expect(text).not.toContain(password);
    expect(text).not.toContain(secondPassword);
  }
  const html = await page.content();
  expect(html).not.toContain(password);
  expect(html).not.toContain(secondPassword);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).toContain('Reporting replica');
  expect(stored).not.toContain(password);
  expect(stored).not.toContain(secondPassword);
});

test('create a vault login, adding its vault connection from the login dialog', async ({ page }) => {
  const workstation = await openTab(page, '?scenario=empty');
  await workstation.click('Add New Database Login');
  await workstation.toggleOn('Use Vault');
  await workstation.type('Name', 'Finance warehouse (vault)');
  await workstation.type('Secret Name', seedSecretArn);
  const loginDialog = page.getByRole('dialog', { name: 'Add New Database Login' });
  await expect(loginDialog.getByText('There are no AWS Secrets Manager vault connections yet.')).toBeVisible();

  await loginDialog.getByRole('button', { name: 'Add New Vault Connection' }).click();
  const connectionDialog = page.getByRole('dialog', { name: 'Add New Vault Connection' });
  await connectionDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Cross-account secrets');
  const region = connectionDialog.getByRole('combobox', { name: 'Region', exact: true });
  await region.fill('us-west-2');
  await region.press('Escape');
  await connectionDialog.getByRole('textbox', { name: 'Remote AWS Account ID' }).fill('448049832177');
  await connectionDialog.getByRole('button', { name: 'Save' }).click();
  await expect(connectionDialog).toBeHidden();

  await expect(loginDialog.getByRole('combobox', { name: 'Vault Connection' })).toHaveText('Cross-account secrets');
  await expect(loginDialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Finance warehouse (vault)');
  await expect(loginDialog.getByRole('textbox', { name: 'Secret Name' })).toHaveValue(seedSecretArn);
  await loginDialog.getByRole('button', { name: 'Save' }).click();

  await expect(loginDialog).toBeHidden();
  const row = workstation.row(grid, 'Finance warehouse (vault)');
  await expect(row).toContainText('AWS Secrets Manager');
  await expect(row).toContainText('Cross-account secrets');
  await expect(row).toContainText(seedSecretArn);
});

test('the Secret Name’s rules and cross-checks show on the field before anything is sent', async ({ page }) => {
  const workstation = await openTab(page);
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST') posts += 1;
  });
  await workstation.click('Add New Database Login');
  await workstation.toggleOn('Use Vault');
  await workstation.type('Name', 'Checked login');
  await workstation.choose('Vault Connection', 'EU analytics vault');
  const secretName = workstation.dialog.getByRole('textbox', { name: 'Secret Name' });
  await secretName.fill(seedSecretArn);
  await workstation.click('Save');
  await expect(secretName).toHaveAccessibleDescription('The secret is in us-west-2 but this vault connection reads eu-west-1.');

  await workstation.choose('Vault Connection', 'Finance secrets (cross-account)');
  await secretName.fill(seedSecretArn.replace('448049832177', '123456789012'));
  await workstation.click('Save');
  await expect(secretName).toHaveAccessibleDescription(
    'The secret is in account 123456789012 but this vault connection reads account 448049832177.',
  );

  await secretName.fill(seedSecretArn.replace('secretsmanager', 'ssm'));
  await workstation.click('Save');
  await expect(secretName).toHaveAccessibleDescription(
    'This is an ARN of the “ssm” service, not of a secret: a secret’s ARN has “secretsmanager” after the partition.',
  );
  await expect(secretName).toHaveValue(seedSecretArn.replace('secretsmanager', 'ssm'));

  // A name without AWS's suffix is warned about, and allowed.
  await secretName.fill('arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test');
  await expect(secretName).toHaveAccessibleDescription(/^Warning: this name lacks the 6 characters AWS adds/);
  expect(posts).toBe(0);
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();
  expect(posts).toBe(1);
});

test('password show/hide works only on what is typed', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.click('Add New Database Login');
  const field = passwordField(page);
  const show = workstation.dialog.getByRole('button', { name: 'Show password' });
  await expect(show).toBeDisabled();
  await field.fill('visible-for-a-moment');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await show.click();
  await expect(field).toHaveAttribute('type', 'text');
  const hide = workstation.dialog.getByRole('button', { name: 'Hide password' });
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await hide.click();
  await expect(field).toHaveAttribute('type', 'password');

  // Editing a login with a stored password: an empty field, nothing to reveal.
  await workstation.click('Cancel');
  await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await workstation.row(grid, 'Snowflake service account').dblclick();
  await editDialog(page, 'Snowflake service account');
  await expect(passwordField(page)).toHaveValue('');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Show password' })).toBeDisabled();
});

test('edit sends only the field that changed, with the version it was based on; an empty password keeps the stored one', async ({ page }) => {
  const workstation = await openTab(page);
  const patches = recordPatches(page);
  const ifMatch: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') ifMatch.push(request.headers()['if-match']);
  });
  await workstation.row(grid, 'Snowflake service account').dblclick();
  const dialog = await editDialog(page, 'Snowflake service account');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Cube refresh at 02:00 UTC');
  await workstation.click('Save');

  await expect(dialog).toBeHidden();
  await expect(workstation.row(grid, 'Snowflake service account')).toContainText('Cube refresh at 02:00 UTC');
  expect(patches).toEqual([{ operationList: [{ op: 'replace', path: '/description', value: 'Cube refresh at 02:00 UTC' }] }]);
  expect(ifMatch).toEqual(['"2026-01-20T13:05:19.000+0000"']);
});

test('keyboard: Shift+F10 on a row opens its menu, and Edit opens the login', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.row(grid, 'Legacy Oracle (reports)').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
  await page.keyboard.press('Enter');
  const dialog = await editDialog(page, 'Legacy Oracle (reports)');
  await expect(dialog.getByRole('textbox', { name: 'Login' })).toHaveValue('RPT_READER');
  await expect(dialog.getByRole('switch', { name: 'Use Vault' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(workstation.row(grid, 'Legacy Oracle (reports)')).toBeFocused();
});

test('delete is refused while database connections use the login, naming them', async ({ page }) => {
  const workstation = await openTab(page);
  const menu = await rowMenu(workstation, 'Finance Redshift');
  await menu.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Database Login' });
  await expect(confirm).toContainText('Delete the database login “Finance Redshift”?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('alert')).toContainText(
    '“Finance Redshift” cannot be deleted: database connections use it (Finance Redshift warehouse, Finance Redshift – ad hoc analysis).',
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(workstation.row(grid, 'Finance Redshift')).toBeVisible();
});

test('delete is allowed when no database connection uses the login', async ({ page }) => {
  const workstation = await openTab(page);
  const menu = await rowMenu(workstation, 'Marketing Postgres');
  await menu.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('alertdialog', { name: 'Delete Database Login' }).getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page, 'Database login “Marketing Postgres” deleted.')).toBeVisible();
  await expect(workstation.grid(grid).getByText('Marketing Postgres', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add New Database Login' })).toBeFocused();
});

test('Properties shows the login and the database connections that use it', async ({ page }) => {
  const workstation = await openTab(page);
  await workstation.row(grid, 'Finance Redshift').click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Properties' }).click();
  const dialog = page.getByRole('dialog', { name: 'Properties: Finance Redshift' });
  await expect(dialog).toContainText('D4A6F3A1818E425FC0A19E8D7F605142');
  await expect(dialog).toContainText('AWS Secrets Manager');
  await expect(dialog).toContainText('Finance secrets (cross-account)');
  await expect(dialog).toContainText(seedSecretArn);
  const dependents = dialog.getByRole('list', { name: 'Database connections that use this login' });
  await expect(dependents.getByRole('listitem')).toHaveText(['Finance Redshift warehouse', 'Finance Redshift – ad hoc analysis']);
});

test.describe('axe: no WCAG 2.2 A/AA violation', () => {
  // axe walks the whole page; on a busy 2-core machine that outlasts the default 30 s. A limit, not a timing check.
  test.describe.configure({ timeout: 90_000 });

  async function expectNoAxeViolations(page: Page, state: string) {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const found = violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
    expect(found, state).toEqual([]);
  }

  test('Edit Database Login: the password note, a typed password revealed, Use Vault on with the suffix warning', async ({ page }) => {
    const workstation = await openTab(page);
    await workstation.row(grid, 'Snowflake service account').dblclick();
    await editDialog(page, 'Snowflake service account');
    await passwordField(page).fill('revealed');
    await workstation.dialog.getByRole('button', { name: 'Show password' }).click();
    await expectNoAxeViolations(page, 'password revealed');
    await workstation.toggleOn('Use Vault');
    await workstation.type('Secret Name', 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test');
    await expect(workstation.dialog.getByText(/its stored password is deleted/)).toBeVisible();
    await expectNoAxeViolations(page, 'Use Vault on, suffix warning');
  });

  test('Delete refused, and Properties with dependents', async ({ page }) => {
    const workstation = await openTab(page);
    await (await rowMenu(workstation, 'Finance Redshift')).getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Database Login' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'Delete refused');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();

    await (await rowMenu(workstation, 'Finance Redshift')).getByRole('menuitem', { name: 'Properties' }).click();
    await expect(page.getByRole('list', { name: 'Database connections that use this login' })).toBeVisible();
    await expectNoAxeViolations(page, 'Properties');
  });

  test('no vault connection to choose: said, with Add New Vault Connection', async ({ page }) => {
    const workstation = await openTab(page, '?scenario=empty');
    await workstation.click('Add New Database Login');
    await workstation.toggleOn('Use Vault');
    await expect(workstation.dialog.getByText('There are no AWS Secrets Manager vault connections yet.')).toBeVisible();
    await expectNoAxeViolations(page, 'No vault connections');
  });
});
