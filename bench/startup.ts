import type { BrowserContext, Page } from '@playwright/test';
import { longest, longTasksSince, openBenchBrowser, shownAt } from './browser.ts';
import { cachedPort, seededProfile } from './stats-history.ts';
import { median, type BenchSuite } from './suite.ts';

/** Today's table of decks: the first screen is usable once its counts and start button are there. */
const todayReady = '[data-testid="today-deck"]';
const runs = 5;

/**
 * The floor under any start on this machine: a page of the same origin whose only script (a module, as the
 * app's) opens an IndexedDB database, reads one count and shows a paragraph. What the browser alone costs
 * (a new page, a module script, IndexedDB), so the app's own share of its start can be read off beside it.
 */
const floorReady = '[data-floor]';
const floorPage =
  '<!doctype html><html><head><meta charset="UTF-8"></head><body><script type="module" src="./bench-floor.js"></script></body></html>';
const floorScript = `
const opening = indexedDB.open('bench-floor', 1);
opening.onupgradeneeded = () => opening.result.createObjectStore('rows');
opening.onsuccess = () => {
  const counting = opening.result.transaction('rows').objectStore('rows').count();
  counting.onsuccess = () => {
    const shown = document.createElement('p');
    shown.setAttribute('data-floor', '');
    shown.textContent = String(counting.result);
    document.body.append(shown);
  };
};`;
/** A student after a year of study: the Stats bench's history, kept between runs (stats-history.ts). */
const yearOfStudy = { logs: 100_000, attempts: 10_000 };

/** Issue 11's target for a cold start to a usable first screen. */
const targetMilliseconds = 500;
/** Issue 11's figure when it was written: usable after 1.0-1.5 s, from one 1.5 MB script. */
const beforeMilliseconds = '1,000-1,500';

interface StartupRow {
  start: string;
  /** Median over the runs: navigation to Today's decks painted. */
  usableMilliseconds: number;
  /** Median over the runs: the longest task that held the UI thread meanwhile (0: none over 50 ms). */
  longestTaskMilliseconds: number;
  /** JavaScript the page had received when it was usable (kilobytes, decoded, median). */
  scriptKilobytes: number;
  /** Median page time of each step main.ts marks on the way (`performance.mark('deepdrill:…')`). */
  steps: Record<string, number>;
}

/**
 * The JavaScript the page had received by `until` (page time): the decoded sizes of its script resources, so
 * that what loads once Today is shown (the built-in decks' install, a worker) is not counted.
 */
async function scriptBytesBefore(page: Page, until: number): Promise<number> {
  return page.evaluate((until) => {
    // Typed by hand: this folder is checked with Node's types, whose entries have no resource fields.
    const page = globalThis as unknown as {
      performance: {
        getEntriesByType(type: string): { name: string; responseEnd: number; decodedBodySize: number }[];
      };
    };
    return page.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= until)
      .reduce((sum, entry) => sum + entry.decodedBodySize, 0);
  }, until);
}

interface StartSample {
  usable: number;
  longest: number;
  script: number;
  steps: Record<string, number>;
}

/** Opens the app in a new page of `context` and measures its start, until Today is usable. */
async function timedStart(context: BrowserContext, url: string): Promise<StartSample> {
  const page = await context.newPage();
  await page.goto(url);
  const usable = await shownAt(page, todayReady);
  const tasks = await longTasksSince(page, 0);
  const sample = {
    usable,
    longest: longest(tasks.filter((task) => task.startTime < usable)),
    script: await scriptBytesBefore(page, usable),
    steps: await startupMarks(page),
  };
  await page.close();
  return sample;
}

/** The steps main.ts marks, in order, each as page time (ms since navigation). */
async function startupMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    // Before the app's own marks: the page's HTML received, and its script parsed (the DOM interactive).
    // Typed by hand: this folder is checked with Node's types, whose entry types have no 'navigation'.
    const page = globalThis as unknown as {
      performance: { getEntriesByType(type: string): { responseEnd: number; domInteractive: number }[] };
    };
    const [navigation] = page.performance.getEntriesByType('navigation');
    return {
      html: Math.round(navigation?.responseEnd ?? Number.NaN),
      parsed: Math.round(navigation?.domInteractive ?? Number.NaN),
      ...Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('deepdrill:'))
          .map((mark) => [mark.name.slice('deepdrill:'.length), Math.round(mark.startTime)]),
      ),
    };
  });
}

