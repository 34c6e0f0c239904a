import type { Page } from '@playwright/test';
import { analyzeNetwork } from '../src/shared/nn/analyze.ts';
import { parseNetworkText } from '../src/shared/nn/dsl/parse.ts';
import type { NetworkSpec } from '../src/shared/nn/network.ts';
import { presetNetwork } from '../src/shared/nn/presets/index.ts';
import { longest, longTasksSince, openBenchBrowser, pageNow, type BenchBrowser } from './browser.ts';
import { median, type BenchSuite } from './suite.ts';

/**
 * `npm run bench -- calculator`: the Layer calculator with big networks, web build in Chromium (the WebHost),
 * as issue 12 (freeze 9) and issue 11 (item 5) describe them: a 5,000-line network pasted into the text editor
 * and then edited key by key, a reload with that network saved, its layer list, and a layer of ResNet-50 edited
 * in its form. Each figure is the median of the runs, printed beside its target and beside the figure measured
 * on main before the calculator was made fluid (`before` below).
 */

/** BENCH_RUNS=1 for a quick look; the figures kept below are medians of 3. */
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** A step still frozen after this is reported as failed (main's layer list of 5,000 rows took minutes). */
const stepTimeout = 120_000;
/** No task on the UI thread over this: a frame a student would feel (issues 11 and 12). */
const targetMilliseconds = 50;
/** Between two keys: a quick typist, so that the edits overlap the analyses they start. */
const keyGapMilliseconds = 120;

/**
 * The figures on main before this suite's fixes (commit 6d6f69e, median of 3 runs, 12:03-12:16 UTC on a shared
 * 2-core machine under a load average of 12 to 16: slower than a student's laptop, but the order is what
 * counts). Issue 12 measured the same steps on a quieter machine: 0.9 + 2.8 + 2.1 s to paste, 55-454 ms per
 * key, 1.3 s to show the layer list, 10 s to reload; issue 11 measured 55-85 ms per ResNet-50 edit. With the
 * virtual rows and the reading in the engine (13:12-13:17 UTC, load average 15 to 20) the same rows measured
 * 1,673 / 6,621 / 784 / 4,679 / 11,094 / 1,760 / 423 / 344 ms: 2 to 30 times less, but not yet under 50 ms there.
 */
const before: Record<string, number> = {
  'paste 5,000 lines: longest task': 21_693,
  'paste 5,000 lines: until the analysis shows': 36_771,
  '10 edits of the 5,000 lines: longest task': 2_910,
  'reload: until the text shows': 4_569,
  'reload: until the analysis shows': 29_961,
  'reload: longest task': 21_720,
  'switch to the layer list: longest task': 12_469,
  '10 edits of a ResNet-50 layer: longest task': 740,
};

/** 'network big', 'input 3x32x32', then 4,998 layers alternating `conv 8 k3 p1` and `relu`: 5,000 lines. */
export const bigNetwork = [
  'network big',
  'input 3x32x32',
  ...Array.from({ length: 4_998 }, (_, index) => (index % 2 === 0 ? 'conv 8 k3 p1' : 'relu')),
].join('\n');

/** The total parameter count as the summary prints it in English (60,965,224). */
function shownParams(network: NetworkSpec): string {
  const analysis = analyzeNetwork(network, { dtype: 'fp32', explain: false });
  return analysis.totals.params.total.toLocaleString('en-US');
}

/** The big network with its first conv's filter count changed, as the edits below leave it. */
function bigNetworkWith(filters: number): string {
  return bigNetwork.replace('\nconv 8 k3 p1', `\nconv ${filters} k3 p1`);
}

/** ResNet-50 with one layer's output channels changed, as the layer form's edits below leave it. */
function resnetWith(layerName: string, outChannels: number): NetworkSpec {
  const network = presetNetwork('resnet50')!;
  return {
    ...network,
    layers: network.layers.map((layer) =>
      layer.name === layerName ? { ...layer, attributes: { ...layer.attributes, outChannels } } : layer,
    ),
  };
}

/** The keys of the text edits: the first conv's 8 becomes 3, 32, 3, (nothing), 6, 64, 6, (nothing), 1, 16. */
const textKeys = ['3', '2', 'Backspace', 'Backspace', '6', '4', 'Backspace', 'Backspace', '1', '6'];
const textEdited = 16;
/** The layer edited in ResNet-50 (the list's sixth row, in view without scrolling) and its keys: 64 → 68. */
const resnetLayer = 'layer1.0.conv2';
const resnetKeys = ['0', 'Backspace', '0', 'Backspace', '0', 'Backspace', '0', 'Backspace', 'Backspace', '8'];
const resnetEdited = 68;

/** Waits (polling every frame) until the summary's parameter total reads `text`; returns the page time then. */
async function paramsShown(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    (wanted) =>
      (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="total-params"]')
        ?.textContent === wanted && performance.now(),
    text,
    { polling: 'raf', timeout: stepTimeout },
  );
  return (await handle.jsonValue()) as number;
}

