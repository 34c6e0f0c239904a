import { describe, expect, it } from 'vitest';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { statsReport, type StatsReport } from '../../../src/shared/stats/stats-report.ts';
import { StatsStore } from '../../../src/renderer/features/stats/stats-store.svelte.ts';
import { statsReportMark } from '../../../src/renderer/features/stats/stats-worker-client.ts';

/** A promise and the functions that settle it, so a test decides when each answer arrives. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the Stats store', () => {
  it('shows only the latest choice’s report: an answer to a range chosen before the screen reloaded is dropped', async () => {
    const answers: ReturnType<typeof deferred<StatsReport>>[] = [];
    const decks = deferred<{ id: string; title: { zh: string; en: string } }[]>();
    const store = new StatsStore({
      compute: () => {
        const answer = deferred<StatsReport>();
        answers.push(answer);
        return answer.promise;
      },
      decks: () => decks.promise,
      examDays: async () => ({}),
      settings: () => defaultSrsSettings,
      timeZone: () => 'Asia/Shanghai',
      now: () => Date.UTC(2026, 11, 2, 12),
    });
    const base = statsReport(
      { logs: [], cards: [], attempts: [], drills: [], items: {} },
      {
        range: 'quarter',
        deckId: null,
        clock: { timeZone: 'Asia/Shanghai', dayStartHour: 4 },
        now: Date.UTC(2026, 11, 2, 12),
        examDays: {},
        desiredRetention: 0.9,
        forecastDays: 30,
      },
      () => 1,
    );
    const marks = () => performance.getEntriesByName(statsReportMark).length;
    const before = marks();

    const yearShown = store.setRange('year');
    const loaded = store.load();
    // The year's answer comes while the screen is still reading the decks: older than the reload.
    answers[0]!.resolve({ ...base, first: 1 });
    await yearShown;
    expect(store.report).toBeNull();
    expect(marks()).toBe(before);

    decks.resolve([]);
    await new Promise((settled) => setTimeout(settled, 0));
    answers[1]!.resolve({ ...base, first: 2 });
    await loaded;
    expect(store.report?.first).toBe(2);
    expect(store.busy).toBe(false);
    expect(marks()).toBe(before + 1);
  });
});
