/**
 * Why the Electron download failed, as a code the launch messages word. install-electron itself prints only
 * "fetch failed" for every network problem, so `npm start` asks the download host once more and reads the
 * network error's code (Node's and undici's names) to tell "no network" from "a proxy in the way".
 */
export type DownloadCause =
  | { code: 'host-not-found'; host: string }
  | { code: 'connection-refused'; host: string }
  | { code: 'no-answer'; host: string }
  | { code: 'certificate'; host: string; detail: string }
  | { code: 'network-error'; host: string; detail: string }
  | { code: 'install-failed'; detail: string };

/** What asking the download host gave: any HTTP answer, or the network error. */
export type ProbeOutcome = { answered: true } | { answered: false; errorCode?: string; message: string };

/** Electron's own default, as in @electron/get (artifact-utils.ts). */
export const defaultDownloadBase = 'https://github.com/electron/electron/releases/download/';

/**
 * The base URL install-electron downloads from: the mirror settings @electron/get reads (npm config,
 * package.json config, then the environment), or GitHub's releases.
 */
export function downloadBase(environment: Record<string, string | undefined>): string {
  return (
    environment.npm_config_electron_mirror ||
    environment.NPM_CONFIG_ELECTRON_MIRROR ||
    environment.npm_package_config_electron_mirror ||
    environment.ELECTRON_MIRROR ||
    defaultDownloadBase
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

const notFound = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
const refused = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);
const noAnswer = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'TimeoutError',
  'AbortError',
]);

function isCertificateError(code: string): boolean {
  return (
    code.startsWith('CERT_') ||
    code.startsWith('UNABLE_TO_') ||
    code.includes('SELF_SIGNED') ||
    code === 'ERR_TLS_CERT_ALTNAME_INVALID'
  );
}

/** The line of install-electron's output that says what went wrong (its first error line), shortened. */
export function installErrorLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const line = lines.find((candidate) => /error/i.test(candidate)) ?? lines.at(-1) ?? 'no output';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/**
 * The cause, from the probe of the download host and install-electron's output: a network error when the host
 * could not be reached; otherwise the network was fine and install-electron's own error line says the rest
 * (a missing version on a mirror, a checksum mismatch, a full disk).
 */
export function downloadCause(host: string, probe: ProbeOutcome, installOutput: string): DownloadCause {
  if (probe.answered) return { code: 'install-failed', detail: installErrorLine(installOutput) };
  const code = probe.errorCode ?? '';
  if (notFound.has(code)) return { code: 'host-not-found', host };
  if (refused.has(code)) return { code: 'connection-refused', host };
  if (noAnswer.has(code)) return { code: 'no-answer', host };
  if (isCertificateError(code)) return { code: 'certificate', host, detail: probe.message };
  return { code: 'network-error', host, detail: code ? `${code}: ${probe.message}` : probe.message };
}

/** The error code inside a failed fetch: fetch wraps the socket's error as `cause`. */
export function networkErrorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (name === 'TimeoutError' || name === 'AbortError') return name;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
