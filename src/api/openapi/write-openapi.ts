/**
 * `npm run openapi`: writes public/openapi.json from the zod schemas, so the app serves its API description at
 * /openapi.json. openapi.test.ts fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, type OpenApiDocument } from './build-openapi';

export const openApiFilePath = join(dirname(fileURLToPath(import.meta.url)), '../../../public/openapi.json');

/** The file's exact text: 2-space JSON and a final newline. */
export function renderOpenApiFile(document: OpenApiDocument = buildOpenApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(openApiFilePath, renderOpenApiFile());
  console.log(`wrote ${openApiFilePath}`);
}
