import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appEntryUrl,
  appSchemePrivileges,
  mimeTypeFor,
  realBundleFile,
  resolveBundlePath,
  serveBundle,
} from '../../../src/main/app-protocol.ts';
import { contentSecurityPolicy } from '../../../src/main/content-security-policy.ts';

vi.mock('electron');

const root = join(tmpdir(), 'deepdrill-bundle');

describe('resolveBundlePath', () => {
  it.each([
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/assets/index-GRLCrAsz.js?v=1#top', join('assets', 'index-GRLCrAsz.js')],
    ['app://bundle/assets/KaTeX%20Main.woff2', join('assets', 'KaTeX Main.woff2')],
    ['app://bundle/a/../index.html', 'index.html'], // the URL parser itself removes the dot segment
    ['app://bundle/%2e%2e/index.html', 'index.html'], // so does an encoded one, staying inside the root
  ])('maps %s to %s under the root', (url, expected) => {
    expect(resolveBundlePath(url, root)).toEqual({ ok: true, filePath: join(root, expected) });
  });

  it.each([
    ['app://bundle/..%2f..%2fetc/passwd', 'dot segment in the path'],
    ['app://bundle/assets/..%2F..%2F..%2Fsecret', 'dot segment in the path'],
    ['app://bundle/..%5c..%5cwindows', 'backslash, NUL or colon in the path'],
    ['app://bundle/index.html%00.png', 'backslash, NUL or colon in the path'],
    ['app://bundle/C:%2fWindows', 'backslash, NUL or colon in the path'],
    ['app://bundle/%E0%A4%A', 'malformed percent-encoding'],
    ['app://other/index.html', 'not on app://bundle'],
    ['app://bundle:8080/index.html', 'not on app://bundle'],
    ['app://user:secret@bundle/index.html', 'not on app://bundle'],
    ['file:///etc/passwd', 'not on app://bundle'],
    ['https://bundle/index.html', 'not on app://bundle'],
    ['not a url', 'not a URL'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(resolveBundlePath(url, root)).toEqual({ ok: false, reason });
  });

  it('never answers a path outside the root, whatever the URL', () => {
    const pathCharacters = fc.constantFrom(
      'a',
      '.',
      '/',
      '%',
      '2',
      'e',
      'f',
      '5',
      'c',
      '\\',
      ':',
      '0',
      '~',
      ' ',
    );
    fc.assert(
      fc.property(fc.string({ unit: pathCharacters, maxLength: 40 }), (path) => {
        const result = resolveBundlePath(`app://bundle/${path}`, root);
        if (!result.ok) return;
        const inside = relative(root, result.filePath);
        expect(inside.startsWith('..') || inside === '').toBe(false);
        expect(result.filePath.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['engine.wasm', 'application/wasm'],
    ['icon.svg', 'image/svg+xml'],
    ['KaTeX_Main-Regular.woff2', 'font/woff2'],
    ['photo.PNG', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('the app scheme', () => {
  it('is standard, secure and fetchable, and never bypasses the CSP', () => {
    expect(appSchemePrivileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(appEntryUrl).toBe('app://bundle/index.html');
  });
});

describe('serveBundle', () => {
  let bundle: string;
  let handler: (request: Request) => Promise<Response>;
  let outside: string;

  beforeAll(async () => {
    bundle = await mkdtemp(join(tmpdir(), 'deepdrill-serve-'));
    await mkdir(join(bundle, 'assets'));
    await writeFile(join(bundle, 'index.html'), '<!doctype html><title>DeepDrill</title>');
    await writeFile(join(bundle, 'assets', 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(bundle, '..', 'deepdrill-secret.txt'), 'secret');
    outside = await mkdtemp(join(tmpdir(), 'deepdrill-outside-'));
    await writeFile(join(outside, 'secret.txt'), 'secret');
    // Links inside the bundle: one to a file outside it, one to a folder outside it, one that stays inside.
    await symlink(join(outside, 'secret.txt'), join(bundle, 'assets', 'leak.js'));
    await symlink(outside, join(bundle, 'assets', 'elsewhere'));
    await symlink(join(bundle, 'index.html'), join(bundle, 'assets', 'home.html'));
    const protocol = { handle: vi.fn() };
    serveBundle(protocol, bundle);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    handler = protocol.handle.mock.calls[0]![1];
  });

  afterAll(async () => {
    await rm(bundle, { recursive: true, force: true });
    await rm(join(bundle, '..', 'deepdrill-secret.txt'), { force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('serves index.html with its type and the CSP header', async () => {
    const response = await handler(new Request('app://bundle/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>DeepDrill</title>');
  });

  it('serves WebAssembly as application/wasm', async () => {
    const response = await handler(new Request('app://bundle/assets/engine.wasm'));
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('refuses traversal with 403, answers 404 for a missing file or a folder, 405 for a POST', async () => {
    const traversal = await handler(new Request('app://bundle/..%2fdeepdrill-secret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).toBe('Refused: dot segment in the path');
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/assets'))).status).toBe(404);
    expect(
      (await handler(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('follows links only while they stay inside the bundle', async () => {
    for (const url of ['app://bundle/assets/leak.js', 'app://bundle/assets/elsewhere/secret.txt']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).toBe('Refused: a link leads outside the bundle');
    }
    const inside = await handler(new Request('app://bundle/assets/home.html'));
    expect(inside.status).toBe(200);
    expect(await inside.text()).toContain('<title>DeepDrill</title>');
  });

  it('serves a bundle that is itself reached through a link', async () => {
    const linkedRoot = `${bundle}-link`;
    await symlink(bundle, linkedRoot);
    try {
      const protocol = { handle: vi.fn() };
      serveBundle(protocol, linkedRoot);
      const linkedHandler = protocol.handle.mock.calls[0]![1] as typeof handler;
      expect((await linkedHandler(new Request('app://bundle/index.html'))).status).toBe(200);
      expect((await linkedHandler(new Request('app://bundle/assets/leak.js'))).status).toBe(403);
    } finally {
      await rm(linkedRoot, { force: true });
    }
  });
});

describe('realBundleFile', () => {
  it('answers 404 for a missing file or a dangling link, and the real path for a file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'deepdrill-real-'));
    try {
      await writeFile(join(folder, 'a.js'), '');
      await symlink(join(folder, 'gone.js'), join(folder, 'dangling.js'));
      expect(await realBundleFile(join(folder, 'missing.js'), folder)).toEqual({
        ok: false,
        status: 404,
        reason: 'Not found',
      });
      expect((await realBundleFile(join(folder, 'dangling.js'), folder)).ok).toBe(false);
      expect(await realBundleFile(join(folder, 'a.js'), folder)).toEqual({
        ok: true,
        filePath: join(folder, 'a.js'),
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
