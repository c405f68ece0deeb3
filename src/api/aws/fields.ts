import { z } from 'zod';
import { accountIdFormat, parseSecretArn } from './secret-arn';
import { findRegion, regionFormat } from './regions';

export const regionSchema = z
  .string({ error: 'Enter the AWS region.' })
  .trim()
  .min(1, { error: 'Enter the AWS region.', abort: true })
  .regex(regionFormat, { error: 'Type a region code such as us-west-2.', abort: true })
  .refine((code) => findRegion(code) !== undefined, { error: (issue) => `${String(issue.input)} is not an AWS region.` });

export const accountIdSchema = z
  .string()
  .trim()
  .regex(accountIdFormat, 'An AWS account ID is 12 digits.');

export const accessKeyIdSchema = z
  .string({ error: 'Enter the Access Key ID.' })
  .trim()
  .min(1, { error: 'Enter the Access Key ID.', abort: true })
  .regex(/^(AKIA|ASIA)/, { error: 'An Access Key ID starts with AKIA (or ASIA for temporary keys).', abort: true })
  .regex(/^[A-Z0-9]{20}$/, 'An Access Key ID is 20 upper-case letters and digits.');

export const secretAccessKeySchema = z
  .string({ error: 'Enter the Secret Access Key.' })
  .min(1, { error: 'Enter the Secret Access Key.', abort: true })
  .regex(/^[A-Za-z0-9/+]{40}$/, 'A Secret Access Key is 40 letters, digits, / and +.');

export const roleArnSchema = z.string().regex(/^arn:[a-z-]+:iam::\d{12}:role\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/, 'Not an IAM role ARN.');

export const secretArnSchema = z
  .string({ error: 'Enter the Secret Name: the secret’s full ARN.' })
  .trim()
  .superRefine((value, ctx) => {
    const result = parseSecretArn(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  });
