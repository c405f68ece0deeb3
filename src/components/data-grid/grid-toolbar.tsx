import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import OutlinedInput from '@mui/material/OutlinedInput';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** How the grid names its rows: "1 vault connection", "3 vault connections". */
export interface RowNoun {
  one: string;
  other: string;
}

interface Props {
  noun: RowNoun;
  search: string;
  onSearchChange: (search: string) => void;
  /** Rows shown after the search, and rows in all; undefined while the list loads. */
  shownCount: number | undefined;
  totalCount: number | undefined;
  filtering: boolean;
  onExport: () => void;
  children?: ReactNode;
}

const count = new Intl.NumberFormat();

export function rowCountText(noun: RowNoun, shown: number, total: number, filtering: boolean): string {
  const kind = total === 1 ? noun.one : noun.other;
  return filtering ? `${count.format(shown)} of ${count.format(total)} ${kind}` : `${count.format(total)} ${kind}`;
}

/** The row above the table: the screen's own actions, then the count, the search box and Export to CSV. */
export function GridToolbar({ noun, search, onSearchChange, shownCount, totalCount, filtering, onExport, children }: Props) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1, flexWrap: 'wrap' }}>
      {children}
      <Box sx={{ flexGrow: 1 }} />
      <Typography role="status" variant="body2" color="text.secondary">
        {shownCount !== undefined && totalCount !== undefined ? rowCountText(noun, shownCount, totalCount, filtering) : ''}
      </Typography>
      {/* OutlinedInput rather than TextField: the same look without TextField's Select and label machinery. */}
      <OutlinedInput
        type="search"
        size="small"
        placeholder="Search"
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
        sx={{ width: 260, maxWidth: '100%' }}
        slotProps={{ input: { 'aria-label': `Search ${noun.other}` } }}
        startAdornment={
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        }
      />
      <Button variant="outlined" startIcon={<FileDownloadOutlinedIcon />} onClick={onExport} disabled={!shownCount}>
        Export to CSV
      </Button>
    </Box>
  );
}
