import { awsPartitions, findRegion, regionFormat } from './regions';

export interface SecretArn {
  partition: string;
  region: string;
  accountId: string;
  secretName: string;
  /** AWS appends "-" and 6 random characters to every secret's name; a name without them is a bare name. */
  hasRandomSuffix: boolean;
}

export type SecretArnResult = { ok: true; arn: SecretArn } | { ok: false; message: string };

export const secretArnExample = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
const secretNameCharacters = /^[A-Za-z0-9/_+=.@-]+$/;
const randomSuffix = /-[A-Za-z0-9]{6}$/;
export const accountIdFormat = /^\d{12}$/;

/**
 * Checks a Secret Name typed for AWS Secrets Manager, which must be the secret's full ARN (a secret in another
 * account can be named no other way). Each rule broken has its own message, in the order a reader scans an ARN.
 */
export function parseSecretArn(input: string): SecretArnResult {
  const value = input.trim();
  const fail = (message: string): SecretArnResult => ({ ok: false, message });
  if (value === '') return fail('Enter the Secret Name: the secret’s full ARN.');
  if (!value.startsWith('arn:')) {
    return fail(`Type the secret’s full ARN, starting with “arn:”, such as ${secretArnExample}.`);
  }
  const parts = value.split(':');
  if (parts.length < 7) {
    return fail('This ARN is incomplete: it needs arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.');
  }
  if (parts.length > 7) return fail('A secret’s name cannot contain “:”.');
  const [, partition = '', service = '', region = '', accountId = '', resourceType = '', secretName = ''] = parts;
  if (!awsPartitions.includes(partition)) {
    return fail(`“${partition}” is not an AWS partition (aws, aws-cn, aws-us-gov, …).`);
  }
  if (service !== 'secretsmanager') {
    return fail(`This is an ARN of the “${service}” service; a secret’s ARN has “secretsmanager” there.`);
  }
  if (!regionFormat.test(region)) return fail(`“${region}” is not a region code such as us-west-2.`);
  const knownRegion = findRegion(region);
  if (!knownRegion) return fail(`${region} is not an AWS region.`);
  if (knownRegion.partition !== partition) {
    return fail(`${region} belongs to the ${knownRegion.partition} partition, not ${partition}.`);
  }
  if (!accountIdFormat.test(accountId)) return fail(`The account ID must be 12 digits; this ARN has “${accountId}”.`);
  if (resourceType !== 'secret') return fail(`After the account comes “secret:”; this ARN has “${resourceType}:”.`);
  if (secretName === '') return fail('The ARN ends before the secret’s name.');
  if (secretName.length > 512) return fail('A secret’s name is at most 512 characters.');
  if (!secretNameCharacters.test(secretName)) {
    return fail('A secret’s name may hold only letters, digits and / _ + = . @ -');
  }
  return {
    ok: true,
    arn: { partition, region, accountId, secretName, hasRandomSuffix: randomSuffix.test(secretName) },
  };
}
