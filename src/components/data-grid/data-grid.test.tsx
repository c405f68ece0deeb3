import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataGrid, type GridColumn } from './data-grid';

interface Connection {
  id: string;
  name: string;
  region: string;
  dateModified: string;
}

const connection = (index: number, name = `Connection ${String(index).padStart(5, '0')}`): Connection => ({
  id: `id-${index}`,
  name,
  region: ['us-west-2', 'eu-west-1', 'ap-southeast-2'][index % 3] ?? 'us-east-1',
  dateModified: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString(),
});

const threeConnections: Connection[] = [
  { id: 'a', name: 'Sales vault', region: 'us-west-2', dateModified: '2026-03-01T00:00:00.000Z' },
  { id: 'b', name: 'Finance secrets', region: 'eu-west-1', dateModified: '2026-01-01T00:00:00.000Z' },
  { id: 'c', name: 'Sales, EU', region: 'eu-west-1', dateModified: '2026-02-01T00:00:00.000Z' },
];

const columns: GridColumn<Connection>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, width: '40%' },
  { id: 'region', header: 'Region', cell: (row) => row.region },
  // Shown as words; sorted and exported by the ISO date.
  {
    id: 'dateModified',
    header: 'Date Modified',
    cell: (row) => <time dateTime={row.dateModified}>{row.dateModified.slice(0, 10)}</time>,
    sortValue: (row) => row.dateModified,
    csvValue: (row) => row.dateModified,
  },
];

type Props = ComponentProps<typeof DataGrid<Connection>>;

function renderGrid(props: Partial<Props> = {}) {
  const user = userEvent.setup();
  const handlers = { onRetry: vi.fn(), onRowOpen: vi.fn(), edit: vi.fn() };
  render(
    <DataGrid<Connection>
      label="Vault connections"
      columns={columns}
      rows={threeConnections}
      getRowId={(row) => row.id}
      rowName={(row) => row.name}
      loading={false}
      error={null}
      onRetry={handlers.onRetry}
      emptyMessage="There are no vault connections yet."
      onRowOpen={handlers.onRowOpen}
      rowActions={(row) => [
        { label: 'Edit', onSelect: () => handlers.edit(row.name) },
        { label: 'Delete', onSelect: vi.fn() },
        { label: 'Properties', onSelect: vi.fn() },
      ]}
      exportFileName="vault-connections.csv"
      {...props}
    />,
  );
  return { user, ...handlers };
}

const table = () => screen.getByRole('table', { name: 'Vault connections' });
const dataRows = () => within(table()).getAllByRole('row').slice(1);
const rowNames = () => dataRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent);
const searchBox = () => screen.getByRole('searchbox', { name: 'Search vault connections' });

