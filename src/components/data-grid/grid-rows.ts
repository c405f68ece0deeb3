import { csvDocument } from './csv';
import { csvValueOf, sortValueOf, type GridColumn } from './grid-column';

export type SortDirection = 'ascending' | 'descending';
export interface GridSort {
  columnId: string;
  direction: SortDirection;
}

/** The rows whose name holds the search text, ignoring case and the spaces around it; all rows for an empty search. */
export function filterRows<Row>(rows: readonly Row[], rowName: (row: Row) => string, search: string): readonly Row[] {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => rowName(row).toLocaleLowerCase().includes(needle));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the column's order; rows that compare equal keep the order they came in (the server's). Each sort
 * value is read once, not once per comparison: with 10,000 rows that is the difference between 10^4 and 10^5 calls.
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly GridColumn<Row>[], sort: GridSort | null): readonly Row[] {
  const column = sort && columns.find((candidate) => candidate.id === sort.columnId);
  if (!sort || !column) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValueOf(column, row) }))
    .sort((a, b) => sign * compareValues(a.value, b.value) || a.index - b.index)
    .map(({ row }) => row);
}

/** The CSV file of the rows as shown: every column, its header first. */
export function rowsToCsv<Row>(columns: readonly GridColumn<Row>[], rows: readonly Row[]): string {
  return csvDocument(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => csvValueOf(column, row))),
  );
}
