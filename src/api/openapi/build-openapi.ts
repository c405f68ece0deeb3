/**
 * The OpenAPI 3.1 description of the API this console calls, generated from the zod schemas that are the
 * contract (src/api), so the document cannot drift from what the client and the mock check. `npm run openapi`
 * writes it to public/openapi.json; openapi.test.ts fails while the committed file differs from this function.
 */
import { z } from 'zod';
import packageJson from '../../../package.json';
import { accessKeyIdSchema, accountIdSchema, regionSchema, secretAccessKeySchema, secretArnSchema } from '../aws/fields';
import { secretArnExample } from '../aws/secret-arn';
import { idSchema, operationListSchema } from '../common';
import { databaseConnectionListSchema, databaseConnectionSchema } from '../database-connections';
import {
  createDatabaseLoginRequestSchema,
  databaseLoginListSchema,
  databaseLoginSchema,
  passwordSchema,
} from '../database-logins';
import { environmentSchema } from '../environment';
import { apiErrorSchema, errorCodes } from '../errors';
import { apiPaths } from '../paths';
import {
  createVaultConnectionRequestSchema,
  vaultConnectionListSchema,
  vaultConnectionSchema,
} from '../vault-connections';

export type JsonSchema = z.core.JSONSchema.BaseSchema;

interface MediaType {
  schema: JsonSchema;
  example?: unknown;
}
interface Response {
  description: string;
  content?: { 'application/json': MediaType };
}
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: { $ref: string }[];
  requestBody?: { required: true; content: { 'application/json': MediaType } };
  responses: Record<string, Response | { $ref: string }>;
  'x-project-design'?: true;
}
export interface PathItem {
  summary?: string;
  description?: string;
  'x-project-design'?: true;
  get?: Operation;
  post?: Operation;
  patch?: Operation;
  delete?: Operation;
}
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string; 'x-project-design'?: true }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, unknown>;
    responses: Record<string, Response>;
  };
}

/** The marker of every part of the API that Strategy does not document and this project designed. */
export const projectDesign = 'x-project-design';

const projectDesignNote =
  'This is this project’s own design: Strategy documents no public endpoint for vault connections, so this one ' +
  'follows the style of its documented /api/datasources endpoints.';

/** An item path in OpenAPI's template form, built with the client's own path function. */
function templated(itemPath: (id: string) => string): string {
  return itemPath('{id}').replace(encodeURIComponent('{id}'), '{id}');
}

/*
 * Every schema that becomes a component, by name. All are converted with io: 'input', because the document
 * describes what crosses the wire and each schema parses it: request bodies are parsed by the server (a
 * description left out defaults to ''), response bodies by the client, which drops keys it does not know (so no
 * additionalProperties: false is claimed of a server's answer).
 */
