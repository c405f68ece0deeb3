import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent, ReactNode } from 'react';
import { ErrorPanel } from '../error-panel';

export interface GridColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  width?: number | string;
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
}

/** The grid both Data Sources tabs share: one component, a column set each. */
export function DataGrid<Row>({ label, columns, rows, getRowId, loading, error, onRetry, emptyMessage, onRowOpen }: Props<Row>) {
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
          </TableRow>
        </TableHead>
        <TableBody>
          {loading && !rows && (
            <TableRow>
              <TableCell colSpan={columns.length}>
                <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
                  <CircularProgress size={20} aria-hidden />
                  Loading {label.toLocaleLowerCase()}…
                </Box>
              </TableCell>
            </TableRow>
          )}
          {rows?.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length}>
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
              tabIndex={onRowOpen ? 0 : undefined}
              onDoubleClick={onRowOpen && (() => onRowOpen(row))}
              onKeyDown={onRowOpen && ((event: KeyboardEvent) => event.key === 'Enter' && onRowOpen(row))}
              sx={{ cursor: onRowOpen ? 'pointer' : undefined }}
            >
              {columns.map((column) => (
                <TableCell key={column.id} sx={{ overflowWrap: 'anywhere' }}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
