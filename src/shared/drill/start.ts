import type { Item } from '../deck/item.ts';
import { mulberry32, shuffled } from '../random.ts';
import type { DrillConfig, PastAnswer } from './drill-config.ts';
import { DrillError } from './drill-error.ts';
import type { DrillState } from './drill-state.ts';
import { selectItems } from './select.ts';

/**
 * Starts a drill, running from `now`. The seed (a 32-bit integer) decides the sample, the question order and
 * each question's option order, all fixed in the state, so they stay the same for the whole session and after
 * a restart. `pastAnswers` is only needed for the `missed` selection.
 * Throws DrillError INVALID_CONFIG (bad limit, count or seed) or NO_QUESTIONS (nothing selected).
 */
export function startDrill(
  config: DrillConfig,
  items: readonly Item[],
  now: number,
  seed: number,
  pastAnswers: readonly PastAnswer[] = [],
): DrillState {
  checkConfig(config, now, seed);
  const selected = selectItems(config.selection, items, pastAnswers);
  if (selected.length === 0) {
    throw new DrillError(
      'NO_QUESTIONS',
      `deck ${config.deckId}: the ${config.selection.kind} selection is empty`,
    );
  }
  const random = mulberry32(seed);
  let asked = selected;
  if (config.count !== undefined && config.count < selected.length) {
    const sample = new Set(shuffled(selected, random).slice(0, config.count));
    asked = selected.filter((item) => sample.has(item));
  }
  if (config.shuffleQuestions) asked = shuffled(asked, random);
  return {
    version: 1,
    id: `drill-${now}-${(seed >>> 0).toString(36)}`,
    config,
    seed,
    questions: asked.map((item) => {
      const letters = item.options.map((option) => option.letter);
      return {
        item,
        optionOrder: config.shuffleOptions ? shuffled(letters, random) : letters,
        chosen: [],
        marked: false,
        timedOut: false,
        spentMs: 0,
      };
    }),
    current: 0,
    status: 'running',
    startedAt: now,
    activeSince: now,
    elapsedMs: 0,
    lastSeenAt: now,
    finishedAt: null,
    finishReason: null,
  };
}

function checkConfig(config: DrillConfig, now: number, seed: number): void {
  const invalid = (what: string) => new DrillError('INVALID_CONFIG', what);
  const { mode, count } = config;
  if (mode.kind !== 'practice' && !(Number.isFinite(mode.limitMs) && mode.limitMs > 0)) {
    throw invalid(`mode.limitMs must be a positive number of milliseconds, got ${mode.limitMs}`);
  }
  if (count !== undefined && !(Number.isInteger(count) && count >= 1)) {
    throw invalid(`count must be a whole number of at least 1, got ${count}`);
  }
  if (!Number.isInteger(seed)) throw invalid(`seed must be an integer, got ${seed}`);
  if (!Number.isFinite(now)) throw invalid(`now must be a finite time, got ${now}`);
}