const components = {
  Environment: environmentSchema,
  VaultConnection: vaultConnectionSchema,
  VaultConnectionList: vaultConnectionListSchema,
  CreateVaultConnectionRequest: createVaultConnectionRequestSchema,
  DatabaseLogin: databaseLoginSchema,
  DatabaseLoginList: databaseLoginListSchema,
  CreateDatabaseLoginRequest: createDatabaseLoginRequestSchema,
  DatabaseConnection: databaseConnectionSchema,
  DatabaseConnectionList: databaseConnectionListSchema,
  OperationList: operationListSchema,
  ApiError: apiErrorSchema,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof components;

const projectDesignComponents: readonly ComponentName[] = [
  'Environment',
  'VaultConnection',
  'VaultConnectionList',
  'CreateVaultConnectionRequest',
];

const componentDescriptions: Record<ComponentName, string> = {
  Environment: 'The Strategy environment the console talks to. This project’s own design.',
  VaultConnection:
    'A vault connection as the server answers it: never the secret access key, only whether one is set ' +
    '(secretAccessKeySet). This project’s own design.',
  VaultConnectionList: 'The answer to GET /api/datasources/vaultConnections. This project’s own design.',
  CreateVaultConnectionRequest:
    'A new vault connection. Default IAM Role mode is accepted only in Managed Cloud Enterprise (MCE) ' +
    'environments; Access Key mode carries the secret access key, which is stored and never returned. This ' +
    'project’s own design.',
  DatabaseLogin:
    'A database login as the server answers it: never the password, only whether one is set (passwordSet). ' +
    'Strategy documents id, name, description, username, dateCreated and dateModified; useVault, vaultType, ' +
    'vaultConnection, secretName and passwordSet are this project’s design.',
  DatabaseLoginList: 'The answer to GET /api/datasources/logins (Strategy’s {"logins": [...]}).',
  CreateDatabaseLoginRequest:
    'A new database login: either a user name and password (the password is stored and never returned), or ' +
    '(useVault: true) a vault connection and the full ARN of the AWS Secrets Manager secret that holds the ' +
    'credentials, read at every connection. The vault form is this project’s design.',
  DatabaseConnection:
    'A database connection, as much of it as this console reads: Strategy’s id, name, database.type and ' +
    'database.login.{id,name}, the login it connects with (which makes it a dependent of that login).',
  DatabaseConnectionList: 'The answer to GET /api/datasources/connections (Strategy’s {"connections": [...]}).',
  OperationList:
    'Strategy’s PATCH body. Each operation replaces one writable field of the create request; null or an empty ' +
    'string clears an optional field. The result is validated whole, like a create.',
  ApiError: 'Strategy’s error body: {code, message, ticketId}, plus this project’s optional `field`.',
};

/** What a JSON schema cannot say of a few fields (their refinements), said in words. */
const fieldAnnotations = new Map<unknown, JsonSchema>([
  [
    regionSchema,
    {
      description:
        'An AWS region code, such as us-west-2, that the AWS SDK’s endpoint data lists (any partition). The ' +
        'server refuses an unknown region.',
      examples: ['us-west-2'],
    },
  ],
  [
    secretArnSchema,
    {
      description:
        'The secret’s full ARN: arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME, with a known partition ' +
        'and a region of that partition, a 12-digit account and a name of 1–512 letters, digits and /_+=.@-. ' +
        'The secret must be in the region (and, for a connection bound to a remote account, the account) of ' +
        'the vault connection.',
      examples: [secretArnExample],
    },
  ],
  [passwordSchema, { description: 'The database password. Write-only: accepted on write, never returned.', writeOnly: true }],
  [
    secretAccessKeySchema,
    { description: 'The AWS secret access key. Write-only: accepted on write, never returned.', writeOnly: true },
  ],
  [accessKeyIdSchema, { description: 'The AWS access key ID (AKIA… or ASIA…).' }],
  [
    accountIdSchema,
    { description: 'The remote AWS account whose secrets the Default IAM Role reads; omitted for the environment’s own account.' },
  ],
]);

/** $schema and $id belong to standalone documents; inside OpenAPI 3.1 a component is named by its key. */
function withoutDocumentKeywords(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function componentSchemas(): Record<ComponentName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // Refinements (a known region, a valid secret ARN) are checks that JSON Schema cannot express; zod leaves
    // them out without complaint. Anything truly unrepresentable (a transform, a bigint) still throws here, so
    // it cannot silently become {} in the document.
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const annotation = fieldAnnotations.get(zodSchema);
      if (annotation) Object.assign(jsonSchema, annotation);
      // The input side of a pipe is only its first stage; a value must pass the second too (a vault connection's
      // id is first "chosen", then a Strategy object ID), so both are stated.
      if (zodSchema instanceof z.ZodPipe) jsonSchema.allOf = [...(jsonSchema.allOf ?? []), standalone(zodSchema.out)];
    },
  });
  if ('__shared' in schemas) throw new Error('A schema was shared outside the components: give it a component name.');
  const result = {} as Record<ComponentName, JsonSchema>;
  for (const name of Object.keys(components) as ComponentName[]) {
    const schema = schemas[name];
    if (!schema) throw new Error(`No JSON schema was generated for ${name}.`);
    result[name] = {
      description: componentDescriptions[name],
      ...withoutDocumentKeywords(schema),
      ...(projectDesignComponents.includes(name) ? { [projectDesign]: true } : {}),
    };
  }
  const errorField = result.ApiError.properties?.field;
  if (typeof errorField !== 'object') throw new Error('apiErrorSchema has no `field` property.');
  Object.assign(errorField, {
    description:
      'The request field the refusal is about (a dotted path such as vaultConnection.id), so a form can show the ' +
      'message on that field. This project’s addition to Strategy’s error body; a server may leave it out.',
    [projectDesign]: true,
  });
  return result;
}

/** One schema converted on its own, without the keywords of a standalone document. */
function standalone(schema: z.core.$ZodType): JsonSchema {
  return withoutDocumentKeywords(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }));
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema, example?: unknown) => ({
  'application/json': example === undefined ? { schema } : { schema, example },
});
const errorResponse = (description: string, code: string, message: string, field?: string): Response => ({
  description,
  content: json(ref('ApiError'), { code, message, ticketId: 'a3c4f0e2b1d94e7f8a6b5c4d3e2f1a0b', ...(field ? { field } : {}) }),
});

