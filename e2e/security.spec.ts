import { expect, test } from '@playwright/test';
import { Workstation } from './pages/workstation';

test('the built page runs under a strict Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const workstation = new Workstation(page);
  await workstation.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  await workstation.click('Add New Vault Connection');
  await expect(workstation.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await workstation.clickTab('Database Logins');
  await expect(workstation.row('Database logins', 'Finance Redshift')).toBeVisible();
  expect(violations).toEqual([]);
});

test('API answers are never cached: they carry Cache-Control: no-store', async ({ page }) => {
  const cacheHeaders: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/')) cacheHeaders.push(response.headers()['cache-control'] ?? '(none)');
  });
  const workstation = new Workstation(page);
  await workstation.open();
  await expect(workstation.row('Vault connections', 'Finance secrets (cross-account)')).toBeVisible();
  expect(cacheHeaders.length).toBeGreaterThan(0);
  expect(new Set(cacheHeaders)).toEqual(new Set(['no-store']));
});

test('a name made of markup is shown as text, never run', async ({ page }) => {
  const markup = '<img src=x onerror="window.__pwned=1">';
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', markup);
  await workstation.typeWithSuggestions('Region', 'us-east-1');
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();
  await expect(workstation.grid('Vault connections').getByRole('cell', { name: markup, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('secrets typed in never reach the URL, browser storage or the console', async ({ page }) => {
  const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const responses: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/')) responses.push(response.text().catch(() => ''));
  });
  const workstation = new Workstation(page);
  await workstation.open();
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', 'Key vault');
  await workstation.choose('Authentication Mode', 'Access Key');
  await workstation.typeWithSuggestions('Region', 'us-east-1');
  await workstation.type('Access Key ID', 'AKIAABCDEFGHIJKLMNOP');
  await workstation.dialog.getByLabel(/Secret Access Key/).fill(secretKey);
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();
  await expect(workstation.row('Vault connections', 'Key vault')).toContainText('Access Key');

  expect(page.url()).not.toContain(secretKey);
  const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(storage).toContain('Key vault');
  expect(storage).not.toContain(secretKey);
  expect(await page.content()).not.toContain(secretKey);
  expect(logged.join('\n')).not.toContain(secretKey);
  expect((await Promise.all(responses)).join('\n')).not.toContain(secretKey);
});
