import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The seed document's vocabulary as Playwright steps: "In the Navigation pane, click Data Sources", "Expand the
 * Type drop-down list and choose AWS Secrets Manager". Flows read like the procedure they follow.
 */
export class Workstation {
  constructor(readonly page: Page) {}

  /** Open the Workstation window. */
  async open(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
  }

  get navigationPane(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigation pane' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async clickInNavigationPane(item: string): Promise<void> {
    await this.navigationPane.getByRole('link', { name: item }).click();
  }

  async clickTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async click(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  /** Type into a text field of the open dialog, by its label. */
  async type(field: string, value: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: field, exact: true }).fill(value);
  }

  /** Type into a field that suggests values as you type (Region). */
  async typeWithSuggestions(field: string, value: string): Promise<void> {
    const input = this.dialog.getByRole('combobox', { name: field, exact: true });
    await input.fill(value);
    await input.press('Escape');
  }

  /** Expand a drop-down list and choose an option. */
  async choose(field: string, option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: field, exact: true }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }

  async toggleOn(name: string): Promise<void> {
    await this.dialog.getByRole('switch', { name }).check();
  }

  grid(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  row(gridName: string, text: string): Locator {
    return this.grid(gridName).getByRole('row').filter({ hasText: text });
  }
}
