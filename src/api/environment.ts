import { z } from 'zod';

export const environmentSchema = z.object({
  name: z.string(),
  /** Managed Cloud Enterprise: only there can vault connections use Strategy's Default IAM Role. */
  managedCloudEnterprise: z.boolean(),
  /** The role a remote AWS account must trust; null outside MCE. */
  defaultIamRoleArn: z.string().nullable(),
});
export type Environment = z.infer<typeof environmentSchema>;
