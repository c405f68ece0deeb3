import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface Props<T extends FieldValues, Out> {
  control: Control<T, unknown, Out>;
  name: Path<T>;
  label: string;
  required?: boolean;
  helperText?: string;
}

/**
 * A write-only password: type="password", autocomplete="new-password" (so no browser fills in a saved one), and
 * a show/hide button that reveals only what is being typed. A stored password is never sent to the browser, so
 * an edited login's field starts empty and there is nothing to reveal until something is typed.
 */
export function PasswordField<T extends FieldValues, Out = T>({ control, name, label, required, helperText }: Props<T, Out>) {
  const [shown, setShown] = useState(false);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, value, onChange, ...field }, fieldState: { error } }) => {
        const typed = typeof value === 'string' && value !== '';
        const revealed = shown && typed;
        return (
          <TextField
            fullWidth
            margin="dense"
            label={label}
            required={required}
            {...field}
            value={value}
            onChange={(event) => {
              // Emptied: what comes next is typed hidden again.
              if (event.target.value === '') setShown(false);
              onChange(event);
            }}
            inputRef={ref}
            type={revealed ? 'text' : 'password'}
            autoComplete="new-password"
            error={error !== undefined}
            helperText={error?.message ?? helperText}
            slotProps={{
              htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={revealed ? 'Hide password' : 'Show password'}
                      aria-pressed={revealed}
                      disabled={!typed}
                      edge="end"
                      onClick={() => setShown((current) => !current)}
                      // Keeps the caret in the field when the button is clicked with a mouse.
                      onMouseDown={(event) => event.preventDefault()}
                    >
                      {revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
        );
      }}
    />
  );
}
