import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { eventChannels, invokeChannels } from '../../src/shared/ipc/contract.ts';

const root = resolve(import.meta.dirname, '../..');
const builtMain = join(root, 'out/main/index.js');

/**
 * The Electron binary: $ELECTRON_EXEC_PATH, or the one `npm install electron` downloads (named in
 * node_modules/electron/path.txt, under dist/). Machines that cannot reach GitHub have neither.
 */
function findElectron(): string | undefined {
  const fromEnvironment = process.env.ELECTRON_EXEC_PATH;
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const noElectron =
  'No Electron binary here: set ELECTRON_EXEC_PATH, or run `npm install electron` where GitHub is reachable ' +
  '(node_modules/electron/path.txt and dist/ are missing).';

test('the built app opens its window on app://bundle with one bridge function per channel', async () => {
  const executablePath = findElectron();
  if (!executablePath) test.skip(true, noElectron);
  if (!existsSync(builtMain))
    throw new Error(`${builtMain} is missing: run \`npx electron-vite build\` first.`);

  const { ELECTRON_RENDERER_URL: _devServer, ...environment } = process.env;
  // The app would otherwise use the real userData folder (`npm start` does): keep the tester's data out of it.
  const userData = mkdtempSync(join(tmpdir(), 'deepdrill-electron-'));
  const app = await electron.launch({
    executablePath,
    args: [builtMain],
    env: { ...environment, DEEPDRILL_USER_DATA_DIR: userData } as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('DeepDrill');
    expect(page.url()).toBe('app://bundle/index.html');
    const bridge = await page.evaluate(() => ({
      invoke: Object.entries(window.deepdrill?.invoke ?? {}).map(([name, value]) => [name, typeof value]),
      on: Object.entries(window.deepdrill?.on ?? {}).map(([name, value]) => [name, typeof value]),
      hasRequire: 'require' in window,
    }));
    expect(bridge.invoke.sort()).toEqual(invokeChannels.map((channel) => [channel, 'function']).sort());
    expect(bridge.on.sort()).toEqual(eventChannels.map((channel) => [channel, 'function']).sort());
    expect(bridge.hasRequire).toBe(false);
    // app://'s CSP lets the kernels compile (a <meta> policy without 'wasm-unsafe-eval' once blocked them).
    const compiles = await page.evaluate(
      () =>
        new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module,
    );
    expect(compiles).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
