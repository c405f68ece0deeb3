import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { lazyWithPreload, preloadWhenIdle } from '@/lib/lazy-with-preload';
import { ErrorPanel } from '../error-panel';
import { visuallyHidden } from '../visually-hidden';
import { downloadFile } from './download-file';
import type { GridColumn } from './grid-column';
import { GridRow } from './grid-row';
import { filterRows, rowsToCsv, sortRows, type GridSort } from './grid-rows';
import { GridToolbar, type RowNoun } from './grid-toolbar';
import type { MenuAnchor, RowAction, RowActionsMenuProps } from './row-actions-menu';
import { useFillHeight } from './use-fill-height';
import { rowHeightEstimate, useRowVirtualizer } from './use-row-virtualizer';

// The row menu (MUI's Menu, Popover, Modal, focus trap) is needed only once a menu opens: it comes in its own
// chunk, fetched when the browser is idle, so the first screen does not wait for it.
const RowActionsMenu = lazyWithPreload<RowActionsMenuProps>(() => import('./row-actions-menu').then((module) => ({ default: module.RowActionsMenu })));

export type { GridColumn } from './grid-column';
export type { RowNoun } from './grid-toolbar';

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
  /** The file name of the CSV export of the rows shown, e.g. "vault-connections.csv"; by default the label's. */
  exportFileName?: string;
  /** How the count and the search box name the rows; by default the label in lower case ("vault connections"). */
  noun?: RowNoun;
  /** Shown at the left of the grid's toolbar, before the count, the search box and Export to CSV. */
  toolbar?: ReactNode;
}


function defaultNoun(label: string): RowNoun {
  const other = label.toLocaleLowerCase();
  return { one: other.replace(/s$/, ''), other };
}

/**
 * The grid both Data Sources tabs share: one component, a column set each. It renders only the rows in view (the
 * large scenario holds 10,000 logins), sorts by any column, filters by name as you type, exports the rows shown to
 * CSV, and is driven from the keyboard: Tab into the rows, arrows, Home/End, Page Up/Down, Enter opens, Shift+F10
 * or the menu key opens the row's menu.
 */
