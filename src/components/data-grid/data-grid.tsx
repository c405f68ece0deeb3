import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { ErrorPanel } from '../error-panel';
import { RowActionsMenu, type MenuAnchor, type RowAction } from './row-actions-menu';

export interface GridColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  width?: number | string;
  /** The value the column sorts by; a column without one does not sort. */
  sortValue?: (row: Row) => string | number;
  /** The cell as plain text in a CSV export; a column without one is left out of the export. */
  csvValue?: (row: Row) => string;
}

interface Props<Row> {
  /** The table's accessible name, e.g. "Vault connections". */
  label: string;
  columns: readonly GridColumn<Row>[];
  rows: readonly Row[] | undefined;
  getRowId: (row: Row) => string;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Said when the list is empty; the screen keeps its Add button beside it. */
  emptyMessage: string;
  /** Double-click (or Enter) on a row: Workstation opens the object for editing. */
  onRowOpen?: (row: Row) => void;
  /** The row's menu (Edit, Delete, Properties): right-click, the row's actions button, Shift+F10 or the menu key. */
  rowActions?: (row: Row) => readonly RowAction[];
  /** How a row is named to assistive technology ("Actions for Finance secrets"); the search box filters by it. */
  rowName: (row: Row) => string;
  /** The file name of the CSV export of the rows shown, e.g. "vault-connections.csv". */
  exportFileName?: string;
}

/** The grid both Data Sources tabs share: one component, a column set each. */
export function DataGrid<Row>({ label, columns, rows, getRowId, loading, error, onRetry, emptyMessage, onRowOpen, rowActions, rowName }: Props<Row>) {
  const [menu, setMenu] = useState<{ row: Row; anchor: MenuAnchor } | null>(null);
  const columnCount = columns.length + (rowActions ? 1 : 0);
  const openMenu = (row: Row, anchor: MenuAnchor) => rowActions && setMenu({ row, anchor });
  const onRowKeyDown = (row: Row) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' && onRowOpen) onRowOpen(row);
    if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      event.preventDefault();
      openMenu(row, { kind: 'element', element: event.currentTarget });
    }
  };
  const onRowContextMenu = (row: Row) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (!rowActions) return;
    event.preventDefault();
    openMenu(row, { kind: 'pointer', top: event.clientY, left: event.clientX });
  };
  if (error && !rows) return <ErrorPanel title={`${label} could not be loaded`} error={error} onRetry={onRetry} />;
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Table size="small" aria-label={label} aria-busy={loading}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.id} sx={{ fontWeight: 600, width: column.width }}>
                {column.header}
              </TableCell>
            ))}
            {rowActions && (
              <TableCell sx={{ width: 56 }}>
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Actions</span>
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {loading && !rows && (
            <TableRow>
              <TableCell colSpan={columnCount}>
                <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
                  <CircularProgress size={20} aria-hidden />
                  Loading {label.toLocaleLowerCase()}…
                </Box>
              </TableCell>
            </TableRow>
          )}
          {rows?.length === 0 && (
            <TableRow>
              <TableCell colSpan={columnCount}>
                <Typography sx={{ py: 3, textAlign: 'center' }} color="text.secondary">
                  {emptyMessage}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {rows?.map((row) => (
            <TableRow
              key={getRowId(row)}
              hover
              tabIndex={onRowOpen || rowActions ? 0 : undefined}
              onDoubleClick={onRowOpen && (() => onRowOpen(row))}
              onKeyDown={onRowKeyDown(row)}
              onContextMenu={onRowContextMenu(row)}
              sx={{ cursor: onRowOpen ? 'pointer' : undefined }}
            >
              {columns.map((column) => (
                <TableCell key={column.id} sx={{ overflowWrap: 'anywhere' }}>
                  {column.cell(row)}
                </TableCell>
              ))}
              {rowActions && (
                <TableCell padding="none">
                  <IconButton
                    aria-label={`Actions for ${rowName(row)}`}
                    aria-haspopup="menu"
                    size="small"
                    onClick={(event) => openMenu(row, { kind: 'element', element: event.currentTarget })}
                  >
                    <MoreVertIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rowActions && (
        <RowActionsMenu
          label={menu ? `Actions for ${rowName(menu.row)}` : 'Actions'}
          anchor={menu?.anchor ?? null}
          actions={menu ? rowActions(menu.row) : []}
          onClose={() => setMenu(null)}
        />
      )}
    </TableContainer>
  );
}
