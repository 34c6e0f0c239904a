import type { Page } from '@playwright/test';
import { longest, longTasksSince, openBenchBrowser, pageNow, type LongTask } from './browser.ts';
import { cachedPort, seededProfile } from './stats-history.ts';
import { median, type BenchSuite } from './suite.ts';

/** The numbers; STATS_BENCH_LOGS / STATS_BENCH_ATTEMPTS give smaller ones for a quick comparison. */
const reviewLogs = Number(process.env.STATS_BENCH_LOGS ?? 100_000);
const attempts = Number(process.env.STATS_BENCH_ATTEMPTS ?? 10_000);
const runs = 3;
/** Issue 15's targets: every chart drawn within 500 ms of the data being loaded, no UI task over 50 ms. */
const targetMilliseconds = 500;
const taskTargetMilliseconds = 50;
/** The mark the Stats screen's store sets when a report it shows arrives (stats-store.svelte.ts). */
const reportMark = 'stats-report';
/** The measure each chart card makes of its chart's build and draw (ChartCard.svelte), its id after a space. */
const chartMeasure = 'stats-chart ';

interface StatsSample {
  /** From the click to the report's arrival: reading IndexedDB and aggregating, in the stats worker. */
  workerMilliseconds: number;
  /** From the report's arrival to the frame in which every chart is drawn. */
  chartsMilliseconds: number;
  /** The longest UI task from the click to that frame (0: none over 50 ms). */
  longestTaskMilliseconds: number;
  /** The chart whose build and draw took longest meanwhile, and how long (one task of the draw queue). */
  slowestChart: { id: string; milliseconds: number };
}

interface StatsRow {
  action: string;
  workerMilliseconds: number;
  chartsMilliseconds: number;
  longestTaskMilliseconds: number;
  slowestChart: string;
}

/** Globals the page scripts below use (this folder is checked with Node's types, not the DOM's). */
interface PageGlobals {
  document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };
  requestAnimationFrame(callback: () => void): number;
}

/**
 * Runs `act` (a click that shows the Stats screen or changes its range) and waits for the frame in which every
 * chart card says it is drawn (ChartCard's data-drawn) after a report newer than the click arrived.
 */
async function timeCharts(page: Page, act: () => Promise<void>): Promise<StatsSample> {
  const clicked = await pageNow(page);
  await act();
  // Checked at every animation frame; no named inner functions (tsx's keepNames helper is not in the page).
  const handle = await page.waitForFunction(
    ({ since, mark }) => {
      const page = globalThis as unknown as PageGlobals;
      const report = performance.getEntriesByName(mark).findLast((entry) => entry.startTime >= since);
      // ChartCard's data-drawn: "true" once its chart is drawn (or it has none to draw).
      const cards = Array.from(page.document.querySelectorAll('[data-drawn]'));
      const done =
        report && cards.length > 0 && cards.every((card) => card.getAttribute('data-drawn') === 'true');
      return done ? { report: report.startTime, drawn: performance.now() } : false;
    },
    { since: clicked, mark: reportMark },
    { polling: 'raf', timeout: 120_000 },
  );
  const times = (await handle.jsonValue()) as { report: number; drawn: number };
  const charts = await page.evaluate(
    ({ since, prefix }) =>
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith(prefix) && entry.startTime >= since)
        .map((entry) => ({ id: entry.name.slice(prefix.length), milliseconds: Math.round(entry.duration) })),
    { since: times.report, prefix: chartMeasure },
  );
  const tasks: LongTask[] = (await longTasksSince(page, clicked)).filter(
    (task) => task.startTime < times.drawn,
  );
  return {
    workerMilliseconds: times.report - clicked,
    chartsMilliseconds: times.drawn - times.report,
    longestTaskMilliseconds: longest(tasks),
    slowestChart: charts.reduce((most, chart) => (chart.milliseconds > most.milliseconds ? chart : most), {
      id: '-',
      milliseconds: 0,
    }),
  };
}

