import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accessKeyIdSchema, accountIdSchema, regionSchema, secretAccessKeySchema } from './fields';

/*
 * What a form and the mock show is the first issue of a field (react-hook-form's resolver and the mock's 400
 * both take issues[0]), so these tables check that message.
 */
function firstMessage(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('regionSchema', () => {
  it.each([
    ['us-west-2', 'us-west-2'],
    ['  eu-central-1 ', 'eu-central-1'],
    ['cn-north-1', 'cn-north-1'],
    ['us-gov-west-1', 'us-gov-west-1'],
  ])('accepts %j as %j', (input, output) => {
    expect(regionSchema.parse(input)).toBe(output);
  });

  it.each([
    [undefined, 'Enter the AWS region.'],
    ['', 'Enter the AWS region.'],
    ['   ', 'Enter the AWS region.'],
    ['US-WEST-2', 'Type a region code such as us-west-2.'],
    ['uswest2', 'Type a region code such as us-west-2.'],
    ['us-west-2a', 'Type a region code such as us-west-2.'],
    ['aws-global', 'Type a region code such as us-west-2.'],
    ['mars-north-1', 'mars-north-1 is not an AWS region.'],
    [' mars-north-1 ', 'mars-north-1 is not an AWS region.'],
  ])('refuses %j: %s', (input, message) => {
    expect(firstMessage(regionSchema, input)).toBe(message);
  });
});

describe('accountIdSchema', () => {
  it.each([
    ['448049832177', '448049832177'],
    [' 123456789012 ', '123456789012'],
  ])('accepts %j as %j', (input, output) => {
    expect(accountIdSchema.parse(input)).toBe(output);
  });

  it.each(['', '44804983217', '4480498321770', 'abcdefghijkl', '4480-4983-2177'])('refuses %j', (input) => {
    expect(firstMessage(accountIdSchema, input)).toBe('An AWS account ID is 12 digits.');
  });
});

describe('accessKeyIdSchema', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['ASIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE'],
    [' AKIAIOSFODNN7EXAMPLE ', 'AKIAIOSFODNN7EXAMPLE'],
  ])('accepts %j as %j', (input, output) => {
    expect(accessKeyIdSchema.parse(input)).toBe(output);
  });

  it.each([
    [undefined, 'Enter the Access Key ID.'],
    ['', 'Enter the Access Key ID.'],
    ['BKIAIOSFODNN7EXAMPLE', 'An Access Key ID starts with AKIA (or ASIA for temporary keys).'],
    ['akiaiosfodnn7example', 'An Access Key ID starts with AKIA (or ASIA for temporary keys).'],
    ['AKIAIOSFODNN7EXAMPL', 'An Access Key ID is 20 upper-case letters and digits.'],
    ['AKIAIOSFODNN7EXAMPLE1', 'An Access Key ID is 20 upper-case letters and digits.'],
    ['AKIA-OSFODNN7EXAMPLE', 'An Access Key ID is 20 upper-case letters and digits.'],
  ])('refuses %j: %s', (input, message) => {
    expect(firstMessage(accessKeyIdSchema, input)).toBe(message);
  });
});

describe('secretAccessKeySchema', () => {
  const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

  it('accepts 40 letters, digits, / and +', () => {
    expect(secretAccessKeySchema.parse(key)).toBe(key);
    expect(secretAccessKeySchema.parse('+'.repeat(40))).toBe('+'.repeat(40));
  });

  it.each([
    [undefined, 'Enter the Secret Access Key.'],
    ['', 'Enter the Secret Access Key.'],
    [key.slice(1), 'A Secret Access Key is 40 letters, digits, / and +.'],
    [`${key}A`, 'A Secret Access Key is 40 letters, digits, / and +.'],
    [key.replace('/', '-'), 'A Secret Access Key is 40 letters, digits, / and +.'],
    // A secret is taken as typed: no trimming.
    [` ${key}`, 'A Secret Access Key is 40 letters, digits, / and +.'],
  ])('refuses %j: %s', (input, message) => {
    expect(firstMessage(secretAccessKeySchema, input)).toBe(message);
  });
});

describe('checks stop at the first broken rule', () => {
  it('gives one message for an empty or malformed region, not a cascade', () => {
    for (const value of ['', 'US-WEST-2']) {
      const result = regionSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
    }
  });
});
