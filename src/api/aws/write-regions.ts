/**
 * Writes aws-regions.generated.json from the AWS SDK's own endpoint data (@aws-sdk/core's partitions file),
 * so the region list follows AWS rather than a list typed by hand. Run `npm run regions` after upgrading the
 * SDK; regions.test.ts fails while the committed file differs from what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SdkPartition {
  id: string;
  regions: Record<string, { description?: string }>;
}

export const generatedRegionsPath = join(dirname(fileURLToPath(import.meta.url)), 'aws-regions.generated.json');

export function readSdkPartitions(): SdkPartition[] {
  const require = createRequire(import.meta.url);
  const sdkRoot = dirname(require.resolve('@aws-sdk/core/package.json'));
  const source = readFileSync(join(sdkRoot, 'dist-cjs/submodules/client/index.js'), 'utf8');
  // The data is a JSON literal inside the bundle: cut out the object that holds "partitions".
  const start = source.indexOf('{\n    "partitions"');
  if (start < 0) throw new Error('partitions data not found in @aws-sdk/core: has its layout changed?');
  let depth = 0;
  let end = start;
  for (; end < source.length; end++) {
    if (source[end] === '{') depth++;
    if (source[end] === '}' && --depth === 0) break;
  }
  return (JSON.parse(source.slice(start, end + 1)) as { partitions: SdkPartition[] }).partitions;
}

export function renderRegionsFile(partitions: SdkPartition[]): string {
  const regions = partitions.flatMap((partition) =>
    Object.entries(partition.regions)
      // "aws-global"-style pseudo regions are endpoints, not places a secret can live.
      .filter(([code]) => /^([a-z]+-)+\d+$/.test(code))
      .map(([code, info]) => ({ code, name: info.description ?? code, partition: partition.id })),
  );
  regions.sort((a, b) => a.partition.localeCompare(b.partition) || a.code.localeCompare(b.code));
  return `${JSON.stringify(regions, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(generatedRegionsPath, renderRegionsFile(readSdkPartitions()));
  console.log(`wrote ${generatedRegionsPath}`);
}
