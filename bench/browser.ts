import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { chromiumArguments, findChromium, noChromiumMessage } from '../scripts/chromium.ts';

/**
 * The browser side of `npm run bench`: the built renderer served as `npm run web` serves it (the WebHost, the
 * engine in Web Workers), opened in Debian's Chromium, so a suite times the path a student's action takes in
 * the app itself. Long tasks (the browser's own measure of a blocked UI thread, over 50 ms) are recorded from
 * the first script on.
 */

/** One task that held the UI thread, as the Long Tasks API reports it (milliseconds since navigation). */
export interface LongTask {
  startTime: number;
  duration: number;
}

/** A browser context with a profile folder of its own. */
export interface ProfileContext {
  context: BrowserContext;
  /** The profile folder, to keep a copy of once the context is closed. */
  profile: string;
  /** Closes the context and removes its profile folder. */
  close(): Promise<void>;
}

/** The served app and a headless Chromium to open it in. */
export interface BenchBrowser {
  /**
   * A fresh context (its own empty IndexedDB and cache): a student opening the app for the first time. Each
   * selector in `watch` gets the page time at which it first showed (see shownAt).
   */
  newContext(watch?: string[]): Promise<BrowserContext>;
  /**
   * A context whose storage is on disk, in a profile folder of its own that `close` removes: a student's app,
   * whose IndexedDB is on disk (newContext's is in memory, where Chromium writes rows three to four times
   * slower: a bench that seeds a big history would time the seeding, not the app). `from` is a profile folder
   * to start from, copied (a history seeded by an earlier run, whose origin had the same port).
   */
  newProfileContext(from?: string, watch?: string[]): Promise<ProfileContext>;
  /** The port the app is served on: a profile's IndexedDB belongs to the origin, port included. */
  port: number;
  /** The app's address with a route, e.g. `#/calculator`. */
  url(route?: string): string;
  close(): Promise<void>;
}

let built = false;

/** Builds the renderer once per bench run, so a suite never times yesterday's build. */
function buildOnce(print: (line: string) => void): void {
  if (built) return;
  print('(building the renderer: npx electron-vite build)');
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status})`);
  built = true;
}

/**
 * Builds, serves out/renderer with the app's Content-Security-Policy on `port` (a free one if it is taken or 0),
 * and starts Chromium.
 */
export async function openBenchBrowser(print: (line: string) => void, port = 0): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath && !process.env.PLAYWRIGHT_OWN_CHROMIUM) throw new Error(noChromiumMessage.trim());
  buildOnce(print);
  const server: PreviewServer = await preview({
    configFile: 'vite.preview.config.ts',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  const origin = `http://127.0.0.1:${address.port}/`;
  const launchOptions = { ...(executablePath ? { executablePath } : {}), args: chromiumArguments };
  const browser: Browser = await chromium.launch(launchOptions);
  const viewport = { width: 1280, height: 800 };
  return {
    async newContext(watch = []) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(recordLongTasks);
      await context.addInitScript(recordShown, watch);
      return context;
    },
    async newProfileContext(from, watch = []) {
      const profile = await mkdtemp(join(tmpdir(), 'deepdrill-bench-'));
      if (from) await cp(from, profile, { recursive: true });
      const context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport });
      await context.addInitScript(recordLongTasks);
      await context.addInitScript(recordShown, watch);
      return {
        context,
        profile,
        async close() {
          await context.close();
          await rm(profile, { recursive: true, force: true });
        },
      };
    },
    port: address.port,
    url: (route = '') => `${origin}${route}`,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/**
 * The browser globals the page scripts below use, typed here because this folder is checked with Node's types,
 * not the DOM's. The page scripts keep what they record on the page's global object.
 */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  requestAnimationFrame(callback: () => void): number;
  MutationObserver: new (callback: (records: unknown[], observer: { disconnect(): void }) => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean; attributes: boolean }): void;
  };
  PerformanceObserver: new (callback: (list: { getEntries(): LongTask[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void;
  };
  benchLongTasks?: LongTask[];
  benchShown?: Record<string, number>;
}

/** Runs in the page before its own scripts: keeps every long task in `benchLongTasks`. */
function recordLongTasks(): void {
  const page = globalThis as unknown as PageGlobals;
  const tasks: LongTask[] = (page.benchLongTasks = []);
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ startTime: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks recorded in the page since `since` (page time, ms), oldest first. */
export async function longTasksSince(page: Page, since = 0): Promise<LongTask[]> {
  return page.evaluate(
    (from) =>
      ((globalThis as unknown as PageGlobals).benchLongTasks ?? []).filter(
        (task) => task.startTime + task.duration >= from,
      ),
    since,
  );
}

/** The page's clock (performance.now()), to mark the start of a measured stretch. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Runs in the page before its own scripts: for each selector, the page time of the first frame in which it
 * matched (a mutation marks it, the next animation frame, when it is painted, is the time kept).
 */
function recordShown(selectors: string[]): void {
  // No named inner functions: tsx (esbuild, keepNames) would wrap them in a helper the page does not have.
  const page = globalThis as unknown as PageGlobals;
  const shown: Record<string, number> = (page.benchShown = {});
  new page.MutationObserver((_records, observer) => {
    for (const selector of selectors)
      if (!(selector in shown) && page.document.querySelector(selector))
        page.requestAnimationFrame(() => (shown[selector] ??= performance.now()));
    if (selectors.every((selector) => selector in shown)) observer.disconnect();
  }).observe(page.document, { childList: true, subtree: true, attributes: true });
}

/** The page time at which a watched selector (newContext's `watch`) first showed; waits until it has. */
export async function shownAt(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (wanted) => (globalThis as unknown as PageGlobals).benchShown?.[wanted],
    selector,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The longest of some long tasks, 0 when there were none (no task held the UI thread over 50 ms). */
export function longest(tasks: LongTask[]): number {
  return tasks.reduce((most, task) => Math.max(most, task.duration), 0);
}