/**
 * `npm run bench -- stats`: the web build in Chromium with a year of study written into its IndexedDB (100,000
 * review logs, 10,000 graded attempts: test/fixtures/study-history.ts's bulk history), timing the Stats screen
 * from the report's arrival to every chart drawn, the longest UI task meanwhile and the slowest chart; on opening
 * the screen (the worker reads the database) and on changing the range (the worker reuses the rows it holds).
 * The database is on disk, in a profile of its own, as a student's is.
 */
export const statsSuite: BenchSuite = {
  name: 'stats',
  summary:
    `Stats screen with ${reviewLogs.toLocaleString('en-US')} review logs and ${attempts.toLocaleString('en-US')} ` +
    `attempts, web build in Chromium (median of ${runs} runs, the first opening apart; targets ${targetMilliseconds} ms, tasks under ${taskTargetMilliseconds} ms)`,
  async run(print) {
    const began = Date.now();
    const progress = (what: string) => print(`(${Math.round((Date.now() - began) / 1000)} s: ${what})`);
    const sizes = { logs: reviewLogs, attempts };
    const browser = await openBenchBrowser(print, await cachedPort(sizes));
    const samples: Record<string, StatsSample[]> = { open: [], year: [], month: [], quarter: [] };
    try {
      const profile = await seededProfile(browser, sizes, progress);
      const { context, close } = await browser.newProfileContext(profile);
      const page = await context.newPage();
      await page.goto(browser.url('#/today'));
      await page.getByTestId('today').waitFor();
      progress('timing');
      const nav = page.getByRole('navigation');
      for (let run = 0; run < runs; run++) {
        await nav.getByRole('link', { name: /^(Today|今日)$/ }).click();
        await page.getByTestId('today').waitFor();
        samples.open!.push(
          await timeCharts(page, () => nav.getByRole('link', { name: /^(Stats|统计)$/ }).click()),
        );
        const range = page.getByRole('radiogroup');
        samples.year!.push(await timeCharts(page, () => range.getByRole('radio').nth(2).click()));
        samples.month!.push(await timeCharts(page, () => range.getByRole('radio').nth(0).click()));
        // Timed too, so its report is in before the next run's click (a late one would be taken for the next).
        samples.quarter!.push(await timeCharts(page, () => range.getByRole('radio').nth(1).click()));
        const taken = (name: string) => {
          const sample = samples[name]!.at(-1)!;
          return `${name} ${Math.round(sample.workerMilliseconds)}/${Math.round(sample.chartsMilliseconds)}/${sample.longestTaskMilliseconds} ms`;
        };
        progress(
          `run ${run + 1} of ${runs} (worker/charts/longest task): ${['open', 'year', 'month', 'quarter'].map(taken).join(', ')}`,
        );
      }
      await close();
    } finally {
      await browser.close();
    }
    // The first opening apart: the worker starts and Chart.js's code runs for the first time.
    const rows: StatsRow[] = (
      [
        ['open Stats, first time (3 months)', samples.open!.slice(0, 1)],
        ['open Stats again', samples.open!.slice(1)],
        ['range: 1 year', samples.year!],
        ['range: 1 month', samples.month!],
        ['range: 3 months', samples.quarter!],
      ] as const
    ).map(([action, taken]) => {
      const slowest = taken
        .map((sample) => sample.slowestChart)
        .reduce((most, chart) => (chart.milliseconds > most.milliseconds ? chart : most));
      return {
        action,
        workerMilliseconds: Math.round(median(taken.map((sample) => sample.workerMilliseconds))),
        chartsMilliseconds: Math.round(median(taken.map((sample) => sample.chartsMilliseconds))),
        longestTaskMilliseconds: Math.max(...taken.map((sample) => sample.longestTaskMilliseconds)),
        slowestChart: `${slowest.id} ${slowest.milliseconds}`,
      };
    });
    print(
      '| action | worker (ms) | charts drawn (ms) | target (ms) | longest UI task (ms, worst run) | target (ms) | ' +
        'slowest chart build and draw (ms, worst run) |',
    );
    print('|---|---|---|---|---|---|---|');
    for (const row of rows)
      print(
        `| ${row.action} | ${row.workerMilliseconds} | ${row.chartsMilliseconds} | ${targetMilliseconds} | ` +
          `${row.longestTaskMilliseconds} | ${taskTargetMilliseconds} | ${row.slowestChart} |`,
      );
    return rows;
  },
};
