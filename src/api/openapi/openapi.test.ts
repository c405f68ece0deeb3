import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors';
import { apiPaths } from '../paths';
import { buildOpenApiDocument, projectDesign, type JsonSchema, type OpenApiDocument, type PathItem } from './build-openapi';
import { openApiFilePath, renderOpenApiFile } from './write-openapi';

const document = buildOpenApiDocument();
const methods = ['get', 'post', 'patch', 'delete'] as const;

/** The paths apiPaths names, in OpenAPI's template form for the ones that take an ID. */
const documentedPaths = Object.values(apiPaths).map((path) =>
  typeof path === 'string' ? path : decodeURIComponent(path('{id}')),
);

function operations(item: PathItem) {
  return methods.flatMap((method) => (item[method] ? [item[method]] : []));
}

/** Follows a local "#/components/..." reference. */
function resolve(doc: OpenApiDocument, value: unknown): unknown {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const target = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
    if (target === undefined) throw new Error(`dangling reference ${value.$ref}`);
    return resolve(doc, target);
  }
  return value;
}

/** Every property name a schema allows, through references, unions and arrays. */
function propertyNames(doc: OpenApiDocument, schema: unknown, seen = new Set<unknown>()): string[] {
  const node = resolve(doc, schema) as JsonSchema | undefined;
  if (!node || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  const own = Object.keys(node.properties ?? {});
  const nested = [
    ...Object.values(node.properties ?? {}),
    ...(Array.isArray(node.items) ? node.items : node.items ? [node.items] : []),
    ...(node.oneOf ?? []),
    ...(node.anyOf ?? []),
    ...(node.allOf ?? []),
  ];
  return [...own, ...nested.flatMap((child) => propertyNames(doc, child, seen))];
}

function responseSchemas(doc: OpenApiDocument): unknown[] {
  return Object.values(doc.paths)
    .flatMap(operations)
    .flatMap((operation) => Object.values(operation.responses))
    .map((response) => resolve(doc, response) as { content?: { 'application/json': { schema: JsonSchema } } })
    .flatMap((response) => (response.content ? [response.content['application/json'].schema] : []));
}

function requestSchemas(doc: OpenApiDocument): unknown[] {
  return Object.values(doc.paths)
    .flatMap(operations)
    .flatMap((operation) => (operation.requestBody ? [operation.requestBody.content['application/json'].schema] : []));
}

describe('OpenAPI description (public/openapi.json)', () => {
  it('is the committed file, up to date with the zod schemas', () => {
    const committed = readFileSync(openApiFilePath, 'utf8');
    expect(committed, 'public/openapi.json differs from the zod schemas: run `npm run openapi`').toBe(renderOpenApiFile(document));
  });

  it('describes every path the client calls, and only those', () => {
    expect(Object.keys(document.paths).sort()).toEqual([...documentedPaths].sort());
  });

  it('has no dangling $ref', () => {
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if ('$ref' in node) resolve(document, node);
      Object.values(node).forEach(walk);
    };
    expect(() => walk(document)).not.toThrow();
  });

  it('returns no password and no secret access key in any response', () => {
    const names = responseSchemas(document).flatMap((schema) => propertyNames(document, schema));
    // The walk does reach the read shapes: they say whether a secret is set.
    expect(names).toEqual(expect.arrayContaining(['passwordSet', 'secretAccessKeySet', 'code']));
    expect(names).not.toContain('password');
    expect(names).not.toContain('secretAccessKey');
  });

  it('accepts the secrets on write, marked write-only', () => {
    const names = requestSchemas(document).flatMap((schema) => propertyNames(document, schema));
    expect(names).toEqual(expect.arrayContaining(['password', 'secretAccessKey']));
    const secrets = JSON.stringify(document.components.schemas);
    expect(secrets.match(/"writeOnly":true/g)).toHaveLength(2);
    expect(document.info.description).toMatch(/write-only: accepted on write, never returned/);
  });

  it('marks vault connections, the environment and the error field as this project’s design, and not logins', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const ours = path.startsWith(apiPaths.vaultConnections) || path === apiPaths.environment;
      expect(item[projectDesign], path).toBe(ours ? true : undefined);
      for (const operation of operations(item)) expect(operation[projectDesign], `${path} ${operation.operationId}`).toBe(ours ? true : undefined);
      if (path.startsWith(apiPaths.vaultConnections)) expect(item.description).toMatch(/Strategy documents no public endpoint for vault connections/);
    }
    const errorField = document.components.schemas.ApiError?.properties?.field;
    expect(errorField).toMatchObject({ [projectDesign]: true });
  });

  it('answers with Strategy’s status codes and error codes', () => {
    const login = document.paths[decodeURIComponent(apiPaths.login('{id}'))];
    const logins = document.paths[apiPaths.logins];
    const example = (response: unknown) =>
      (resolve(document, response) as { content: { 'application/json': { example: { code: string } } } }).content['application/json'].example.code;
    expect(Object.keys(logins?.post?.responses ?? {})).toEqual(['201', '400', '409', 'default']);
    expect(example(logins?.post?.responses[409])).toBe(errorCodes.alreadyExists);
    expect(example(login?.get?.responses[404])).toBe(errorCodes.notFound);
    // A login that database connections use is not deleted.
    expect(Object.keys(login?.delete?.responses ?? {})).toEqual(['204', '404', '409', 'default']);
    expect(login?.patch?.requestBody?.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/OperationList' });
    const badRequest = resolve(document, logins?.post?.responses[400]) as { description: string };
    expect(badRequest.description).toContain(errorCodes.invalidInput);
    expect(badRequest.description).toContain(errorCodes.missingField);
  });

  it('wraps lists as Strategy does', () => {
    expect(document.components.schemas.DatabaseLoginList?.required).toEqual(['logins']);
    expect(document.components.schemas.VaultConnectionList?.required).toEqual(['vaultConnections']);
    expect(document.components.schemas.DatabaseConnectionList?.required).toEqual(['connections']);
  });
});
