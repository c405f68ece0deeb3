import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, Out> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'> & {
  control: Control<T, unknown, Out>;
  name: Path<T>;
};

/** A MUI text field bound to react-hook-form: its error shows on the field (aria-invalid, helper text). */
export function FormTextField<T extends FieldValues, Out = T>({ control, name, helperText, ...props }: Props<T, Out>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, ...field }, fieldState: { error } }) => (
        <TextField
          fullWidth
          margin="dense"
          {...props}
          {...field}
          inputRef={ref}
          error={error !== undefined}
          helperText={error?.message ?? helperText}
        />
      )}
    />
  );
}