async function pressKeys(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(keyGapMilliseconds);
  }
}

/** The calculator's saved text, once the store has written it (a reload must not race the write). */
async function savedTextLength(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve, reject) => {
        const opening = (globalThis as unknown as PageGlobals).indexedDB.open('deepdrill');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('settings').objectStore('settings').get('calculator');
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            opening.result.close();
            resolve((reading.result as { value?: { text?: string } } | undefined)?.value?.text?.length);
          };
        };
      }),
  );
}

async function waitForSave(page: Page, length: number): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if ((await savedTextLength(page)) === length) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the calculator never saved the edited network');
}

type Sample = Record<string, number>;

/**
 * The browser globals the page scripts below use, typed here because this folder is checked with Node's types,
 * not the DOM's (bench/browser.ts does the same).
 */
interface PageGlobals {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): { length: number };
  };
  requestAnimationFrame(callback: () => void): number;
  indexedDB: {
    open(name: string): PageRequest<{
      transaction(store: string): { objectStore(store: string): { get(key: string): PageRequest<unknown> } };
      close(): void;
    }>;
  };
  DataTransfer: new () => { setData(type: string, data: string): void };
  ClipboardEvent: new (
    type: string,
    init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean },
  ) => unknown;
}

interface PageRequest<Result> {
  result: Result;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

/** Opens the calculator in English in a fresh context (an empty database). */
async function openCalculator(browser: BenchBrowser): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(browser.url('#/calculator'));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Layer calculator' }).click();
  await page.getByTestId('total-params').waitFor();
  return { page, close: () => context.close() };
}

/** (a) and (b): the 5,000 lines pasted, edited, reloaded and shown as a layer list. */
async function bigNetworkSteps(browser: BenchBrowser, sample: Sample): Promise<void> {
  const { page, close } = await openCalculator(browser);
  try {
    await page.getByRole('radio', { name: 'Text', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Network description' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');

    // The paste, as CodeMirror takes one: the clipboard data of a `paste` event on its content element.
    let since = await pageNow(page);
    await editor.evaluate((content, pasted) => {
      const page = globalThis as unknown as PageGlobals;
      const clipboardData = new page.DataTransfer();
      clipboardData.setData('text/plain', pasted);
      (content as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(
        new page.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    }, bigNetwork);
    const pasted = await paramsShown(page, shownParams(parseNetworkText(bigNetwork)));
    sample['paste 5,000 lines: longest task'] = longest(await longTasksSince(page, since));
    sample['paste 5,000 lines: until the analysis shows'] = pasted - since;

    // Line 3 is the first `conv 8 k3 p1`: the 8 is selected, then typed over key by key.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    for (let step = 0; step < 'conv '.length; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    since = await pageNow(page);
    await pressKeys(page, textKeys);
    const editedText = bigNetworkWith(textEdited);
    const editedParams = shownParams(parseNetworkText(editedText));
    await paramsShown(page, editedParams);
    sample['10 edits of the 5,000 lines: longest task'] = longest(await longTasksSince(page, since));

    // A reload with that network saved: the text at once, the analysis when it is ready.
    await waitForSave(page, editedText.length);
    await page.goto('about:blank');
    await page.goto(browser.url('#/calculator'));
    const textShown = await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.querySelectorAll('.cm-line').length > 0
          ? performance.now()
          : 0,
      undefined,
      { polling: 'raf', timeout: stepTimeout },
    );
    sample['reload: until the text shows'] = (await textShown.jsonValue()) as number;
    sample['reload: until the analysis shows'] = await paramsShown(page, editedParams);
    sample['reload: longest task'] = longest(await longTasksSince(page, 0));

    // The same network as a layer list.
    since = await pageNow(page);
    await page.getByRole('radio', { name: 'Layers', exact: true }).click();
    await page.locator('li[data-layer="conv1"] code').waitFor({ timeout: stepTimeout });
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          (globalThis as unknown as PageGlobals).requestAnimationFrame(() => setTimeout(resolve)),
        ),
    );
    sample['switch to the layer list: longest task'] = longest(await longTasksSince(page, since));
  } finally {
    await close();
  }
}

