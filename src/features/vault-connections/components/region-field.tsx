import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { awsRegions, describeRegion, findRegion, type AwsRegion } from '@/api/aws/regions';
import type { VaultConnectionFormValues } from '../vault-connection-form';

// Typing "oregon" or "us-we" both find us-west-2.
const filterRegions = createFilterOptions<AwsRegion>({ stringify: describeRegion });

/** Region: typed, with every AWS region of every partition suggested as the user types. */
export function RegionField<Out>({ control }: { control: Control<VaultConnectionFormValues, unknown, Out> }) {
  const [suggesting, setSuggesting] = useState(false);
  return (
    <Controller
      control={control}
      name="region"
      render={({ field, fieldState: { error } }) => {
        const known = findRegion(field.value);
        return (
        <Autocomplete<AwsRegion, false, false, true>
          freeSolo
          autoHighlight
          open={suggesting}
          onOpen={() => setSuggesting(true)}
          onClose={() => setSuggesting(false)}
          // While suggestions are open, Enter chooses one; it must not also submit the dialog.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && suggesting) event.preventDefault();
          }}
          options={awsRegions}
          filterOptions={filterRegions}
          getOptionLabel={(option) => (typeof option === 'string' ? option : option.code)}
          renderOption={({ key, ...props }, option) => (
            <li key={key} {...props}>
              {describeRegion(option)}
            </li>
          )}
          inputValue={field.value}
          onInputChange={(_event, value) => field.onChange(value)}
          value={known ?? null}
          onChange={(_event, option) => field.onChange(typeof option === 'string' ? option : (option?.code ?? ''))}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField
              {...params}
              inputRef={field.ref}
              name={field.name}
              label="Region"
              required
              margin="dense"
              error={error !== undefined}
              helperText={error?.message ?? (known ? describeRegion(known) : 'The AWS region where the secrets are stored, e.g. us-west-2.')}
            />
          )}
        />
        );
      }}
    />
  );
}
