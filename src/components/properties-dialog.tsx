import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface Property {
  label: string;
  value: ReactNode;
}

interface Props {
  title: string;
  properties: readonly Property[];
  /** "Used by": the objects that depend on this one, or a message while they load. */
  dependents: { heading: string; content: ReactNode };
  onClose: () => void;
}

/** Workstation's Properties: ID, owner, dates and the object's dependents, read-only. */
export function PropertiesDialog({ title, properties, dependents, onClose }: Props) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px', margin: 0 }}>
          {properties.map((property) => (
            <div key={property.label} style={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {property.label}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {property.value}
              </Typography>
            </div>
          ))}
        </dl>
        <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
          {dependents.heading}
        </Typography>
        {dependents.content}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
