import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityDirectives,
  contentSecurityPolicy,
  type CspDirective,
} from '../../../src/main/content-security-policy.ts';

/**
 * Reads the built renderer (out/renderer, as `npm test` builds it before the unit tests) and derives the sources
 * each kind of resource it uses needs; the policy must allow exactly those. A new kind of resource (an inlined
 * data: asset, a remote font) fails here, naming the directive, instead of being blocked in the app.
 */
const rendererRoot = resolve(import.meta.dirname, '../../../out/renderer');

function builtFiles(): { name: string; text: string }[] {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error(`${rendererRoot}/index.html is missing: run \`npx electron-vite build\` first.`);
  }
  const assets = readdirSync(join(rendererRoot, 'assets')).map((name) => join('assets', name));
  return ['index.html', ...assets].map((name) => ({
    name,
    text: /\.(html|js|css)$/.test(name) ? readFileSync(join(rendererRoot, name), 'utf8') : '',
  }));
}

const fileDirectives: Record<string, CspDirective> = {
  '.js': 'script-src',
  '.css': 'style-src',
  '.woff2': 'font-src',
  '.woff': 'font-src',
  '.ttf': 'font-src',
  '.png': 'img-src',
  '.jpg': 'img-src',
  '.svg': 'img-src',
  '.webp': 'img-src',
};

const dataDirectives: Record<string, CspDirective> = { font: 'font-src', image: 'img-src' };

/** Every source the build needs, by directive, with the reason (shown when the policy disagrees). */
function requiredSources(files: { name: string; text: string }[]): Map<CspDirective, Map<string, string>> {
  const required = new Map<CspDirective, Map<string, string>>();
  const need = (directive: CspDirective, source: string, reason: string) => {
    const sources = required.get(directive) ?? new Map<string, string>();
    if (!sources.has(source)) sources.set(source, reason);
    required.set(directive, sources);
  };
  for (const { name, text } of files) {
    const directive = fileDirectives[extname(name)];
    if (directive) need(directive, "'self'", `${name} is a file of the bundle`);
    if (!name.endsWith('.js')) continue;
    // "\0asm" in base64 at the start of a string literal (any quote: the build is minified): WebAssembly
    // compiled from bytes in the bundle.
    if (/["'`]AGFzbQ/.test(text)) need('script-src', "'wasm-unsafe-eval'", `${name} compiles WebAssembly`);
    if (text.includes('new Worker(')) need('worker-src', "'self'", `${name} starts a worker from a file`);
    if (text.includes('fetch(')) need('connect-src', "'self'", `${name} fetches bundled files`);
    if (text.includes('URL.createObjectURL('))
      need('img-src', 'blob:', `${name} shows images from blob: URLs`);
    if (text.includes('.toDataURL(')) need('img-src', 'data:', `${name} shows a canvas as a data: URL`);
    // A style attribute in markup: `style=\"` in a quoted string, `style="` in a template literal (minified).
    if (/setAttribute\(\s*["'`]style["'`]|style=\\?"/.test(text)) {
      need('style-src', "'unsafe-inline'", `${name} writes style attributes (KaTeX)`);
    }
  }
  for (const { name, text } of files) {
    for (const [, kind] of text.matchAll(/["'(]data:([a-z]+)\//g)) {
      need(dataDirectives[kind!] ?? 'default-src', 'data:', `${name} inlines a data:${kind}/ URL`);
    }
  }
  return required;
}

describe('the Content-Security-Policy against the built renderer', () => {
  const files = builtFiles();
  const required = requiredSources(files);

  it('allows every kind of resource the build uses, and nothing more', () => {
    const allowed = Object.entries(contentSecurityDirectives).filter(
      ([, sources]) => sources[0] !== "'none'",
    );
    for (const [directive, sources] of allowed) {
      const needed = required.get(directive as CspDirective) ?? new Map<string, string>();
      expect([...sources].sort(), `${directive}: ${JSON.stringify([...needed])}`).toEqual(
        [...needed.keys()].sort(),
      );
    }
    const refusedButNeeded = [...required.keys()].filter((directive) =>
      allowed.every(([name]) => name !== directive),
    );
    expect(refusedButNeeded).toEqual([]);
  });

  it('is the only policy: the page carries no <meta> CSP and no inline script', () => {
    const html = files.find(({ name }) => name === 'index.html')!.text;
    expect(html).not.toMatch(/http-equiv=["']?content-security-policy/i);
    for (const [, attributes] of html.matchAll(/<script([^>]*)>/g)) expect(attributes).toMatch(/\ssrc=/);
  });

  it('is strict where nothing is needed: no eval, no plugins, no base, no frames, no forms', () => {
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    for (const directive of [
      'default-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ] as const) {
      expect(contentSecurityDirectives[directive]).toEqual(["'none'"]);
    }
  });

  it('names no remote host: the app is offline', () => {
    for (const sources of Object.values(contentSecurityDirectives)) {
      for (const source of sources) expect(source).toMatch(/^('[a-z-]+'|blob:|data:)$/);
    }
    const html = files.find(({ name }) => name === 'index.html')!.text;
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    for (const { name, text } of files.filter((file) => file.name.endsWith('.css'))) {
      expect(text, name).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    }
  });

  it('is written as one header line: directives joined by "; "', () => {
    expect(contentSecurityPolicy.split('; ')[0]).toBe("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
