import { useCallback, useEffect, useRef, useState } from 'react';
import type { RowAction } from './row-actions-menu';

/** Which dialog a tab shows: Add, or Edit, Delete or Properties of one row. */
export type RowDialog<Row> = { kind: 'add' } | { kind: 'edit' | 'delete' | 'properties'; row: Row };

/**
 * The dialogs of a Data Sources tab, as Workstation opens them: Add from the toolbar, and Edit, Delete and
 * Properties from a row's menu. Closing gives focus back to the opener (MUI's dialog does that); after a delete
 * the row is gone, so Add takes the focus instead.
 */
export function useRowDialogs<Row>() {
  const [dialog, setDialog] = useState<RowDialog<Row> | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddOnClose = useRef(false);

  useEffect(() => {
    if (dialog === null && focusAddOnClose.current) {
      focusAddOnClose.current = false;
      addButton.current?.focus();
    }
  }, [dialog]);

  const close = useCallback(() => setDialog(null), []);
  const closeAfterDelete = useCallback(() => {
    focusAddOnClose.current = true;
    setDialog(null);
  }, []);
  const openAdd = useCallback(() => setDialog({ kind: 'add' }), []);
  const openEdit = useCallback((row: Row) => setDialog({ kind: 'edit', row }), []);
  const rowActions = useCallback(
    (row: Row): RowAction[] => [
      { label: 'Edit', onSelect: () => setDialog({ kind: 'edit', row }) },
      { label: 'Delete', onSelect: () => setDialog({ kind: 'delete', row }) },
      { label: 'Properties', onSelect: () => setDialog({ kind: 'properties', row }) },
    ],
    [],
  );
  return { dialog, addButton, openAdd, openEdit, rowActions, close, closeAfterDelete };
}
