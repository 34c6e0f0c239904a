import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvHeader,
  parseElectronegativityCsv,
  ReportFormatError,
  splitCsvLine,
  type Finding,
} from '../../../scripts/security/electronegativity-csv.ts';
import { decideGate, expectedCanaryFindings, isAllowed } from '../../../scripts/security/gate-decision.ts';
import {
  checkSources,
  scannedExtensions,
  staticRules,
  type SourceFile,
} from '../../../scripts/security/static-checks.ts';

const wiki = 'https://github.com/doyensec/electronegativity/wiki/';
const cspRow =
  `CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'self'; style-src 'self' 'unsafe-inline'",` +
  `"One or more CSP directives detected seems to be vulnerable",${wiki}CSP_GLOBAL_CHECK`;
const globalRow = `LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits",${wiki}LIMIT_NAVIGATION_GLOBAL_CHECK`;

function finding(issue: string, file = 'main/index.ts', sample = ''): Finding {
  return { issue, severity: 'MEDIUM', confidence: 'FIRM', file, location: '1:0', sample, description: '' };
}

describe('splitCsvLine', () => {
  it('reads bare and quoted fields, commas and doubled quotes inside quotes', () => {
    expect(splitCsvLine('A,"b, c","say ""hi""",N/A,')).toEqual(['A', 'b, c', 'say "hi"', 'N/A', '']);
  });

  it('refuses unterminated quotes, stray quotes and text after a closing quote', () => {
    expect(() => splitCsvLine('A,"open')).toThrow(ReportFormatError);
    expect(() => splitCsvLine('A,b"c')).toThrow(ReportFormatError);
    expect(() => splitCsvLine('A,"b"c')).toThrow(ReportFormatError);
  });
});

describe('parseElectronegativityCsv', () => {
  it('reads findings, global ones included', () => {
    const findings = parseElectronegativityCsv([csvHeader, cspRow, globalRow, ''].join('\n'));
    expect(findings.map((entry) => [entry.issue, entry.file, entry.severity])).toEqual([
      ['CSP_GLOBAL_CHECK', 'renderer/index.html', 'LOW'],
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A', 'HIGH'],
    ]);
    expect(findings[0]!.sample).toBe("default-src 'self'; style-src 'self' 'unsafe-inline'");
  });

  it('reads a clean report as no findings', () => {
    expect(parseElectronegativityCsv(`${csvHeader}\r\n`)).toEqual([]);
  });

  it('refuses a report whose header was overwritten, as when its two writes race', () => {
    const raced = `${csvHeader}\nlf'; script-src 'self'","One or more CSP directives",${wiki}CSP_GLOBAL_CHECK`;
    expect(() => parseElectronegativityCsv(raced)).toThrow(ReportFormatError);
    expect(() => parseElectronegativityCsv(cspRow)).toThrow(/does not start with its header/);
    expect(() => parseElectronegativityCsv('')).toThrow(ReportFormatError);
  });

  it('refuses rows with the wrong number of fields or a link for another issue', () => {
    expect(() => parseElectronegativityCsv(`${csvHeader}\nCSP_GLOBAL_CHECK,"LOW"`)).toThrow(/not a finding/);
    const wrongLink = cspRow.replace(/CSP_GLOBAL_CHECK$/, 'SANDBOX_JS_CHECK');
    expect(() => parseElectronegativityCsv(`${csvHeader}\n${wrongLink}`)).toThrow(/link does not match/);
  });
});

async function readTree(folder: string): Promise<SourceFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && scannedExtensions.includes(extname(entry.name)));
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(folder, path), text: await readFile(path, 'utf8') };
    }),
  );
}