const responses = {
  BadRequest: errorResponse(
    `The request was refused: ${errorCodes.invalidInput} for an invalid value, ${errorCodes.missingField} for a missing field. ` +
      '`field` names the field.',
    errorCodes.invalidInput,
    'name: A name is at most 250 characters.',
    'name',
  ),
  OtherError: {
    description: `Any other refusal, with the same body (e.g. ${errorCodes.general} general error, ${errorCodes.sessionInvalid} session invalid or timed out).`,
    content: json(ref('ApiError')),
  },
} satisfies Record<string, Response>;
type ResponseName = keyof typeof responses;
const sharedResponse = (name: ResponseName) => ({ $ref: `#/components/responses/${name}` });

interface Resource {
  tag: string;
  /** Lower-case singular, as in messages: "database login". */
  noun: string;
  /** PascalCase singular, for operation IDs. */
  operationNoun: string;
  listKey: string;
  exampleName: string;
  read: ComponentName;
  list: ComponentName;
  create: ComponentName;
  projectDesign: boolean;
  /** Extra answers of DELETE besides 204 and 404. */
  deleteRefusals?: Record<string, Response>;
}

function resourcePaths(resource: Resource, listPath: string, itemPath: string): Record<string, PathItem> {
  const mark = resource.projectDesign ? { [projectDesign]: true as const } : {};
  const note = resource.projectDesign ? ` ${projectDesignNote}` : '';
  const plural = `${resource.operationNoun}s`;
  const tags = [resource.tag];
  const idParameter = [{ $ref: '#/components/parameters/id' }];
  const notFound = errorResponse(
    `${errorCodes.notFound}: no ${resource.noun} has this ID.`,
    errorCodes.notFound,
    `No ${resource.noun} has the ID 00000000000000000000000000000000.`,
  );
  const nameTaken = errorResponse(
    `${errorCodes.alreadyExists}: another ${resource.noun} has this name (names are unique whatever their case).`,
    errorCodes.alreadyExists,
    `A ${resource.noun} named “${resource.exampleName}” already exists. Names must be unique, whatever their case.`,
    'name',
  );
  return {
    [listPath]: {
      summary: `${resource.tag}`,
      ...(note ? { description: note.trim() } : {}),
      ...mark,
      get: {
        operationId: `list${plural}`,
        summary: `List ${resource.noun}s`,
        description: `Answers {"${resource.listKey}": [...]}.${note}`,
        tags,
        ...mark,
        responses: { 200: { description: `The ${resource.noun}s.`, content: json(ref(resource.list)) }, default: sharedResponse('OtherError') },
      },
      post: {
        operationId: `create${resource.operationNoun}`,
        summary: `Create a ${resource.noun}`,
        description: `Answers 201 with the ${resource.noun} as stored.${note}`,
        tags,
        ...mark,
        requestBody: { required: true, content: json(ref(resource.create)) },
        responses: {
          201: { description: `The ${resource.noun} was created.`, content: json(ref(resource.read)) },
          400: sharedResponse('BadRequest'),
          409: nameTaken,
          default: sharedResponse('OtherError'),
        },
      },
    },
    [itemPath]: {
      summary: `One ${resource.noun}`,
      ...(note ? { description: note.trim() } : {}),
      ...mark,
      get: {
        operationId: `get${resource.operationNoun}`,
        summary: `Read a ${resource.noun}`,
        ...(note ? { description: note.trim() } : {}),
        tags,
        ...mark,
        parameters: idParameter,
        responses: {
          200: { description: `The ${resource.noun}.`, content: json(ref(resource.read)) },
          404: notFound,
          default: sharedResponse('OtherError'),
        },
      },
      patch: {
        operationId: `update${resource.operationNoun}`,
        summary: `Change a ${resource.noun}`,
        description:
          'Applies Strategy’s operationList of "replace" operations, then validates the result like a create. A ' +
          `stored write-only secret need not be sent again.${note}`,
        tags,
        ...mark,
        parameters: idParameter,
        requestBody: { required: true, content: json(ref('OperationList')) },
        responses: {
          200: { description: `The ${resource.noun} as now stored.`, content: json(ref(resource.read)) },
          400: sharedResponse('BadRequest'),
          404: notFound,
          409: nameTaken,
          default: sharedResponse('OtherError'),
        },
      },
      delete: {
        operationId: `delete${resource.operationNoun}`,
        summary: `Delete a ${resource.noun}`,
        ...(note ? { description: note.trim() } : {}),
        tags,
        ...mark,
        parameters: idParameter,
        responses: {
          204: { description: `The ${resource.noun} was deleted.` },
          404: notFound,
          ...resource.deleteRefusals,
          default: sharedResponse('OtherError'),
        },
      },
    },
  };
}

