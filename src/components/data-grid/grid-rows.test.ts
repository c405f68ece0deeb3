import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { GridColumn } from './grid-column';
import { filterRows, rowsToCsv, sortRows } from './grid-rows';

interface Login {
  name: string;
  modified: string;
  uses: number;
}

const logins: Login[] = [
  { name: 'Sales Oracle 10', modified: '2026-03-01T00:00:00.000+0000', uses: 2 },
  { name: 'finance Redshift 2', modified: '2025-01-01T00:00:00.000+0000', uses: 10 },
  { name: 'Finance Redshift 10', modified: '2026-01-01T00:00:00.000+0000', uses: 1 },
  { name: 'Érable', modified: '2024-01-01T00:00:00.000+0000', uses: 2 },
];
const names = (rows: readonly Login[]) => rows.map((row) => row.name);

const columns: GridColumn<Login>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name },
  // Shown as words, sorted by time.
  { id: 'modified', header: 'Date Modified', cell: (row) => `modified ${row.modified.slice(0, 4)}`, sortValue: (row) => row.modified },
  { id: 'uses', header: 'Uses', cell: (row) => row.uses },
  { id: 'badge', header: 'Badge', cell: (row) => createElement('span', { title: 'Uses' }, row.uses), csvValue: (row) => (row.uses > 1 ? 'shared' : '') },
];

describe('filterRows', () => {
  it('keeps the rows whose name holds the search, ignoring case and surrounding spaces', () => {
    expect(names(filterRows(logins, (row) => row.name, '  REDSHIFT '))).toEqual(['finance Redshift 2', 'Finance Redshift 10']);
  });

  it('keeps every row, the same list, for an empty or blank search', () => {
    expect(filterRows(logins, (row) => row.name, '   ')).toBe(logins);
  });

  it('finds nothing for a search no name holds, including markup', () => {
    expect(filterRows(logins, (row) => row.name, '<img src=x>')).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts names as people read them: ignoring case and accents, numbers by value', () => {
    const sorted = sortRows(logins, columns, { columnId: 'name', direction: 'ascending' });
    expect(names(sorted)).toEqual(['Érable', 'finance Redshift 2', 'Finance Redshift 10', 'Sales Oracle 10']);
  });

  it('reverses for descending', () => {
    const sorted = sortRows(logins, columns, { columnId: 'name', direction: 'descending' });
    expect(names(sorted)).toEqual(['Sales Oracle 10', 'Finance Redshift 10', 'finance Redshift 2', 'Érable']);
  });

  it('sorts by the column’s sort value rather than the words shown', () => {
    const sorted = sortRows(logins, columns, { columnId: 'modified', direction: 'descending' });
    expect(names(sorted)).toEqual(['Sales Oracle 10', 'Finance Redshift 10', 'finance Redshift 2', 'Érable']);
  });

  it('sorts numbers as numbers and keeps the server’s order between equal values, both ways', () => {
    expect(names(sortRows(logins, columns, { columnId: 'uses', direction: 'ascending' }))).toEqual([
      'Finance Redshift 10',
      'Sales Oracle 10',
      'Érable',
      'finance Redshift 2',
    ]);
    expect(names(sortRows(logins, columns, { columnId: 'uses', direction: 'descending' }))).toEqual([
      'finance Redshift 2',
      'Sales Oracle 10',
      'Érable',
      'Finance Redshift 10',
    ]);
  });

  it('keeps the server’s order without a sort or for a column it does not know', () => {
    expect(sortRows(logins, columns, null)).toBe(logins);
    expect(sortRows(logins, columns, { columnId: 'nope', direction: 'ascending' })).toBe(logins);
  });

  it('does not change the list it was given', () => {
    const copy = [...logins];
    sortRows(logins, columns, { columnId: 'name', direction: 'ascending' });
    expect(logins).toEqual(copy);
  });
});

describe('rowsToCsv', () => {
  it('writes every column under its header: the cell’s text, or its CSV value when the cell is not text', () => {
    const first = logins[0];
    if (!first) throw new Error('no rows');
    expect(rowsToCsv(columns, [first])).toBe('\uFEFFName,Date Modified,Uses,Badge\r\nSales Oracle 10,modified 2026,2,shared\r\n');
  });
});