describe('DataGrid', () => {
  it('is a table named by its label, counting its rows and numbering each one', () => {
    renderGrid();
    expect(table()).toHaveAttribute('aria-rowcount', '4');
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Name', 'Region', 'Date Modified', 'Actions']);
    expect(within(table()).getAllByRole('row').map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4']);
    expect(rowNames()).toEqual(['Sales vault', 'Finance secrets', 'Sales, EU']);
    expect(screen.getByRole('status')).toHaveTextContent('3 vault connections');
    expect(searchBox()).toHaveAttribute('type', 'search');
    expect(searchBox()).toHaveAttribute('placeholder', 'Search');
  });

  it('renders only the rows in view of 10,000, yet searches and sorts all of them', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => connection(index + 1));
    const { user } = renderGrid({ rows });
    expect(table()).toHaveAttribute('aria-rowcount', '10001');
    expect(dataRows().length).toBeGreaterThan(10);
    expect(dataRows().length).toBeLessThan(100);
    expect(screen.queryByRole('cell', { name: 'Connection 10000' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(rowNames()[0]).toBe('Connection 10000');
    expect(dataRows()[0]).toHaveAttribute('aria-rowindex', '2');

    await user.type(searchBox(), '0999');
    const expected = ['09999', '09998', '09997', '09996', '09995', '09994', '09993', '09992', '09991', '09990', '00999'];
    expect(rowNames()).toEqual(expected.map((number) => `Connection ${number}`));
    expect(table()).toHaveAttribute('aria-rowcount', '12');
    expect(screen.getByRole('status')).toHaveTextContent('11 of 10,000 vault connections');
  });

  it('sorts by a column header, ascending then descending, and says so with aria-sort', async () => {
    const { user } = renderGrid();
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(['Sales vault', 'Finance secrets', 'Sales, EU']);

    await user.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Finance secrets', 'Sales vault', 'Sales, EU']);

    await user.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Sales, EU', 'Sales vault', 'Finance secrets']);

    await user.click(screen.getByRole('button', { name: 'Date Modified' }));
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: 'Date Modified' })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Finance secrets', 'Sales, EU', 'Sales vault']);
  });

  it('filters by name as you type, counts what it shows and says when nothing matches', async () => {
    const { user } = renderGrid();
    await user.type(searchBox(), 'SALES');
    expect(rowNames()).toEqual(['Sales vault', 'Sales, EU']);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 vault connections');
    expect(table()).toHaveAttribute('aria-rowcount', '3');

    await user.clear(searchBox());
    await user.type(searchBox(), '<img src=x onerror=alert(1)>');
    expect(dataRows()).toEqual([]);
    expect(screen.getByText('No vault connections match “<img src=x onerror=alert(1)>”.')).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 vault connections');
    expect(screen.getByRole('button', { name: 'Export to CSV' })).toBeDisabled();

    await user.clear(searchBox());
    expect(rowNames()).toEqual(['Sales vault', 'Finance secrets', 'Sales, EU']);
    expect(screen.getByRole('status')).toHaveTextContent('3 vault connections');
  });

  it('counts one row in the singular, and takes the noun it is given', () => {
    renderGrid({ rows: threeConnections.slice(0, 1), label: 'Database logins', noun: { one: 'login', other: 'logins' } });
    expect(screen.getByRole('status')).toHaveTextContent('1 login');
    expect(screen.getByRole('searchbox', { name: 'Search logins' })).toBeVisible();
  });

  describe('Export to CSV', () => {
    const downloads: { fileName: string; blob: Blob }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    afterAll(() => void (HTMLAnchorElement.prototype.click = click));
    beforeAll(() => {
      // jsdom has no object URLs: hand back a name for the Blob and keep it, as the browser would.
      const blobs = new Map<string, Blob>();
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${blobs.size}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: (url: string) => blobs.delete(url),
      });
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (blob) downloads.push({ fileName: this.download, blob });
      };
    });
    beforeEach(() => void downloads.splice(0));

    it('downloads the rows shown, as sorted and filtered, with the columns’ headers first', async () => {
      const rows = [...threeConnections, connection(4, '=HYPERLINK("https://evil.example")')];
      const { user } = renderGrid({ rows });
      await user.click(screen.getByRole('button', { name: 'Name' }));
      await user.click(screen.getByRole('button', { name: 'Name' }));
      await user.type(searchBox(), 's');
      await user.click(screen.getByRole('button', { name: 'Export to CSV' }));

      expect(downloads).toHaveLength(1);
      const [download] = downloads;
      expect(download?.fileName).toBe('vault-connections.csv');
      expect(download?.blob.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array((await download?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes.slice(3))).toBe(
        [
          'Name,Region,Date Modified',
          '"Sales, EU",eu-west-1,2026-02-01T00:00:00.000Z',
          'Sales vault,us-west-2,2026-03-01T00:00:00.000Z',
          'Finance secrets,eu-west-1,2026-01-01T00:00:00.000Z',
          '"\'=HYPERLINK(""https://evil.example"")",eu-west-1,2026-01-05T00:00:00.000Z',
          '',
        ].join('\r\n'),
      );
      // The link was temporary.
      expect(document.querySelector('a[download]')).toBeNull();
    });

    it('names the file after the rows when the screen gives no name', async () => {
      const { user } = renderGrid({ exportFileName: undefined });
      await user.click(screen.getByRole('button', { name: 'Export to CSV' }));
      expect(downloads.map((download) => download.fileName)).toEqual(['vault-connections.csv']);
    });
  });

  describe('from the keyboard', () => {
    it('takes one Tab into the rows, moves with the arrows, Home and End, and one Tab out', async () => {
      const { user } = renderGrid();
      await user.click(searchBox());
      // The search box, Export to CSV, the three sortable headers, then the rows.
      await user.tab();
      expect(screen.getByRole('button', { name: 'Export to CSV' })).toHaveFocus();
      await user.tab();
      await user.tab();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Date Modified' })).toHaveFocus();
      await user.tab();
      const [first, second, third] = dataRows();
      expect(first).toHaveFocus();

      await user.keyboard('{ArrowDown}');
      expect(second).toHaveFocus();
      await user.keyboard('{End}');
      expect(third).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(third).toHaveFocus();
      await user.keyboard('{Home}');
      expect(first).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(first).toHaveFocus();
      await user.keyboard('{ArrowDown}');

      // Tab goes to the focused row's actions button, then out of the grid, not through every row.
      await user.tab();
      expect(screen.getByRole('button', { name: 'Actions for Finance secrets' })).toHaveFocus();
      await user.tab();
      expect(document.activeElement?.closest('table')).toBeNull();
      // Back into the grid lands on the row last used.
      await user.tab({ shift: true });
      await user.tab({ shift: true });
      expect(second).toHaveFocus();
    });

    it('opens the row with Enter and with a double-click', async () => {
      const { user, onRowOpen } = renderGrid();
      await user.dblClick(screen.getByRole('cell', { name: 'Finance secrets' }));
      expect(onRowOpen).toHaveBeenLastCalledWith(threeConnections[1]);
      await user.keyboard('{ArrowDown}{Enter}');
      expect(onRowOpen).toHaveBeenLastCalledWith(threeConnections[2]);
      expect(onRowOpen).toHaveBeenCalledTimes(2);
    });

    it('opens the row’s menu with Shift+F10 and the context-menu key, and returns to the row on Escape', async () => {
      const { user, edit } = renderGrid();
      await user.click(screen.getByRole('cell', { name: 'Sales, EU' }));
      const row = dataRows()[2];
      await user.keyboard('{Shift>}{F10}{/Shift}');
      const menu = await screen.findByRole('menu', { name: 'Actions for Sales, EU' });
      expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Edit', 'Delete', 'Properties']);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
      expect(row).toHaveFocus();

      await user.keyboard('{ContextMenu}');
      await user.click(within(await screen.findByRole('menu', { name: 'Actions for Sales, EU' })).getByRole('menuitem', { name: 'Edit' }));
      expect(edit).toHaveBeenCalledWith('Sales, EU');
    });
  });

  it('opens the same menu from the row’s actions button and from a right-click', async () => {
    const { user, edit } = renderGrid();
    await user.click(screen.getByRole('button', { name: 'Actions for Finance secrets' }));
    await user.click(within(await screen.findByRole('menu', { name: 'Actions for Finance secrets' })).getByRole('menuitem', { name: 'Edit' }));
    expect(edit).toHaveBeenLastCalledWith('Finance secrets');

    await user.pointer({ keys: '[MouseRight]', target: screen.getByRole('cell', { name: 'Sales vault' }) });
    await user.click(within(await screen.findByRole('menu', { name: 'Actions for Sales vault' })).getByRole('menuitem', { name: 'Edit' }));
    expect(edit).toHaveBeenLastCalledWith('Sales vault');
  });

  it('shows a name with markup as text, never as HTML', () => {
    renderGrid({ rows: [connection(1, '<img src=x onerror=alert(1)>')] });
    expect(screen.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Actions for <img src=x onerror=alert(1)>' })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps a long name whole in the cell and its title, however it is cut on screen', () => {
    const long = `${'Finance '.repeat(30)}end`;
    renderGrid({ rows: [connection(1, long)] });
    const cell = screen.getByRole('cell', { name: long });
    expect(within(cell).getByTitle(long)).toHaveTextContent(long);
    expect(screen.getByRole('cell', { name: 'eu-west-1' }).querySelector('[title]')).toBeNull();
  });

  it('says it is loading, with the table busy', () => {
    renderGrid({ rows: undefined, loading: true });
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Loading vault connections…');
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(dataRows()).toEqual([]);
  });

  it('says when there is nothing yet, and keeps the search box usable', async () => {
    const { user } = renderGrid({ rows: [] });
    expect(screen.getByText('There are no vault connections yet.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('0 vault connections');
    await user.type(searchBox(), 'x');
    expect(searchBox()).toHaveValue('x');
    expect(screen.getByRole('button', { name: 'Export to CSV' })).toBeDisabled();
  });

  it('shows the error and Retry when the list could not load', async () => {
    const { user, onRetry } = renderGrid({ rows: undefined, error: new Error('The server is unavailable.') });
    expect(screen.getByText('Vault connections could not be loaded')).toBeVisible();
    expect(screen.getByText('The server is unavailable.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps the rows it has when a refresh fails, with a warning and Retry', async () => {
    const { user, onRetry } = renderGrid({ error: new Error('The server is unavailable.') });
    expect(rowNames()).toEqual(['Sales vault', 'Finance secrets', 'Sales, EU']);
    expect(screen.getByRole('alert')).toHaveTextContent('Vault connections could not be refreshed: The server is unavailable.');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