describe('static checks', () => {
  const root = resolve(import.meta.dirname, '../../..');

  it('find nothing in src/', async () => {
    expect(checkSources(await readTree(join(root, 'src')))).toEqual([]);
  });

  it('all fire on the insecure canary', async () => {
    const fired = new Set(
      checkSources(await readTree(join(root, 'test/fixtures/insecure-app'))).map((v) => v.rule),
    );
    expect([...fired].sort()).toEqual(staticRules.map((rule) => rule.id).sort());
  });

  it('catch what electronegativity skips: a .mjs main and a .svelte page', () => {
    const violations = checkSources([
      { path: 'main/window.mjs', text: 'new BrowserWindow({ webPreferences: { sandbox: false } })' },
      { path: 'renderer/App.svelte', text: '<webview src="https://example.com"></webview>' },
    ]);
    expect(violations).toContainEqual(
      expect.objectContaining({ rule: 'sandbox-off', where: 'main/window.mjs:1' }),
    );
    expect(violations).toContainEqual(
      expect.objectContaining({ rule: 'webview-element', where: 'renderer/App.svelte:1' }),
    );
  });

  it('ignore comments and the electron import, but not a preload that hands out ipcRenderer', () => {
    const preload = [
      "import { contextBridge, ipcRenderer } from 'electron';",
      '// never expose ipcRenderer itself',
      "contextBridge.exposeInMainWorld('api', { ipcRenderer });",
    ].join('\n');
    const violations = checkSources([{ path: 'preload/index.ts', text: preload }]);
    expect(violations.filter((v) => v.rule === 'preload-hands-out-ipc')).toEqual([
      expect.objectContaining({ where: 'preload/index.ts:3' }),
    ]);
  });

  it('ask for the link allowlist only where openExternal is used', () => {
    const withoutOpenExternal = checkSources([{ path: 'main/index.ts', text: 'app.quit();' }]);
    expect(withoutOpenExternal.map((v) => v.rule)).not.toContain('open-external-allowlist');
    const withOpenExternal = checkSources([{ path: 'main/index.ts', text: 'shell.openExternal(url);' }]);
    expect(withOpenExternal.map((v) => v.rule)).toContain('open-external-allowlist');
  });
});

describe('decideGate', () => {
  const canaryFindings = expectedCanaryFindings.map((issue) => finding(issue));
  const canaryViolations = staticRules.map((rule) => ({ rule: rule.id, where: 'main/', explain: '' }));
  // The CSP is a header electronegativity cannot see: it reports "no CSP" with no file.
  const allowedCsp = finding('CSP_GLOBAL_CHECK', 'N/A', 'N/A');
  const clean = { sourceFindings: [allowedCsp], sourceViolations: [], canaryFindings, canaryViolations };

  it('passes when src/ has only allowlisted findings and the canary fails everything', () => {
    const verdict = decideGate(clean);
    expect(verdict.passed).toBe(true);
    expect(verdict.report.at(-1)).toBe('security gate: PASSED');
  });

  it('fails on a finding in src/ outside the allowlist', () => {
    const verdict = decideGate({
      ...clean,
      sourceFindings: [allowedCsp, finding('SANDBOX_JS_CHECK', 'main/x.ts')],
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.report[0]).toMatch(/^src\/ finding: SANDBOX_JS_CHECK/);
  });

  it('allows only the "no CSP detected" finding, never a weak policy found in a file', () => {
    expect(isAllowed(allowedCsp)).toBe(true);
    expect(isAllowed({ ...allowedCsp, sample: "script-src 'self' 'unsafe-eval'" })).toBe(false);
    expect(isAllowed(finding('CSP_GLOBAL_CHECK', 'renderer/index.html', "script-src 'self'"))).toBe(false);
  });

  it('fails on a static violation in src/', () => {
    const violation = { rule: 'sandbox-off', where: 'main/window.mjs:3', explain: 'an unsandboxed renderer' };
    const verdict = decideGate({ ...clean, sourceViolations: [violation] });
    expect(verdict.passed).toBe(false);
    expect(verdict.report[0]).toBe(
      'src/ static check sandbox-off at src/main/window.mjs:3: an unsandboxed renderer',
    );
  });

  it('fails when the canary stops producing an expected finding or static violation', () => {
    const quieter = decideGate({ ...clean, canaryFindings: canaryFindings.slice(1) });
    expect(quieter.passed).toBe(false);
    expect(quieter.report[0]).toBe(
      `canary: electronegativity no longer reports ${expectedCanaryFindings[0]}`,
    );
    const blind = decideGate({ ...clean, canaryViolations: [] });
    expect(blind.passed).toBe(false);
    expect(blind.report.filter((line) => line.startsWith('canary: static check'))).toHaveLength(
      staticRules.length,
    );
  });

  it('fails when nothing was scanned at all', () => {
    expect(decideGate({ ...clean, canaryFindings: [], canaryViolations: [] }).passed).toBe(false);
  });
});
