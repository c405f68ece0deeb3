import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

export interface RowAction {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/** Where the menu opens: at the pointer for a right-click, under the row or button for the keyboard. */
export type MenuAnchor = { kind: 'pointer'; top: number; left: number } | { kind: 'element'; element: HTMLElement };

export interface RowActionsMenuProps {
  label: string;
  anchor: MenuAnchor | null;
  actions: readonly RowAction[];
  onClose: () => void;
}

/** Workstation's right-click menu on a row (Edit, Delete, Properties), the same from the keyboard. */
export function RowActionsMenu({ label, anchor, actions, onClose }: RowActionsMenuProps) {
  return (
    <Menu
      open={anchor !== null}
      onClose={onClose}
      // The name goes on the list that has role="menu", not on the popover around it.
      slotProps={{ list: { 'aria-label': label } }}
      anchorReference={anchor?.kind === 'pointer' ? 'anchorPosition' : 'anchorEl'}
      anchorPosition={anchor?.kind === 'pointer' ? { top: anchor.top, left: anchor.left } : undefined}
      anchorEl={anchor?.kind === 'element' ? anchor.element : null}
    >
      {actions.map((action) => (
        <MenuItem
          key={action.label}
          disabled={action.disabled}
          onClick={() => {
            onClose();
            action.onSelect();
          }}
        >
          {action.label}
        </MenuItem>
      ))}
    </Menu>
  );
}
