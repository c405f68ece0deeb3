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
const secretNameCharacters = /^[A-Za-z0-9/_+=.@-]$/;
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
    return fail(
      `This ARN is incomplete: it has ${parts.length} parts, and a secret’s ARN has 7, separated by colons: ` +
        'arn:aws:secretsmanager:REGION:ACCOUNT-ID:secret:NAME.',
    );
  }
  if (parts.length > 7) {
    return fail('The ARN must end with the secret’s name, and a name cannot contain a colon (“:”). Remove what follows it.');
  }
  const [, partition = '', service = '', region = '', accountId = '', resourceType = '', secretName = ''] = parts;
  if (!awsPartitions.includes(partition)) {
    return fail(
      partition === ''
        ? 'The ARN has no partition: after “arn:” comes aws (or aws-cn, aws-us-gov).'
        : `After “arn:” comes the AWS partition, such as aws (or aws-cn, aws-us-gov); this ARN has “${partition}”.`,
    );
  }
  if (service !== 'secretsmanager') {
    return fail(
      service === ''
        ? 'The ARN has no service: a secret’s ARN has “secretsmanager” after the partition.'
        : `This is an ARN of the “${service}” service, not of a secret: a secret’s ARN has “secretsmanager” after the partition.`,
    );
  }
  if (region === '') return fail('The ARN has no region: after “secretsmanager:” comes the secret’s region, such as us-west-2.');
  if (!regionFormat.test(region)) {
    return fail(`“${region}” is not written as a region: a region is lower-case letters and a number, such as us-west-2.`);
  }
  const knownRegion = findRegion(region);
  if (!knownRegion) return fail(`${region} is not an AWS region.`);
  if (knownRegion.partition !== partition) {
    return fail(`${region} is in the ${knownRegion.partition} partition, so the ARN starts with “arn:${knownRegion.partition}:”, not “arn:${partition}:”.`);
  }
  if (accountId === '') return fail('The ARN has no account ID: after the region comes the 12-digit AWS account ID.');
  if (!accountIdFormat.test(accountId)) return fail(`An AWS account ID is 12 digits; this ARN has “${accountId}”.`);
  if (resourceType !== 'secret') {
    return fail(
      resourceType === ''
        ? 'The ARN has no “secret” after the account ID.'
        : `After the account ID comes “secret”; this ARN has “${resourceType}”, so it names something else.`,
    );
  }
  if (secretName === '') return fail('The ARN ends before the secret’s name.');
  if (secretName.length > 512) return fail(`A secret’s name is at most 512 characters; this one has ${secretName.length}.`);
  const badCharacter = [...secretName].find((character) => !secretNameCharacters.test(character));
  if (badCharacter !== undefined) {
    const shown = badCharacter === ' ' ? 'a space' : /\s/.test(badCharacter) ? 'a tab or line break' : `“${badCharacter}”`;
    return fail(`A secret’s name may contain only letters, digits and / _ + = . @ - (this one has ${shown}).`);
  }
  return {
    ok: true,
    arn: { partition, region, accountId, secretName, hasRandomSuffix: randomSuffix.test(secretName) },
  };
}
