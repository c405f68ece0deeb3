import AddIcon from '@mui/icons-material/Add';
import Button, { type ButtonProps } from '@mui/material/Button';
import type { Ref } from 'react';

type Props = Omit<ButtonProps, 'startIcon' | 'onMouseEnter' | 'onFocus'> & {
  /** Fetches the dialog's code as soon as the pointer or the focus reaches the button, so it opens at once. */
  onPreload?: (() => void) | undefined;
  ref?: Ref<HTMLButtonElement>;
};

/** "Add New …": the button that opens a create dialog, with that dialog preloaded on approach. */
export function AddButton({ onPreload, ...props }: Props) {
  return <Button startIcon={<AddIcon />} onMouseEnter={onPreload} onFocus={onPreload} {...props} />;
}
