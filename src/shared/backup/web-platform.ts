/**
 * The two Web platform APIs the backup file needs, present in every host (browsers, Electron, Node 20+) but not
 * in src/shared's type library (ES only, so that DOM and Node globals stay out of pure code). Typed here as the
 * small part used, so nothing else of the platform leaks in.
 */
interface WebPlatform {
  crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: 'utf-8', options: { fatal: true }) => { decode(bytes: Uint8Array): string };
}

const platform = globalThis as unknown as WebPlatform;

/** SHA-256 of `bytes` (FIPS 180-4, through WebCrypto), as 64 lower-case hex digits. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await platform.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function utf8Bytes(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

/** The UTF-8 text of `bytes`; throws a TypeError on a byte sequence UTF-8 forbids (never replaces it). */
export function utf8Text(bytes: Uint8Array): string {
  return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
