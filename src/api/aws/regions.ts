import regions from './aws-regions.generated.json';

export interface AwsRegion {
  code: string;
  name: string;
  partition: string;
}

export const awsRegions: readonly AwsRegion[] = regions;
const regionsByCode = new Map(awsRegions.map((region) => [region.code, region]));

export const regionFormat = /^([a-z]+-)+\d+$/;

export function findRegion(code: string): AwsRegion | undefined {
  return regionsByCode.get(code);
}

export const awsPartitions: readonly string[] = [...new Set(awsRegions.map((region) => region.partition))];

/** "us-west-2 — US West (Oregon)": how a region is offered in lists. */
export function describeRegion(region: AwsRegion): string {
  return `${region.code} — ${region.name}`;
}
