import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { executableName } from '../../scripts/launch/electron-binary.ts';

/**
 * `npm start` as a student runs it, on a machine without the Electron binary: it must either say clearly why
 * Electron cannot be had, or build the app and launch Electron with it. A stand-in for Electron
 * (electron-stub.mjs) checks that the built main, the CommonJS preload and the renderer are where main expects
 * them. Runs everywhere: it needs no Electron binary.
 */
const root = resolve(import.meta.dirname, '../..');
const stub = join(import.meta.dirname, 'electron-stub.mjs');

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

/** `npm start [-- extra]` (or another script) with the environment of a fresh clone: no Electron named. */
function npmStart(environment: Record<string, string>, extra: string[] = [], script = 'start'): Promise<Run> {
  const {
    ELECTRON_EXEC_PATH: _exec,
    ELECTRON_OVERRIDE_DIST_PATH: _dist,
    ELECTRON_RENDERER_URL: _devServer,
    ...inherited
  } = process.env;
  const started = performance.now();
  const child = spawn('npm', ['run', script, ...(extra.length ? ['--', ...extra] : [])], {
    cwd: root,
    env: { ...inherited, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolveRun) => {
    child.on('close', (code) => resolveRun({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

function readReport(path: string): { entry: string; devServer: string | null; problems: string[] } {
  return JSON.parse(readFileSync(path, 'utf8')) as {
    entry: string;
    devServer: string | null;
    problems: string[];
  };
}

const electronPackage = join(root, 'node_modules/electron');
const downloaded =
  existsSync(join(electronPackage, 'path.txt')) &&
  existsSync(join(electronPackage, 'dist', readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim()));

test.describe.configure({ mode: 'serial' });

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deepdrill-launch-'));
});
test.afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

test('without Electron and without network, npm start stops within a minute and says why and what to do', async () => {
  test.skip(downloaded, 'Electron is already downloaded here, so npm start would not try to fetch it.');
  // A host under .invalid never resolves (RFC 2606): the same failure as a machine without network, on any
  // machine, and never a 100 MB download in a test. An empty cache keeps an earlier download out of it.
  const run = await npmStart({
    ELECTRON_MIRROR: 'https://electron-mirror.invalid/electron/',
    electron_config_cache: join(scratch, 'no-cache'),
  });
  expect(run.code, run.output).not.toBe(0);
  expect(run.seconds).toBeLessThan(60);
  expect(run.output).toContain('downloading it failed');
  expect(run.output).toContain('electron-mirror.invalid could not be found');
  for (const hint of ['ELECTRON_MIRROR=', 'HTTPS_PROXY=', 'ELECTRON_EXEC_PATH=', 'npm run web']) {
    expect(run.output).toContain(hint);
  }
  expect(run.output).toContain('DeepDrill 无法启动');
  expect(run.output).not.toContain('Electron uninstall');
  expect(run.output).not.toContain('building');
});

test('an ELECTRON_EXEC_PATH that does not exist is named, not replaced by a download', async () => {
  const run = await npmStart({ ELECTRON_EXEC_PATH: join(scratch, 'no-electron-here') });
  expect(run.code).toBe(1);
  expect(run.output).toContain(`ELECTRON_EXEC_PATH points at ${join(scratch, 'no-electron-here')}`);
  expect(run.output).not.toContain('downloading');
});

// Before the next test: electron-vite dev leaves a development build of main in out/, which that test replaces.
test('npm run dev serves the renderer on one fixed origin, so its development data is always found again', async () => {
  test.setTimeout(120_000);
  const report = join(scratch, 'dev.json');
  const run = await npmStart({ ELECTRON_EXEC_PATH: stub, DEEPDRILL_ELECTRON_STUB_REPORT: report }, [], 'dev');
  expect(run.code, run.output).toBe(0);
  const seen = readReport(report);
  expect(seen.devServer).toBe('http://127.0.0.1:5177');
  expect(seen.problems).toEqual([]);
});

test('with ELECTRON_EXEC_PATH, npm start builds the app and launches it with the entry main expects', async () => {
  test.setTimeout(180_000);
  const report = join(scratch, 'exec-path.json');
  const run = await npmStart({ ELECTRON_EXEC_PATH: stub, DEEPDRILL_ELECTRON_STUB_REPORT: report });
  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain('electron-stub: the built app is complete');
  const seen = readReport(report);
  expect(seen.entry).toBe('.');
  expect(seen.devServer).toBeNull();
  expect(seen.problems).toEqual([]);
});

test('with ELECTRON_OVERRIDE_DIST_PATH, npm start finds the executable in that folder', async () => {
  // The build of the test above is reused (--skipBuild), so this one costs only the launch.
  const dist = join(scratch, 'dist');
  const executable = join(dist, executableName(process.platform));
  mkdirSync(dirname(executable), { recursive: true });
  // The stub finds main's modules relative to itself, so the copy in that folder only hands over to it.
  writeFileSync(executable, `#!/bin/sh\nexec node ${JSON.stringify(stub)} "$@"\n`, { mode: 0o755 });
  const report = join(scratch, 'override.json');
  const run = await npmStart({ ELECTRON_OVERRIDE_DIST_PATH: dist, DEEPDRILL_ELECTRON_STUB_REPORT: report }, [
    '--skipBuild',
  ]);
  expect(run.code, run.output).toBe(0);
  expect(readReport(report).problems).toEqual([]);
});
