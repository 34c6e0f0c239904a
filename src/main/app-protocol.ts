import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from './content-security-policy.ts';

/**
 * The renderer is served from `app://bundle/…`, a scheme registered as standard and secure: IndexedDB needs a
 * standard origin, and this origin is where every user's data lives, so it must never change between releases.
 */
export const appScheme = 'app';
export const appHost = 'bundle';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Standard + secure for storage and fetch; deliberately not `bypassCSP`, so the policy (content-security-policy.ts) always applies. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type BundlePath = { ok: true; filePath: string } | { ok: false; reason: string };

/**
 * Maps an `app://bundle/…` URL to a file under `root`, or refuses it. Pure (no file system access). Everything
 * that could climb out of `root` is refused, not cleaned up: `..` or `.` segments (also percent-encoded),
 * backslashes, NUL, drive letters, malformed escapes, another host, credentials or a port.
 */
export function resolveBundlePath(requestUrl: string, root: string): BundlePath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username || url.password) {
    return { ok: false, reason: `not on ${appOrigin}` };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (/[\\\0:]/.test(decoded)) return { ok: false, reason: 'backslash, NUL or colon in the path' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, reason: 'dot segment in the path' };
  }
  if (decoded === '' || decoded.endsWith('/')) segments.push('index.html');
  const filePath = resolve(root, ...segments);
  const inside = relative(resolve(root), filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { ok: false, reason: 'outside the bundle' };
  }
  return { ok: true, filePath };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': contentSecurityPolicy,
    },
  });
}

/** True when `path` is `root` itself or lies under it (both already resolved). */
function isWithin(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

/**
 * The file a resolved path really is, following symlinks, or a refusal when that real file lies outside the real
 * bundle folder: resolveBundlePath only reads the URL's text, and a link inside the bundle could point anywhere.
 */
export async function realBundleFile(
  filePath: string,
  realRoot: string,
): Promise<{ ok: true; filePath: string } | { ok: false; status: 403 | 404; reason: string }> {
  const real = await realpath(filePath).catch(() => undefined);
  if (real === undefined) return { ok: false, status: 404, reason: 'Not found' };
  if (!isWithin(realRoot, real))
    return { ok: false, status: 403, reason: 'Refused: a link leads outside the bundle' };
  const file = await stat(real).catch(() => undefined);
  if (!file?.isFile()) return { ok: false, status: 404, reason: 'Not found' };
  return { ok: true, filePath: real };
}

/** Serves the built renderer in `root` (out/renderer) on app://bundle. Call once, after `app` is ready. */
export function serveBundle(protocol: Pick<Protocol, 'handle'>, root: string): void {
  // The bundle folder itself may be reached through a link (a packaged app in a linked folder): compare real paths.
  let realRoot: Promise<string> | undefined;
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plainResponse(405, 'Method not allowed');
    const target = resolveBundlePath(request.url, root);
    if (!target.ok) return plainResponse(403, `Refused: ${target.reason}`);
    realRoot ??= realpath(root);
    const file = await realBundleFile(target.filePath, await realRoot.catch(() => resolve(root)));
    if (!file.ok) return plainResponse(file.status, file.reason);
    const body = request.method === 'HEAD' ? null : await readFile(file.filePath);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(target.filePath),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  });
}
