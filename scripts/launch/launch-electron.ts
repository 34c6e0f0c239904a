import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  downloadBase,
  downloadCause,
  hostOf,
  networkErrorCode,
  type ProbeOutcome,
} from './download-failure.ts';
import { locateElectron, type BinaryFiles } from './electron-binary.ts';
import { describeLaunchProblem, describeSandboxAdvice, type LaunchProblem } from './launch-messages.ts';
import { needsSandboxAdvice } from './linux-sandbox.ts';

/**
 * `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev), with the Electron binary made sure
 * of first. Electron 45's package downloads its binary lazily, but electron-vite 6.0 only reads
 * node_modules/electron/path.txt and otherwise throws "Electron uninstall" (electron-vite#905). So: find the
 * binary (electron-binary.ts); when it was never downloaded, run the package's own install-electron; when that
 * fails, say why and how to retry, and exit 1. Then hand electron-vite the binary as ELECTRON_EXEC_PATH.
 *
 * Usage: tsx scripts/launch/launch-electron.ts preview|dev [electron-vite options]
 */

const [mode, ...options] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  process.stderr.write(`launch-electron: expected "preview" or "dev", got ${JSON.stringify(mode)}\n`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const electronPackage = dirname(require.resolve('electron/package.json'));
const electronVersion = (
  JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string }
).version;
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');

const files: BinaryFiles = {
  isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
};

function fail(problem: LaunchProblem): never {
  process.stderr.write(
    `\n${describeLaunchProblem(problem, 'en')}\n\n${describeLaunchProblem(problem, 'zh')}\n\n`,
  );
  process.exit(1);
}

/** Runs the electron package's install-electron, echoing its output and keeping it for the diagnosis. */
function installElectron(): Promise<{ ok: boolean; output: string }> {
  process.stdout.write(
    `Electron ${electronVersion} is not installed yet: downloading it (install-electron)…\n`,
  );
  // @electron/get honours HTTP(S)_PROXY only when asked to; whoever set a proxy wants it used.
  const useProxy = Boolean(process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY);
  const child = spawn(process.execPath, [join(electronPackage, 'install.js')], {
    env: { ...process.env, ...(useProxy ? { ELECTRON_GET_USE_PROXY: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Asks the download host once, to learn whether (and how) the network failed. */
async function probe(url: string): Promise<ProbeOutcome> {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    return { answered: true };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return {
      answered: false,
      errorCode: networkErrorCode(error),
      message: cause?.message ?? (error instanceof Error ? error.message : String(error)),
    };
  }
}

function warnAboutSandbox(binary: string): void {
  const helper = join(dirname(binary), 'chrome-sandbox');
  const restriction = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
  const helperStat = statSync(helper, { throwIfNoEntry: false });
  const advise = needsSandboxAdvice({
    platform: process.platform,
    noSandbox: process.env.NO_SANDBOX === '1',
    userNamespacesRestricted: files.read(restriction)?.trim() === '1',
    helper: helperStat ? { uid: helperStat.uid, mode: helperStat.mode } : undefined,
  });
  if (advise) {
    process.stderr.write(`${describeSandboxAdvice(helper, 'en')}\n${describeSandboxAdvice(helper, 'zh')}\n`);
  }
}

async function ensureElectron(): Promise<string> {
  const located = locateElectron(process.env, electronPackage, process.platform, files);
  if (located.kind === 'found') return located.path;
  if (located.kind === 'missing')
    fail({ code: 'binary-missing', variable: located.variable, path: located.path });
  const installed = await installElectron();
  const after = locateElectron(process.env, electronPackage, process.platform, files);
  if (installed.ok && after.kind === 'found') return after.path;
  const base = downloadBase(process.env);
  const cause = installed.ok
    ? ({
        code: 'install-failed',
        detail: 'install-electron finished, but no executable is in place',
      } as const)
    : downloadCause(hostOf(base), await probe(base), installed.output);
  return fail({ code: 'download-failed', version: electronVersion, cause });
}

const binary = await ensureElectron();
warnAboutSandbox(binary);
const child = spawn(process.execPath, [electronVite, mode, ...options], {
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
