/**
 * Our own checks for what electronegativity misses: it skips .mjs/.cjs/.svelte files, knows Electron only up to
 * version 10, cannot see through a helper function, and never checks a preload. Each rule reads file text, so it
 * is blunt but cannot be fooled by a file type. Paths are relative to the scanned folder (src/ or the canary).
 */
export interface SourceFile {
  path: string;
  text: string;
}

export interface StaticRule {
  id: string;
  /** Which files the rule reads: everything, or the main/ or preload/ folder. */
  scope: 'all' | 'main' | 'preload';
  /** `forbid`: no line may match. `require`: some file in scope must match (if `when` matches somewhere). */
  kind: 'forbid' | 'require';
  pattern: RegExp;
  when?: RegExp;
  /** Only files with these extensions (default: all scanned files). */
  extensions?: readonly string[];
  explain: string;
}

export interface Violation {
  rule: string;
  where: string;
  explain: string;
}

const forbid = (id: string, scope: StaticRule['scope'], pattern: RegExp, explain: string): StaticRule => ({
  id,
  scope,
  kind: 'forbid',
  pattern,
  explain,
});
const demand = (id: string, pattern: RegExp, explain: string, when?: RegExp): StaticRule => ({
  id,
  scope: 'main',
  kind: 'require',
  pattern,
  explain,
  ...(when ? { when } : {}),
});

export const staticRules: readonly StaticRule[] = [
  forbid(
    'node-integration-on',
    'all',
    /\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*true\b/,
    'Node in a renderer',
  ),
  forbid(
    'context-isolation-off',
    'all',
    /\bcontextIsolation\s*:\s*false\b/,
    'page and preload share a world',
  ),
  forbid('sandbox-off', 'all', /\bsandbox\s*:\s*false\b/, 'an unsandboxed renderer'),
  forbid('web-security-off', 'all', /\bwebSecurity\s*:\s*false\b/, 'same-origin policy turned off'),
  forbid(
    'insecure-content',
    'all',
    /\ballowRunningInsecureContent\s*:\s*true\b/,
    'http content in an https page',
  ),
  forbid(
    'webview-tag',
    'all',
    /\bwebviewTag\s*:\s*true\b/,
    'webviews enabled: a <webview> can load anything',
  ),
  {
    ...forbid('webview-element', 'all', /<webview\b/i, 'a <webview> element can load anything'),
    extensions: ['.html', '.svelte'],
  },
  forbid(
    'experimental-features',
    'all',
    /\bexperimentalFeatures\s*:\s*true\b|\benableBlinkFeatures\b/,
    'untested features',
  ),
  forbid('bypass-csp', 'all', /\bbypassCSP\s*:\s*true\b/, 'a scheme that ignores the CSP'),
  forbid('unsafe-eval', 'all', /'unsafe-eval'/, "a CSP with 'unsafe-eval'"),
  forbid('remote-module', 'all', /@electron\/remote|\benableRemoteModule\b/, 'the remote module'),
  forbid(
    'security-warnings-off',
    'all',
    /ELECTRON_DISABLE_SECURITY_WARNINGS/,
    "Electron's warnings silenced",
  ),
  forbid(
    'preload-hands-out-ipc',
    'preload',
    /\bipcRenderer\b(?!\.(invoke|on|removeListener)\()/,
    'the preload exposes ipcRenderer (or uses send): the page would reach every channel',
  ),
  {
    id: 'preload-from-contract',
    scope: 'preload',
    kind: 'require',
    pattern: /\binvokeChannels\b[\s\S]*\beventChannels\b|\beventChannels\b[\s\S]*\binvokeChannels\b/,
    explain: 'the preload must build its functions from the contract channel lists, one per channel',
  },
  demand('explicit-sandbox', /\bsandbox\s*:\s*true\b/, 'the window must set sandbox: true'),
  demand(
    'explicit-context-isolation',
    /\bcontextIsolation\s*:\s*true\b/,
    'the window must set contextIsolation: true',
  ),
  demand(
    'explicit-node-integration-off',
    /\bnodeIntegration\s*:\s*false\b/,
    'the window must set nodeIntegration: false',
  ),
  demand(
    'window-open-handler',
    /\.setWindowOpenHandler\(/,
    'new windows must go through setWindowOpenHandler',
  ),
  demand('will-navigate-guard', /['"]will-navigate['"]/, 'navigation must be guarded'),
  demand('will-redirect-guard', /['"]will-redirect['"]/, 'redirects must be guarded'),
  demand('webview-attach-guard', /['"]will-attach-webview['"]/, 'webview attachment must be refused'),
  demand(
    'permission-request-handler',
    /\.setPermissionRequestHandler\(/,
    'permission requests must be answered',
  ),
  demand('permission-check-handler', /\.setPermissionCheckHandler\(/, 'permission checks must be answered'),
  demand('csp-header', /content-security-policy/i, 'responses must carry a CSP header'),
  demand('ipc-sender-check', /\bsenderFrame\b/, 'IPC handlers must check the sending frame'),
  demand(
    'open-external-allowlist',
    /\bisAllowedExternalLink\b/,
    'shell.openExternal must only see allowlisted links',
    /\bopenExternal\(/,
  ),
];

/** Files the static rules read; unlike electronegativity, .mjs, .cjs and .svelte are included. */
export const scannedExtensions = ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.html'];

function inScope(file: SourceFile, rule: StaticRule): boolean {
  const extension = file.path.slice(file.path.lastIndexOf('.'));
  if (rule.extensions && !rule.extensions.includes(extension)) return false;
  return rule.scope === 'all' || file.path.split(/[\\/]/)[0] === rule.scope;
}

/** Comments may name what they warn against; only code lines count (line and block comment lines dropped). */
function codeLines(text: string): { line: string; number: number }[] {
  return text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => !/^\s*(\/\/|\/\*|\*)/.test(line));
}

/** Importing ipcRenderer from electron is not a leak; every other mention is checked. */
function withoutElectronImport(text: string): string {
  // Blanked, with its line breaks kept, so the reported line numbers stay right.
  const electronImport =
    /^\s*(import|const)\s*\{[^}]*\}\s*(from\s*['"]electron['"]|=\s*require\(['"]electron['"]\))/gm;
  return text.replace(electronImport, (statement) => statement.replace(/[^\n]/g, ''));
}

export function checkSources(
  files: readonly SourceFile[],
  rules: readonly StaticRule[] = staticRules,
): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    const scoped = files
      .filter((file) => inScope(file, rule))
      .map((file) => ({ path: file.path, lines: codeLines(withoutElectronImport(file.text)) }));
    if (rule.kind === 'forbid') {
      for (const file of scoped) {
        for (const { line, number } of file.lines) {
          if (rule.pattern.test(line)) {
            violations.push({ rule: rule.id, where: `${file.path}:${number}`, explain: rule.explain });
          }
        }
      }
    } else {
      const code = scoped.map((file) => file.lines.map(({ line }) => line).join('\n'));
      const applies = !rule.when || code.some((text) => rule.when!.test(text));
      if (applies && !code.some((text) => rule.pattern.test(text))) {
        violations.push({ rule: rule.id, where: `${rule.scope}/`, explain: rule.explain });
      }
    }
  }
  return violations;
}
