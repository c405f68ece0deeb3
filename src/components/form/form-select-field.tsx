import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

export interface SelectOption {
  value: string;
  label: string;
  /** Why the option cannot be chosen, shown with it; the option is disabled when set. */
  unavailableReason?: string;
}

type Props<T extends FieldValues, Out> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error' | 'select'> & {
  control: Control<T, unknown, Out>;
  name: Path<T>;
  options: readonly SelectOption[];
};

/** A drop-down list bound to react-hook-form. */
export function FormSelectField<T extends FieldValues, Out = T>({ control, name, options, helperText, ...props }: Props<T, Out>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, ...field }, fieldState: { error } }) => (
        <TextField
          select
          fullWidth
          margin="dense"
          {...props}
          {...field}
          inputRef={ref}
          error={error !== undefined}
          helperText={error?.message ?? helperText}
        >
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value} disabled={option.unavailableReason !== undefined}>
              {option.unavailableReason ? `${option.label} (${option.unavailableReason})` : option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
