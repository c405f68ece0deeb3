import { expect, test, type Locator } from '@playwright/test';
import { Workstation } from './pages/workstation';

// A name may be 250 characters with no space at all: it must wrap inside whatever shows it, never run past it.
const longName = `Finance_${'x'.repeat(242)}`;

async function expectNoOverflow(element: Locator) {
  const { scrollWidth, clientWidth } = await element.evaluate((node) => ({ scrollWidth: node.scrollWidth, clientWidth: node.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('a 250-character name wraps inside the toast and the Delete dialog', async ({ page }) => {
  const workstation = new Workstation(page);
  await workstation.open('?scenario=empty');
  await workstation.click('Add New Vault Connection');
  await workstation.type('Name', longName);
  await workstation.typeWithSuggestions('Region', 'us-west-2');
  await workstation.click('Save');
  await expect(workstation.dialog).toBeHidden();

  const toast = page.getByRole('presentation').filter({ hasText: 'saved.' }).last();
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport();

  await page.getByRole('button', { name: /^Actions for Finance_/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await expectNoOverflow(confirm.getByRole('heading'));
  await expectNoOverflow(confirm.getByText(/will be deleted/));
});