export function DataGrid<Row>({
  label,
  columns,
  rows,
  getRowId,
  loading,
  error,
  onRetry,
  emptyMessage,
  onRowOpen,
  rowActions,
  rowName,
  exportFileName,
  noun = defaultNoun(label),
  toolbar,
}: Props<Row>) {
  const [menu, setMenu] = useState<{ row: Row; anchor: MenuAnchor } | null>(null);
  const hasRowActions = rowActions !== undefined;
  useEffect(() => (hasRowActions ? preloadWhenIdle(RowActionsMenu) : undefined), [hasRowActions]);
  const [sort, setSort] = useState<GridSort | null>(null);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [head, setHead] = useState<HTMLTableSectionElement | null>(null);
  const fillHeight = useFillHeight(scrollElement, 24);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const sorted = useMemo(() => sortRows(rows ?? [], columns, sort), [rows, columns, sort]);
  const shown = useMemo(() => filterRows(sorted, rowName, deferredSearch), [sorted, rowName, deferredSearch]);
  const virtualizer = useRowVirtualizer({
    count: shown.length,
    getRowKey: (index) => {
      const row = shown[index];
      return row === undefined ? String(index) : getRowId(row);
    },
    scrollElement,
    head,
  });
  const items = virtualizer.getVirtualItems();
  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  const spaceAbove = firstItem ? firstItem.start - virtualizer.options.paddingStart : 0;
  const spaceBelow = lastItem ? virtualizer.getTotalSize() - lastItem.end : 0;

  // One row is in the Tab order (a roving tab stop): the last one focused, or the first in view when it has
  // scrolled out of the DOM.
  const active = Math.min(activeIndex, Math.max(shown.length - 1, 0));
  const tabStop = items.some((item) => item.index === active) ? active : (firstItem?.index ?? 0);

  // A row moved to from the keyboard may render only after the scroll it asked for; focus it once it is there.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const columnCount = columns.length + (rowActions ? 1 : 0);
  // Stable while the rows and the screen's props stay the same, so that scrolling re-renders no row already shown.
  const openMenu = useCallback(
    (index: number, anchor: MenuAnchor) => {
      const row = shown[index];
      if (rowActions && row !== undefined) setMenu({ row, anchor });
    },
    [shown, rowActions],
  );
  const openRow = useCallback(
    (index: number) => {
      const row = shown[index];
      if (onRowOpen && row !== undefined) onRowOpen(row);
    },
    [shown, onRowOpen],
  );
  const onRowKeyDown = useCallback(
    (index: number, event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.target !== event.currentTarget) return;
      const rowsPerPage = Math.max(1, Math.floor((virtualizer.scrollRect?.height ?? 0) / rowHeightEstimate) - 1);
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        Home: 0,
        End: shown.length - 1,
        PageDown: index + rowsPerPage,
        PageUp: index - rowsPerPage,
      };
      const move = moves[event.key];
      if (move !== undefined) {
        event.preventDefault();
        const target = Math.max(0, Math.min(move, shown.length - 1));
        setActiveIndex(target);
        pendingFocus.current = target;
        virtualizer.scrollToIndex(target, { align: 'auto' });
      } else if (event.key === 'Enter') {
        openRow(index);
      } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        event.preventDefault();
        openMenu(index, { kind: 'element', element: event.currentTarget });
      }
    },
    [shown.length, virtualizer, openRow, openMenu],
  );
  // A new order or a new search starts from the top of the list, as in Workstation, rather than somewhere in it.
  const backToTop = () => {
    virtualizer.scrollToOffset(0);
    setActiveIndex(0);
  };
  const toggleSort = (columnId: string) => {
    backToTop();
    setSort((current) => ({
      columnId,
      direction: current?.columnId === columnId && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  };
  const changeSearch = (value: string) => {
    backToTop();
    setSearch(value);
  };
  const exportShown = () =>
    downloadFile(exportFileName ?? `${noun.other.replace(/\s+/g, '-')}.csv`, rowsToCsv(columns, shown), 'text/csv;charset=utf-8');

  if (error && !rows) return <ErrorPanel title={`${label} could not be loaded`} error={error} onRetry={onRetry} />;

  const filtering = deferredSearch.trim() !== '';
  let message: ReactNode = null;
  if (!rows && loading) {
    message = (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1 }}>
        <CircularProgress size={20} aria-hidden />
        Loading {noun.other}…
      </Box>
    );
  } else if (rows?.length === 0) {
    message = emptyMessage;
  } else if (rows && shown.length === 0) {
    message = `No ${noun.other} match “${deferredSearch.trim()}”.`;
  }

  return (
    <Box>
      <GridToolbar
        noun={noun}
        search={search}
        onSearchChange={changeSearch}
        shownCount={rows && shown.length}
        totalCount={rows?.length}
        filtering={filtering}
        onExport={exportShown}
      >
        {toolbar}
      </GridToolbar>
      {error !== null && error !== undefined && rows && (
        <Alert
          severity="warning"
          sx={{ mb: 1, py: 0 }}
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          }
        >
          {label} could not be refreshed: {error instanceof Error ? error.message : 'something went wrong'}. The list
          shown is the last one loaded.
        </Alert>
      )}
      <Box
        ref={setScrollElement}
        sx={{
          // The grid fills the window below the screen's title, tabs and toolbars, and scrolls inside itself.
          height: fillHeight ?? 'calc(100vh - 296px)',
          minHeight: 240,
          overflow: 'auto',
          overscrollBehavior: 'contain',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
        }}
      >
        <Table
          size="small"
          stickyHeader
          aria-label={label}
          aria-busy={loading}
          aria-rowcount={shown.length + 1}
          sx={{
            tableLayout: 'fixed',
            // Below this the table scrolls sideways rather than squeezing each column to a few letters.
            minWidth: columns.length * 120 + (rowActions ? 56 : 0),
            // Row styles live here, once, rather than on each of the rows rendered as the grid scrolls.
            '& tbody td': { overflowWrap: 'anywhere' },
            '& tbody td > div': { display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: '4', overflow: 'hidden' },
            '& tbody td.MuiTableCell-paddingNone': { textAlign: 'center' },
            '& tbody tr[tabindex]': { cursor: onRowOpen ? 'pointer' : 'default' },
            '& tbody tr:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: -2 },
          }}
        >
          <TableHead ref={setHead}>
            <TableRow aria-rowindex={1}>
              {columns.map((column) => {
                const sorted = sort?.columnId === column.id ? sort.direction : undefined;
                return (
                  <TableCell
                    key={column.id}
                    aria-sort={sorted}
                    sortDirection={sorted === 'ascending' ? 'asc' : sorted === 'descending' ? 'desc' : false}
                    sx={{ fontWeight: 600, width: column.width, pr: 3, overflowWrap: 'break-word', verticalAlign: 'bottom' }}
                  >
                    <TableSortLabel
                      // The arrow sits in the cell's right padding, so a header's words get the column's full width.
                      sx={{ position: 'relative', '& .MuiTableSortLabel-icon': { position: 'absolute', right: -20, mx: 0 } }}
                      active={sorted !== undefined}
                      direction={sorted === 'descending' ? 'desc' : 'asc'}
                      onClick={() => toggleSort(column.id)}
                    >
                      {column.header}
                    </TableSortLabel>
                  </TableCell>
                );
              })}
              {rowActions && (
                <TableCell sx={{ width: 56 }}>
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody ref={bodyRef}>
            {spaceAbove > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: spaceAbove, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown[item.index];
              if (row === undefined) return null;
              return (
                <GridRow
                  key={item.key}
                  row={row}
                  index={item.index}
                  columns={columns}
                  tabStop={item.index === tabStop}
                  actionsLabel={rowActions ? `Actions for ${rowName(row)}` : undefined}
                  openable={onRowOpen !== undefined}
                  measure={virtualizer.measureElement}
                  onFocusRow={setActiveIndex}
                  onKeyDown={onRowKeyDown}
                  onOpen={openRow}
                  onMenu={openMenu}
                />
              );
            })}
            {spaceBelow > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: spaceBelow, padding: 0, border: 0 }} />
              </tr>
            )}
          </TableBody>
        </Table>
        {message && (
          <Typography component="div" color="text.secondary" sx={{ py: 4, px: 2, textAlign: 'center' }}>
            {message}
          </Typography>
        )}
      </Box>
      {rowActions && menu && (
        <Suspense fallback={null}>
          <RowActionsMenu
            label={`Actions for ${rowName(menu.row)}`}
            anchor={menu.anchor}
            actions={rowActions(menu.row)}
            onClose={() => setMenu(null)}
          />
        </Suspense>
      )}
    </Box>
  );
}
