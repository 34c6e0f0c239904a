import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests and benchmarks use, in this order: $CHROMIUM_PATH, Debian's /usr/bin/chromium,
 * then none (the caller says how to get one, or Playwright's own download is used with PLAYWRIGHT_OWN_CHROMIUM).
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** What to do when no Chromium is found: the one message the tests and the benchmarks print. */
export const noChromiumMessage =
  'No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`), or set ' +
  'CHROMIUM_PATH=/path/to/chromium, or set PLAYWRIGHT_OWN_CHROMIUM=1 after `npx playwright install chromium`.\n';

/**
 * The switches every headless run uses: no sandbox (CI runs as root), no GPU, and nothing that talks to the
 * network on its own, since only the npm registry and Debian's mirrors are reachable here.
 */
export const chromiumArguments = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
