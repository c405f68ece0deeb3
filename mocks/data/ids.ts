/** A Strategy-style object ID (32 upper-case hex characters). */
export function newObjectId(): string {
  return randomHex(16).toUpperCase();
}

/** A Strategy-style error ticket ID (32 lower-case hex characters). */
export function newTicketId(): string {
  return randomHex(16);
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
