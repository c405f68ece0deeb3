import type { ReactNode } from 'react';

export interface GridColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  width?: number | string;
  /**
   * The value the column sorts by. Without one the column sorts by its cell's text when the cell renders a string
   * or a number (give dates their ISO value here, so they sort by time rather than by the words shown).
   */
  sortValue?: (row: Row) => string | number;
  /**
   * The cell as plain text in a CSV export. Without one the export writes the cell's text when the cell renders a
   * string or a number, and an empty field otherwise (give one for any cell that renders an element).
   */
  csvValue?: (row: Row) => string;
}

/** What a cell shows as text, when it renders plain text. */
function plainText(node: ReactNode): string {
  return typeof node === 'string' || typeof node === 'number' ? String(node) : '';
}

export function sortValueOf<Row>(column: GridColumn<Row>, row: Row): string | number {
  return column.sortValue ? column.sortValue(row) : plainText(column.cell(row));
}

export function csvValueOf<Row>(column: GridColumn<Row>, row: Row): string {
  return column.csvValue ? column.csvValue(row) : plainText(column.cell(row));
}
