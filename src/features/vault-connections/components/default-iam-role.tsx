import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { visuallyHidden } from '@/components/visually-hidden';

/**
 * Strategy's default IAM role, the principal the remote account's key policy and secret policy must allow.
 * The seed document sends users to Support for it; the environment endpoint gives it, so it is shown here.
 */
export function DefaultIamRole({ roleArn }: { roleArn: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(roleArn);
    setCopied(true);
  };
  return (
    <Box sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Typography variant="subtitle2" component="p" id="default-iam-role-label">
        Strategy AWS Default IAM Role
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography component="code" aria-labelledby="default-iam-role-label" sx={{ fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere' }}>
          {roleArn}
        </Typography>
        <Tooltip title={copied ? 'Copied' : 'Copy the role ARN'}>
          <IconButton aria-label="Copy the Default IAM Role ARN" onClick={copy} size="small">
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Typography variant="body2" color="text.secondary">
        Grant this role kms:Decrypt and kms:DescribeKey on the secret’s customer managed key, and
        secretsmanager:GetSecretValue in the secret’s resource policy.
      </Typography>
      <Typography variant="body2" role="status" sx={visuallyHidden}>
        {copied ? 'Role ARN copied.' : ''}
      </Typography>
    </Box>
  );
}
