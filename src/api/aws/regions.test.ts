import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsPartitions, awsRegions, describeRegion, findRegion, regionFormat } from './regions';
import { generatedRegionsPath, readSdkPartitions, renderRegionsFile } from './write-regions';

describe('AWS regions (from the AWS SDK’s endpoint data)', () => {
  it('is the committed file, up to date with the installed SDK', () => {
    const committed = readFileSync(generatedRegionsPath, 'utf8');
    expect(committed, 'aws-regions.generated.json differs from the AWS SDK’s partitions: run `npm run regions`').toBe(
      renderRegionsFile(readSdkPartitions()),
    );
  });

  it('names regions as AWS does', () => {
    const oregon = findRegion('us-west-2');
    expect(oregon).toEqual({ code: 'us-west-2', name: 'US West (Oregon)', partition: 'aws' });
    if (oregon) expect(describeRegion(oregon)).toBe('us-west-2 — US West (Oregon)');
  });

  it('holds the China and GovCloud partitions too', () => {
    expect(awsPartitions).toEqual(expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov']));
    expect(findRegion('cn-north-1')?.partition).toBe('aws-cn');
    expect(findRegion('us-gov-west-1')?.partition).toBe('aws-us-gov');
    for (const partition of ['aws-cn', 'aws-us-gov']) {
      expect(awsRegions.filter((region) => region.partition === partition).length, partition).toBeGreaterThanOrEqual(2);
    }
  });

  it('holds only region codes, each once', () => {
    expect(awsRegions.length).toBeGreaterThan(30);
    for (const region of awsRegions) expect(region.code).toMatch(regionFormat);
    expect(new Set(awsRegions.map((region) => region.code)).size).toBe(awsRegions.length);
    // Endpoint pseudo-regions of the SDK are not places a secret can live.
    expect(findRegion('aws-global')).toBeUndefined();
  });

  it('knows no invented region', () => {
    expect(findRegion('mars-north-1')).toBeUndefined();
  });
});
