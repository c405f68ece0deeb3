import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';

/** The data rows of a grid: every row but the header. */
const dataRows = (grid: Locator) => grid.getByRole('row').filter({ hasNot: grid.page().getByRole('columnheader') });

test.describe('the Database Logins grid with 10,000 logins', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/data-sources/database-logins?scenario=large');
    // The mock builds 10,000 logins on start-up; on a busy 2-core machine that can take longer than an assertion's
    // default wait (npm run bench measures the time; this only waits for it).
    await expect(page.getByRole('table', { name: 'Database logins' }).getByRole('cell', { name: 'Finance Redshift 00001', exact: true })).toBeVisible({
      timeout: 20_000,
    });
  });

  test('renders only the rows in view, and the last one once scrolled to the end', async ({ page }) => {
    const grid = page.getByRole('table', { name: 'Database logins' });
    await expect(grid).toHaveAttribute('aria-rowcount', '10001');
    await expect(page.getByRole('status').filter({ hasText: 'database logins' })).toHaveText('10,000 database logins');
    expect(await grid.getByRole('row').count()).toBeLessThan(200);

    // Wheel down over the grid until its end: row heights are measured as they render, so the end may move a little.
    const lastRow = grid.getByRole('row', { name: /Product Oracle 10000/ });
    await grid.hover();
    await expect(async () => {
      await page.mouse.wheel(0, 400_000);
      await expect(lastRow).toBeInViewport({ timeout: 500 });
    }).toPass();
    await expect(lastRow).toHaveAttribute('aria-rowindex', '10001');
    expect(await grid.getByRole('row').count()).toBeLessThan(200);
    // The header stays in view above the rows.
    await expect(grid.getByRole('columnheader', { name: 'Name', exact: true })).toBeInViewport();
  });

  test('moves through all rows from the keyboard: End, Home, arrows', async ({ page }) => {
    const grid = page.getByRole('table', { name: 'Database logins' });
    await grid.getByRole('cell', { name: 'Finance Redshift 00001', exact: true }).click();
    await page.keyboard.press('End');
    const lastRow = grid.getByRole('row', { name: /Product Oracle 10000/ });
    await expect(lastRow).toBeFocused();
    await expect(lastRow).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(grid.getByRole('row', { name: /Support Snowflake 09999/ })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(grid.getByRole('row', { name: /Finance Redshift 00001/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(grid.getByRole('row', { name: /Sales Postgres 00002/ })).toBeFocused();

    // Page Down moves a screenful, and the row lands in view below the sticky header.
    await page.keyboard.press('PageDown');
    const paged = page.locator(':focus');
    expect(Number(await paged.getAttribute('aria-rowindex'))).toBeGreaterThan(5);
    await expect(paged).toBeInViewport();
    await page.keyboard.press('PageUp');
    await expect(grid.getByRole('row', { name: /Sales Postgres 00002/ })).toBeFocused();
  });

  test('filters all 10,000 by name as you type and counts what it shows', async ({ page }) => {
    const grid = page.getByRole('table', { name: 'Database logins' });
    const search = page.getByRole('searchbox', { name: 'Search database logins' });
    await expect(search).toHaveAttribute('placeholder', 'Search');
    await search.pressSequentially('oracle 0999');
    await expect(dataRows(grid)).toHaveCount(1);
    await expect(dataRows(grid)).toContainText('Finance Oracle 09993');
    await expect(grid).toHaveAttribute('aria-rowcount', '2');
    await expect(page.getByRole('status').filter({ hasText: 'database logins' })).toHaveText('1 of 10,000 database logins');

    await search.fill('no such login <b>');
    await expect(page.getByText('No database logins match “no such login <b>”.')).toBeVisible();
    await expect(dataRows(grid)).toHaveCount(0);
  });

  test('sorts by Name, ascending then descending', async ({ page }) => {
    const grid = page.getByRole('table', { name: 'Database logins' });
    const name = grid.getByRole('columnheader', { name: 'Name', exact: true });
    await expect(name).not.toHaveAttribute('aria-sort');
    // From the end of the list, a new order starts again at its top.
    await grid.getByRole('cell', { name: 'Finance Redshift 00001', exact: true }).click();
    await page.keyboard.press('End');
    await expect(grid.getByRole('row', { name: /Product Oracle 10000/ })).toBeFocused();
    await name.getByRole('button', { name: 'Name', exact: true }).click();
    await expect(name).toHaveAttribute('aria-sort', 'ascending');
    await expect(dataRows(grid).first()).toContainText('Finance Databricks 00049');
    await expect(dataRows(grid).first()).toBeInViewport();
    await name.getByRole('button', { name: 'Name', exact: true }).click();
    await expect(name).toHaveAttribute('aria-sort', 'descending');
    await expect(dataRows(grid).first()).toContainText('Support SQL Server 09959');
    await expect(dataRows(grid).first()).toHaveAttribute('aria-rowindex', '2');
  });
});

test.describe('the Database Logins grid', () => {
  test('exports the rows shown to a CSV file headed by the columns’ headers', async ({ page }) => {
    await page.goto('/data-sources/database-logins');
    const grid = page.getByRole('table', { name: 'Database logins' });
    await expect(grid.getByRole('cell', { name: 'Snowflake service account', exact: true })).toBeVisible();
    const headers = (await grid.getByRole('columnheader').allTextContents()).filter((header) => header !== 'Actions');
    const shown = await dataRows(grid).count();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(headers.map((header) => (header.includes(',') ? `"${header}"` : header)).join(','));
    expect(lines.filter((line) => line !== '')).toHaveLength(shown + 1);
    expect(lines.some((line) => line.startsWith('Snowflake service account,'))).toBe(true);
  });

  test('has no accessibility violations in the grid', async ({ page }) => {
    await page.goto('/data-sources/database-logins');
    await expect(page.getByRole('table', { name: 'Database logins' }).getByRole('cell', { name: 'Snowflake service account', exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('table').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