/** (c) A layer of ResNet-50 edited in its form, key by key. */
async function resnetSteps(browser: BenchBrowser, sample: Sample): Promise<void> {
  const { page, close } = await openCalculator(browser);
  try {
    await page.getByLabel('Preset').selectOption('resnet50');
    await paramsShown(page, shownParams(presetNetwork('resnet50')!));
    await page.locator(`li[data-layer="${resnetLayer}"] button.edit`).click();
    const field = page.getByTestId('layer-form').locator('[data-field="outChannels"]');
    await field.click();
    await page.keyboard.press('End');
    const since = await pageNow(page);
    await pressKeys(page, resnetKeys);
    await paramsShown(page, shownParams(resnetWith(resnetLayer, resnetEdited)));
    sample['10 edits of a ResNet-50 layer: longest task'] = longest(await longTasksSince(page, since));
  } finally {
    await close();
  }
}

/** One run of every step; a step that fails (main froze past the timeout) leaves its figures out. */
async function runOnce(browser: BenchBrowser, print: (line: string) => void): Promise<Sample> {
  const sample: Sample = {};
  for (const steps of [bigNetworkSteps, resnetSteps]) {
    try {
      await steps(browser, sample);
    } catch (thrown) {
      print(`(a step failed: ${String(thrown).split('\n')[0]})`);
    }
  }
  print(`(run: ${JSON.stringify(sample)})`);
  return sample;
}

interface CalculatorRow {
  step: string;
  /** Median over the runs, milliseconds. */
  milliseconds: number;
  /** The target (a task) or null (a time to report). */
  targetMilliseconds: number | null;
  beforeMilliseconds: number;
}

export const calculatorSuite: BenchSuite = {
  name: 'calculator',
  summary:
    `the Layer calculator with a 5,000-line network and ResNet-50, web build in Chromium (median of ${runs}; ` +
    `target: no task over ${targetMilliseconds} ms)`,
  async run(print) {
    const browser = await openBenchBrowser(print);
    const samples: Sample[] = [];
    try {
      for (let run = 0; run < runs; run++) samples.push(await runOnce(browser, print));
    } finally {
      await browser.close();
    }
    const rows: CalculatorRow[] = Object.keys(before).map((step) => ({
      step,
      milliseconds: Math.round(median(samples.map((sample) => sample[step] ?? Number.NaN))),
      targetMilliseconds: step.endsWith('longest task') ? targetMilliseconds : null,
      beforeMilliseconds: before[step]!,
    }));
    print('| step | now (ms) | target (ms) | before (ms) | runs (ms) |');
    print('|---|---|---|---|---|');
    for (const row of rows)
      print(
        `| ${row.step} | ${row.milliseconds} | ${row.targetMilliseconds ?? 'report'} | ` +
          `${row.beforeMilliseconds} | ${samples.map((sample) => Math.round(sample[row.step] ?? Number.NaN)).join(', ')} |`,
      );
    return rows;
  },
};