/**
 * `npm run bench -- startup`: the web build in Chromium, from navigation to a usable Today screen, on a
 * student's first start (empty database: the built-in decks are installed), on a later start (a reload), and on
 * a later start after a year of study (100,000 review logs, 10,000 attempts: the Stats bench's kept history).
 */
export const startupSuite: BenchSuite = {
  name: 'startup',
  summary: `cold start to a usable Today screen, web build in Chromium (median of ${runs}; target ${targetMilliseconds} ms)`,
  async run(print) {
    // On the port of the kept year of study, if there is one (its IndexedDB belongs to that origin).
    const browser = await openBenchBrowser(print, await cachedPort(yearOfStudy));
    const first: StartSample[] = [];
    const later: StartSample[] = [];
    const floor: StartSample[] = [];
    const studied: StartSample[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext([todayReady, floorReady]);
        await context.route('**/bench-floor.html', (route) =>
          route.fulfill({ contentType: 'text/html', body: floorPage }),
        );
        await context.route('**/bench-floor.js', (route) =>
          route.fulfill({ contentType: 'text/javascript', body: floorScript }),
        );
        for (const samples of [first, later]) samples.push(await timedStart(context, browser.url('#/')));
        // The floor, twice (its database made, then opened as a later start opens the app's): the second counts.
        for (const visit of [0, 1]) {
          const page = await context.newPage();
          await page.goto(browser.url('bench-floor.html'));
          const usable = await shownAt(page, floorReady);
          if (visit === 1) floor.push({ usable, longest: 0, script: floorScript.length, steps: {} });
          await page.close();
        }
        await context.close();
      }
      // Later starts after a year of study, each in a fresh copy of a profile on disk and a fresh browser: a
      // student's launch, whose storage opens the year's database cold.
      const profile = await seededProfile(browser, yearOfStudy, (what) => print(`(${what})`));
      for (let run = 0; run < runs; run++) {
        const year = await browser.newProfileContext(profile, [todayReady]);
        try {
          studied.push(await timedStart(year.context, browser.url('#/')));
        } finally {
          await year.close();
        }
      }
    } finally {
      await browser.close();
    }
    const rows: StartupRow[] = [
      ['first start (empty database)', first],
      ['later start (decks installed)', later],
      ['later start, a year of study (100,000 logs)', studied],
      ['floor: a blank page that opens IndexedDB', floor],
    ].map(([start, samples]) => {
      const list = samples as StartSample[];
      return {
        start: start as string,
        usableMilliseconds: Math.round(median(list.map((sample) => sample.usable))),
        longestTaskMilliseconds: median(list.map((sample) => sample.longest)),
        scriptKilobytes: Math.round(median(list.map((sample) => sample.script)) / 1024),
        // A step a run did not reach (a start that skipped it) is left out of that step's median.
        steps: Object.fromEntries(
          [...new Set(list.flatMap((sample) => Object.keys(sample.steps)))].map((step) => [
            step,
            median(list.flatMap((sample) => sample.steps[step] ?? [])),
          ]),
        ),
      };
    });
    print(
      '| start | usable (ms) | target (ms) | ratio | before (ms, issue 11) | longest task (ms) | script (KB) |',
    );
    print('|---|---|---|---|---|---|---|');
    for (const row of rows)
      print(
        `| ${row.start} | ${row.usableMilliseconds} | ${targetMilliseconds} | ` +
          `${(row.usableMilliseconds / targetMilliseconds).toFixed(2)}x | ` +
          `${row.start.startsWith('floor') || row.start.includes('year') ? '-' : beforeMilliseconds} | ` +
          `${row.longestTaskMilliseconds} | ` +
          `${row.scriptKilobytes} |`,
      );
    // Where the time goes: the page time (median, ms) at which main.ts reached each step.
    print('');
    const steps = [...new Set(rows.flatMap((row) => Object.keys(row.steps)))].sort(
      (a, b) => (rows[0]?.steps[a] ?? 0) - (rows[0]?.steps[b] ?? 0),
    );
    print(`| start | ${steps.join(' | ')} | usable |`);
    print(`|---|${steps.map(() => '---|').join('')}---|`);
    for (const row of rows)
      print(
        `| ${row.start} | ${steps.map((step) => row.steps[step] ?? '-').join(' | ')} | ${row.usableMilliseconds} |`,
      );
    return rows;
  },
};
