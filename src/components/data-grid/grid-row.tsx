import MoreVertIcon from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { csvValueOf, type GridColumn } from './grid-column';
import type { MenuAnchor } from './row-actions-menu';

/** Characters from which a cell's text may be cut short on screen. */
const longText = 60;

interface Props<Row> {
  row: Row;
  /** The row's place among the rows shown (0-based). */
  index: number;
  columns: readonly GridColumn<Row>[];
  /** The one row in the Tab order. */
  tabStop: boolean;
  /** "Actions for Finance secrets": the actions button's name; no button without it. */
  actionsLabel: string | undefined;
  openable: boolean;
  measure: (element: HTMLTableRowElement | null) => void;
  onFocusRow: (index: number) => void;
  onKeyDown: (index: number, event: KeyboardEvent<HTMLTableRowElement>) => void;
  onOpen: (index: number) => void;
  onMenu: (index: number, anchor: MenuAnchor) => void;
}

/**
 * One row of the grid. Memoised: scrolling mounts the rows coming into view and leaves the others alone, which is
 * what keeps 10,000 rows smooth; every handler it gets is stable and takes the row's index.
 */
function GridRowUnmemoised<Row>({ row, index, columns, tabStop, actionsLabel, openable, measure, onFocusRow, onKeyDown, onOpen, onMenu }: Props<Row>) {
  return (
    <TableRow
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      hover
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => onFocusRow(index)}
      onDoubleClick={openable ? () => onOpen(index) : undefined}
      onKeyDown={(event) => onKeyDown(index, event)}
      onContextMenu={
        actionsLabel
          ? (event: MouseEvent<HTMLTableRowElement>) => {
              event.preventDefault();
              onMenu(index, { kind: 'pointer', top: event.clientY, left: event.clientX });
            }
          : undefined
      }
    >
      {columns.map((column) => {
        // Long values are cut at a few lines (the table styles the div); the whole of a long one is in its title.
        const text = csvValueOf(column, row);
        return (
          <TableCell key={column.id}>
            <div title={text.length > longText ? text : undefined}>{column.cell(row)}</div>
          </TableCell>
        );
      })}
      {actionsLabel && (
        <TableCell padding="none">
          <IconButton
            aria-label={actionsLabel}
            aria-haspopup="menu"
            size="small"
            tabIndex={tabStop ? 0 : -1}
            onClick={(event) => onMenu(index, { kind: 'element', element: event.currentTarget })}
          >
            <MoreVertIcon fontSize="small" />
          </IconButton>
        </TableCell>
      )}
    </TableRow>
  );
}

export const GridRow = memo(GridRowUnmemoised) as typeof GridRowUnmemoised;
