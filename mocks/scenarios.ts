import type { Environment } from '@/api/environment';
import { buildDatabaseLogin, buildVaultConnection } from './data/factories';
import { defaultDataSet, mceEnvironment, onPremisesEnvironment, type DataSet } from './data/seed';

/*
 * The mock's switches, read from the page's URL at start-up (README: "Mock switches"):
 *   ?scenario=default|empty|large|non-mce   which data and environment the backend starts with
 *   ?latency=MS                             every response delayed by MS milliseconds
 *   ?fault=writes|reads|offline             writes or reads answer 500; offline fails as a dropped network
 */
export const scenarioNames = ['default', 'empty', 'large', 'non-mce'] as const;
export type ScenarioName = (typeof scenarioNames)[number];
export const faultNames = ['writes', 'reads', 'offline'] as const;
export type FaultName = (typeof faultNames)[number];

export interface MockSettings {
  scenario: ScenarioName;
  latencyMs: number;
  fault: FaultName | null;
}

export const defaultMockSettings: MockSettings = { scenario: 'default', latencyMs: 0, fault: null };

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

export function readMockSettings(search: string): MockSettings {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  const fault = params.get('fault');
  const latency = Number(params.get('latency') ?? 0);
  return {
    scenario: isOneOf(scenarioNames, scenario) ? scenario : 'default',
    latencyMs: Number.isFinite(latency) && latency > 0 ? Math.min(latency, 60_000) : 0,
    fault: isOneOf(faultNames, fault) ? fault : null,
  };
}

export interface ScenarioState {
  environment: Environment;
  data: DataSet;
}

export function scenarioState(name: ScenarioName): ScenarioState {
  switch (name) {
    case 'default':
      return { environment: mceEnvironment, data: defaultDataSet() };
    case 'empty':
      return { environment: mceEnvironment, data: { vaultConnections: [], logins: [], databaseConnections: [] } };
    case 'non-mce':
      return { environment: onPremisesEnvironment, data: withoutDefaultIamRole(defaultDataSet()) };
    case 'large':
      return { environment: mceEnvironment, data: largeDataSet(1_000, 10_000) };
  }
}

/** Outside MCE no connection can use the Default IAM Role: the same records, on access keys. */
function withoutDefaultIamRole(data: DataSet): DataSet {
  return {
    ...data,
    vaultConnections: data.vaultConnections.map((connection, index) =>
      connection.authenticationMode === 'accessKey'
        ? connection
        : buildVaultConnection({
            id: connection.id,
            name: connection.name,
            region: connection.region,
            dateCreated: connection.dateCreated,
            dateModified: connection.dateModified,
            authenticationMode: 'accessKey',
            accessKeyId: `AKIA${String(index).padStart(16, '0')}`,
            secretAccessKeySet: true,
          }),
    ),
  };
}

/** The element at `index`, wrapping round the list. */
const cycle = <T>(list: readonly [T, ...T[]], index: number): T => list[index % list.length] ?? list[0];

const largeRegions: [string, ...string[]] = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const largeTeams: [string, ...string[]] = ['Finance', 'Sales', 'Marketing', 'Supply chain', 'HR', 'Risk', 'Support', 'Product'];
const largeEngines: [string, ...string[]] = ['Redshift', 'Postgres', 'Snowflake', 'Oracle', 'SQL Server', 'MySQL', 'Databricks'];
/** Strategy's database types, in the order of largeEngines. */
const largeDatabaseTypes: [string, ...string[]] = ['redshift', 'postgre_sql', 'snow_flake', 'oracle', 'sql_server', 'my_sql', 'spark_config'];

/** A large environment, the same on every load: thousands of logins, most of them reading a vault. */
export function largeDataSet(connectionCount: number, loginCount: number): DataSet {
  const hexId = (prefix: number, index: number) =>
    `${prefix.toString(16)}${index.toString(16).padStart(31, '0')}`.toUpperCase();
  const date = (index: number) => new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString().replace('Z', '+0000');
  const vaultConnections = Array.from({ length: connectionCount }, (_, index) =>
    buildVaultConnection({
      id: hexId(10, index),
      name: `${cycle(largeTeams, index)} vault ${String(index + 1).padStart(4, '0')}`,
      region: cycle(largeRegions, index),
      authenticationMode: 'defaultIamRole',
      remoteAccountId: String(100000000000 + index * 7919),
      dateCreated: date(index),
      dateModified: date(index * 2),
    }),
  );
  const logins = Array.from({ length: loginCount }, (_, index) => {
    const team = cycle(largeTeams, index);
    const engine = cycle(largeEngines, index);
    const name = `${team} ${engine} ${String(index + 1).padStart(5, '0')}`;
    const connection = vaultConnections[index % vaultConnections.length];
    const common = { id: hexId(11, index), name, description: `${engine} login for ${team}`, dateCreated: date(index), dateModified: date(index + 50) };
    if (index % 4 === 3 || !connection || connection.authenticationMode !== 'defaultIamRole') {
      return buildDatabaseLogin({ ...common, username: `${engine.toLowerCase().replace(/\s/g, '_')}_${index}`, passwordSet: true });
    }
    return buildDatabaseLogin({
      ...common,
      useVault: true,
      vaultType: 'awsSecretsManager',
      vaultConnection: { id: connection.id, name: connection.name },
      secretName: `arn:aws:secretsmanager:${connection.region}:${connection.remoteAccountId}:secret:${team.toLowerCase().replace(/\s/g, '-')}/${index}-Ab12Cd`,
    });
  });
  // Every twentieth login is used by a database connection or two, so deletes are refused here and there.
  const databaseConnections = logins.flatMap((login, index) =>
    index % 20 !== 0
      ? []
      : Array.from({ length: 1 + ((index / 20) % 2) }, (_, copy) => ({
          id: hexId(12, index * 2 + copy),
          name: `${login.name} – ${copy === 0 ? 'reporting' : 'ad hoc'}`,
          database: { type: cycle(largeDatabaseTypes, index), login: { id: login.id, name: login.name } },
          dateCreated: login.dateCreated,
          dateModified: login.dateModified,
        })),
  );
  return { vaultConnections, logins, databaseConnections };
}