export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Data Sources console API',
      version: packageJson.version,
      description: [
        'The endpoints the Data Sources console calls: Strategy’s database logins (/api/datasources/logins, as ' +
          'Strategy’s REST API documents them), plus vault connections and the environment, which are this ' +
          'project’s own design (marked x-project-design: Strategy documents no public endpoint for them).',
        'Passwords and secret access keys are write-only: accepted on write, never returned. Read shapes say only ' +
          'whether one is set (passwordSet, secretAccessKeySet).',
        'Errors are Strategy’s JSON body {code, message, ticketId}; this project adds an optional `field`.',
        'A Strategy server wants the session token of POST /api/auth/login in the X-MSTR-AuthToken header; the ' +
          'mock backend does not check it.',
        'Generated from the zod schemas in src/api by `npm run openapi`; checks a JSON schema cannot express ' +
          '(a known AWS region, a valid secret ARN) are described in words.',
      ].join('\n\n'),
    },
    tags: [
      { name: 'Database logins', description: 'Strategy’s database logins.' },
      { name: 'Database connections', description: 'Strategy’s database connections, read to find the dependents of a login.' },
      { name: 'Vault connections', description: projectDesignNote, [projectDesign]: true },
      { name: 'Environment', description: 'The environment the console talks to. This project’s own design.', [projectDesign]: true },
    ],
    paths: {
      [apiPaths.environment]: {
        summary: 'Environment',
        description:
          'This is this project’s own design: Strategy documents no endpoint that says whether an environment is ' +
          'Managed Cloud Enterprise and which IAM role it uses.',
        [projectDesign]: true,
        get: {
          operationId: 'getEnvironment',
          summary: 'Read the environment',
          description:
            'Whether the environment is Managed Cloud Enterprise (only there can a vault connection use the ' +
            'Default IAM Role) and the role a remote AWS account must trust.',
          tags: ['Environment'],
          [projectDesign]: true,
          responses: { 200: { description: 'The environment.', content: json(ref('Environment')) }, default: sharedResponse('OtherError') },
        },
      },
      ...resourcePaths(
        {
          tag: 'Vault connections',
          noun: 'vault connection',
          operationNoun: 'VaultConnection',
          listKey: 'vaultConnections',
          exampleName: 'Finance secrets (cross-account)',
          read: 'VaultConnection',
          list: 'VaultConnectionList',
          create: 'CreateVaultConnectionRequest',
          projectDesign: true,
          deleteRefusals: {
            409: errorResponse(
              `${errorCodes.invalidInput}: database logins use the connection; the message names them.`,
              errorCodes.invalidInput,
              '“Finance secrets (cross-account)” cannot be deleted: database logins use it (Finance Redshift).',
            ),
          },
        },
        apiPaths.vaultConnections,
        templated(apiPaths.vaultConnection),
      ),
      ...resourcePaths(
        {
          tag: 'Database logins',
          noun: 'database login',
          operationNoun: 'DatabaseLogin',
          listKey: 'logins',
          exampleName: 'Finance Redshift',
          read: 'DatabaseLogin',
          list: 'DatabaseLoginList',
          create: 'CreateDatabaseLoginRequest',
          projectDesign: false,
          deleteRefusals: {
            409: errorResponse(
              `${errorCodes.invalidInput}: database connections use the login; the message names them.`,
              errorCodes.invalidInput,
              '“Finance Redshift” cannot be deleted: database connections use it (Finance Redshift warehouse).',
            ),
          },
        },
        apiPaths.logins,
        templated(apiPaths.login),
      ),
      [apiPaths.databaseConnections]: {
        summary: 'Database connections',
        get: {
          operationId: 'listDatabaseConnections',
          summary: 'List database connections',
          description:
            'Answers {"connections": [...]}. Each names the database login it connects with; a login in use by a ' +
            'connection is not deleted (409).',
          tags: ['Database connections'],
          responses: {
            200: { description: 'The database connections.', content: json(ref('DatabaseConnectionList')) },
            default: sharedResponse('OtherError'),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      parameters: {
        id: {
          name: 'id',
          in: 'path',
          required: true,
          description: 'The object’s ID: 32 upper-case hexadecimal characters.',
          schema: standalone(idSchema),
        },
      },
      responses,
    },
  };
}
