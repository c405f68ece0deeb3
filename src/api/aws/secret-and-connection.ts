import type { VaultConnection } from '../vault-connections';
import { parseSecretArn } from './secret-arn';

/**
 * Why a secret could not be read through a vault connection, or undefined when nothing rules it out: Secrets
 * Manager answers only in its own region, and a connection bound to a remote account reads only that account.
 */
export function secretConnectionMismatch(secretName: string, connection: VaultConnection): string | undefined {
  const parsed = parseSecretArn(secretName);
  if (!parsed.ok) return undefined;
  const { region, accountId } = parsed.arn;
  if (region !== connection.region) {
    return `The secret is in ${region} but this vault connection reads ${connection.region}.`;
  }
  if (connection.authenticationMode === 'defaultIamRole' && connection.remoteAccountId && accountId !== connection.remoteAccountId) {
    return `The secret is in account ${accountId} but this vault connection reads account ${connection.remoteAccountId}.`;
  }
  return undefined;
}
