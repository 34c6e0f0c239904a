import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bulkStudyHistory } from '../test/fixtures/study-history.ts';
import { putRows } from '../test/support/page-rows.ts';
import type { BenchBrowser } from './browser.ts';

/**
 * The Stats bench's history (test/fixtures/study-history.ts's bulk one) in a Chromium profile, kept between
 * runs: writing 100,000 logs into IndexedDB takes minutes here (each row is a round trip to the browser's
 * storage), reading them is what the bench times. A kept profile serves while the history would be the same:
 * the same sizes, fixture, schema and UTC day, and the origin's port (IndexedDB belongs to the origin).
 */

export interface HistorySizes {
  logs: number;
  attempts: number;
}

const cacheFolder = join('node_modules', '.cache', 'deepdrill-bench');
/** Rows per page.evaluate while writing the history: big enough to be quick, small enough to serialize. */
const chunk = 25_000;

/** What the history is made of: a kept profile with another key is stale. */
async function historyKey(sizes: HistorySizes): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...sizes, day: new Date().toISOString().slice(0, 10) }));
  for (const file of ['test/fixtures/study-history.ts', 'src/renderer/lib/db/schema.ts'])
    hash.update(await readFile(file));
  return `stats-${hash.digest('hex').slice(0, 16)}`;
}

/** The kept profiles of this key, by port. */
async function keptPorts(key: string): Promise<number[]> {
  if (!existsSync(cacheFolder)) return [];
  return (await readdir(cacheFolder))
    .filter((name) => name.startsWith(`${key}-`))
    .map((name) => Number(name.slice(key.length + 1)));
}

/** The port of a kept profile of this history, to serve the app on (0: none kept, any port). */
export async function cachedPort(sizes: HistorySizes): Promise<number> {
  return (await keptPorts(await historyKey(sizes)))[0] ?? 0;
}

/** A profile folder holding the history, for BenchBrowser.newProfileContext to start from. */
export async function seededProfile(
  browser: BenchBrowser,
  sizes: HistorySizes,
  progress: (what: string) => void,
): Promise<string> {
  const key = await historyKey(sizes);
  const kept = join(cacheFolder, `${key}-${browser.port}`);
  if (existsSync(kept)) {
    progress(`the history kept in ${kept}`);
    return kept;
  }
  progress('generating the history');
  const history = bulkStudyHistory({
    logs: sizes.logs,
    attempts: sizes.attempts,
    days: 365,
    now: Date.now(),
  });
  const seeding = await browser.newProfileContext();
  try {
    const page = await seeding.context.newPage();
    await page.goto(browser.url('#/today'));
    await page.getByTestId('today').waitFor();
    const writing = Date.now();
    progress(`writing ${history.logs.length.toLocaleString('en-US')} logs into the page's IndexedDB`);
    await putRows(page, { decks: [history.deck], items: history.items, cards: history.cards });
    for (let index = 0; index < history.logs.length; index += chunk)
      await putRows(page, { reviewLogs: history.logs.slice(index, index + chunk) });
    await putRows(page, { attempts: history.attempts });
    progress(`history written in ${Math.round((Date.now() - writing) / 1000)} s`);
    await seeding.context.close();
    // One kept history at a time: the others are stale.
    await rm(cacheFolder, { recursive: true, force: true });
    await mkdir(cacheFolder, { recursive: true });
    await cp(seeding.profile, kept, { recursive: true });
  } finally {
    await seeding.close();
  }
  return kept;
}
