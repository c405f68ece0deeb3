import { describe, expect, it } from 'vitest';
import { parseSecretArn, secretArnExample } from './secret-arn';

const seedArn = 'arn:aws:secretsmanager:us-west-2:448049832177:secret:mstr-secret-test-5m93MF';
/** A well-formed ARN with one part replaced. */
const arn = ({
  partition = 'aws',
  service = 'secretsmanager',
  region = 'us-west-2',
  account = '448049832177',
  resource = 'secret',
  name = 'mstr-secret-test-5m93MF',
} = {}) => `arn:${partition}:${service}:${region}:${account}:${resource}:${name}`;

describe('parseSecretArn', () => {
  it('uses the seed document’s secret as its example', () => {
    expect(secretArnExample).toBe(seedArn);
  });

  it.each([
    { rule: 'empty', input: '', message: 'Enter the Secret Name: the secret’s full ARN.' },
    { rule: 'only spaces', input: '   ', message: 'Enter the Secret Name: the secret’s full ARN.' },
    {
      rule: 'not an ARN (a bare secret name)',
      input: 'mstr-secret-test',
      message: `Type the secret’s full ARN, starting with “arn:”, such as ${seedArn}.`,
    },
    {
      rule: 'not an ARN (capital ARN:)',
      input: seedArn.replace('arn:', 'ARN:'),
      message: `Type the secret’s full ARN, starting with “arn:”, such as ${seedArn}.`,
    },
    {
      rule: 'too few parts (“secret:” left out)',
      input: 'arn:aws:secretsmanager:us-west-2:448049832177:mstr-secret-test',
      message:
        'This ARN is incomplete: it has 6 parts, and a secret’s ARN has 7, separated by colons: arn:aws:secretsmanager:REGION:ACCOUNT-ID:secret:NAME.',
    },
    {
      rule: 'only the start of an ARN',
      input: 'arn:aws:secretsmanager',
      message:
        'This ARN is incomplete: it has 3 parts, and a secret’s ARN has 7, separated by colons: arn:aws:secretsmanager:REGION:ACCOUNT-ID:secret:NAME.',
    },
    {
      rule: 'a colon in the name',
      input: arn({ name: 'db:prod' }),
      message: 'The ARN must end with the secret’s name, and a name cannot contain a colon (“:”). Remove what follows it.',
    },
    {
      rule: 'a secret reference with a JSON key after the name',
      input: `${seedArn}:SecretString:password::`,
      message: 'The ARN must end with the secret’s name, and a name cannot contain a colon (“:”). Remove what follows it.',
    },
    {
      rule: 'unknown partition',
      input: arn({ partition: 'azure' }),
      message: 'After “arn:” comes the AWS partition, such as aws (or aws-cn, aws-us-gov); this ARN has “azure”.',
    },
    {
      rule: 'partition in capitals',
      input: arn({ partition: 'AWS' }),
      message: 'After “arn:” comes the AWS partition, such as aws (or aws-cn, aws-us-gov); this ARN has “AWS”.',
    },
    {
      rule: 'partition left out',
      input: arn({ partition: '' }),
      message: 'The ARN has no partition: after “arn:” comes aws (or aws-cn, aws-us-gov).',
    },
    {
      rule: 'service s3',
      input: arn({ service: 's3' }),
      message: 'This is an ARN of the “s3” service, not of a secret: a secret’s ARN has “secretsmanager” after the partition.',
    },
    {
      rule: 'service ssm (a parameter)',
      input: arn({ service: 'ssm', resource: 'parameter' }),
      message: 'This is an ARN of the “ssm” service, not of a secret: a secret’s ARN has “secretsmanager” after the partition.',
    },
    {
      rule: 'service misspelt (secrets-manager)',
      input: arn({ service: 'secrets-manager' }),
      message:
        'This is an ARN of the “secrets-manager” service, not of a secret: a secret’s ARN has “secretsmanager” after the partition.',
    },
    {
      rule: 'service left out',
      input: arn({ service: '' }),
      message: 'The ARN has no service: a secret’s ARN has “secretsmanager” after the partition.',
    },
    {
      rule: 'region in capitals',
      input: arn({ region: 'US-WEST-2' }),
      message: '“US-WEST-2” is not written as a region: a region is lower-case letters and a number, such as us-west-2.',
    },
    {
      rule: 'region by its name, not its code',
      input: arn({ region: 'oregon' }),
      message: '“oregon” is not written as a region: a region is lower-case letters and a number, such as us-west-2.',
    },
    {
      rule: 'region left out',
      input: arn({ region: '' }),
      message: 'The ARN has no region: after “secretsmanager:” comes the secret’s region, such as us-west-2.',
    },
    { rule: 'unknown region', input: arn({ region: 'mars-north-1' }), message: 'mars-north-1 is not an AWS region.' },
    { rule: 'a region that does not exist (us-west-9)', input: arn({ region: 'us-west-9' }), message: 'us-west-9 is not an AWS region.' },
    {
      rule: 'region of another partition (China region, aws)',
      input: arn({ region: 'cn-north-1' }),
      message: 'cn-north-1 is in the aws-cn partition, so the ARN starts with “arn:aws-cn:”, not “arn:aws:”.',
    },
    {
      rule: 'region of another partition (aws region, aws-us-gov)',
      input: arn({ partition: 'aws-us-gov', region: 'us-west-2' }),
      message: 'us-west-2 is in the aws partition, so the ARN starts with “arn:aws:”, not “arn:aws-us-gov:”.',
    },
    {
      rule: 'account left out',
      input: arn({ account: '' }),
      message: 'The ARN has no account ID: after the region comes the 12-digit AWS account ID.',
    },
    {
      rule: 'an 11-digit account',
      input: arn({ account: '44804983217' }),
      message: 'An AWS account ID is 12 digits; this ARN has “44804983217”.',
    },
    {
      rule: 'a 13-digit account',
      input: arn({ account: '4480498321770' }),
      message: 'An AWS account ID is 12 digits; this ARN has “4480498321770”.',
    },
    {
      rule: 'an account of letters',
      input: arn({ account: 'abcdefghijkl' }),
      message: 'An AWS account ID is 12 digits; this ARN has “abcdefghijkl”.',
    },
    {
      rule: 'an account written with hyphens, as the AWS console shows it',
      input: arn({ account: '4480-4983-2177' }),
      message: 'An AWS account ID is 12 digits; this ARN has “4480-4983-2177”.',
    },
    {
      rule: 'resource type parameter',
      input: arn({ resource: 'parameter' }),
      message: 'After the account ID comes “secret”; this ARN has “parameter”, so it names something else.',
    },
    {
      rule: 'resource type in the plural',
      input: arn({ resource: 'secrets' }),
      message: 'After the account ID comes “secret”; this ARN has “secrets”, so it names something else.',
    },
    { rule: 'resource type left out', input: arn({ resource: '' }), message: 'The ARN has no “secret” after the account ID.' },
    { rule: 'empty name', input: arn({ name: '' }), message: 'The ARN ends before the secret’s name.' },
    {
      rule: 'a 513-character name',
      input: arn({ name: 'a'.repeat(513) }),
      message: 'A secret’s name is at most 512 characters; this one has 513.',
    },
    {
      rule: 'a space in the name',
      input: arn({ name: 'mstr secret' }),
      message: 'A secret’s name may contain only letters, digits and / _ + = . @ - (this one has a space).',
    },
    {
      rule: 'a tab in the name',
      input: arn({ name: 'mstr\tsecret' }),
      message: 'A secret’s name may contain only letters, digits and / _ + = . @ - (this one has a tab or line break).',
    },
    {
      rule: 'a # in the name',
      input: arn({ name: 'mstr#secret' }),
      message: 'A secret’s name may contain only letters, digits and / _ + = . @ - (this one has “#”).',
    },
    {
      rule: 'markup in the name',
      input: arn({ name: '<img src=x onerror=alert(1)>' }),
      message: 'A secret’s name may contain only letters, digits and / _ + = . @ - (this one has “<”).',
    },
  ])('refuses $rule', ({ input, message }) => {
    expect(parseSecretArn(input)).toEqual({ ok: false, message });
  });

  it.each([
    {
      rule: 'the seed document’s secret',
      input: seedArn,
      arn: { partition: 'aws', region: 'us-west-2', accountId: '448049832177', secretName: 'mstr-secret-test-5m93MF', hasRandomSuffix: true },
    },
    {
      rule: 'a name without AWS’s random suffix',
      input: arn({ name: 'mstr-secret-test' }),
      arn: { partition: 'aws', region: 'us-west-2', accountId: '448049832177', secretName: 'mstr-secret-test', hasRandomSuffix: false },
    },
    {
      rule: 'a GovCloud secret with a path',
      input: 'arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:prod/warehouse-AbC123',
      arn: { partition: 'aws-us-gov', region: 'us-gov-west-1', accountId: '123456789012', secretName: 'prod/warehouse-AbC123', hasRandomSuffix: true },
    },
    {
      rule: 'a China secret with every allowed sign',
      input: 'arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db_user+x=y.z@w-a1b2c3',
      arn: { partition: 'aws-cn', region: 'cn-north-1', accountId: '123456789012', secretName: 'db_user+x=y.z@w-a1b2c3', hasRandomSuffix: true },
    },
    {
      rule: 'a 512-character name',
      input: arn({ name: 'a'.repeat(512) }),
      arn: { partition: 'aws', region: 'us-west-2', accountId: '448049832177', secretName: 'a'.repeat(512), hasRandomSuffix: false },
    },
    {
      rule: 'leading and trailing whitespace, trimmed',
      input: `  ${seedArn}\n`,
      arn: { partition: 'aws', region: 'us-west-2', accountId: '448049832177', secretName: 'mstr-secret-test-5m93MF', hasRandomSuffix: true },
    },
  ])('accepts $rule', ({ input, arn: expected }) => {
    expect(parseSecretArn(input)).toEqual({ ok: true, arn: expected });
  });
});
