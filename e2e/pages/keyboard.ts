import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    const focused = await target.evaluate((element) => element === document.activeElement, undefined, { timeout: 1000 }).catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
}

/** Opens the focused drop-down list with the keyboard and chooses `option` with the arrow keys and Enter. */
export async function chooseWithKeyboard(page: Page, option: string): Promise<void> {
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const wanted = listbox.getByRole('option', { name: option, exact: true });
  for (let press = 0; press < 20; press++) {
    if (await wanted.evaluate((element) => element === document.activeElement, undefined, { timeout: 1000 }).catch(() => false)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
}
