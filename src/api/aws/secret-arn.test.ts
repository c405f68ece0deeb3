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
      rule: 'too few parts',
      input: 'arn:aws:secretsmanager:us-west-2:448049832177:mstr-secret-test',
      message: 'This ARN is incomplete: it needs arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.',
    },
    { rule: 'a colon in the name', input: arn({ name: 'db:prod' }), message: 'A secret’s name cannot contain “:”.' },
    {
      rule: 'unknown partition',
      input: arn({ partition: 'azure' }),
      message: '“azure” is not an AWS partition (aws, aws-cn, aws-us-gov, …).',
    },
    {
      rule: 'service s3',
      input: arn({ service: 's3' }),
      message: 'This is an ARN of the “s3” service; a secret’s ARN has “secretsmanager” there.',
    },
    {
      rule: 'service ssm (a parameter)',
      input: arn({ service: 'ssm', resource: 'parameter' }),
      message: 'This is an ARN of the “ssm” service; a secret’s ARN has “secretsmanager” there.',
    },
    { rule: 'region in capitals', input: arn({ region: 'US-WEST-2' }), message: '“US-WEST-2” is not a region code such as us-west-2.' },
    { rule: 'region left out', input: arn({ region: '' }), message: '“” is not a region code such as us-west-2.' },
    { rule: 'unknown region', input: arn({ region: 'mars-north-1' }), message: 'mars-north-1 is not an AWS region.' },
    {
      rule: 'region of another partition (China region, aws)',
      input: arn({ region: 'cn-north-1' }),
      message: 'cn-north-1 belongs to the aws-cn partition, not aws.',
    },
    {
      rule: 'region of another partition (aws region, aws-us-gov)',
      input: arn({ partition: 'aws-us-gov', region: 'us-west-2' }),
      message: 'us-west-2 belongs to the aws partition, not aws-us-gov.',
    },
    {
      rule: 'an 11-digit account',
      input: arn({ account: '44804983217' }),
      message: 'The account ID must be 12 digits; this ARN has “44804983217”.',
    },
    {
      rule: 'an account of letters',
      input: arn({ account: 'abcdefghijkl' }),
      message: 'The account ID must be 12 digits; this ARN has “abcdefghijkl”.',
    },
    {
      rule: 'resource type parameter',
      input: arn({ resource: 'parameter' }),
      message: 'After the account comes “secret:”; this ARN has “parameter:”.',
    },
    { rule: 'empty name', input: arn({ name: '' }), message: 'The ARN ends before the secret’s name.' },
    { rule: 'a 513-character name', input: arn({ name: 'a'.repeat(513) }), message: 'A secret’s name is at most 512 characters.' },
    {
      rule: 'a space in the name',
      input: arn({ name: 'mstr secret' }),
      message: 'A secret’s name may hold only letters, digits and / _ + = . @ -',
    },
    {
      rule: 'a # in the name',
      input: arn({ name: 'mstr#secret' }),
      message: 'A secret’s name may hold only letters, digits and / _ + = . @ -',
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
