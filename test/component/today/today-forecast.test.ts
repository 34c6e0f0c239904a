import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { forecastStrip } from '../../../src/renderer/features/today/forecast-strip.ts';
import TodayForecast from '../../../src/renderer/features/today/TodayForecast.svelte';
import { TodayProgress } from '../../../src/renderer/features/today/today-progress.svelte.ts';
import { kindColours } from '../../../src/renderer/lib/charts/palette.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { loadToday } from '../../../src/renderer/lib/db/today.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { dayOfDate, studyDay } from '../../../src/shared/srs/study-day.ts';
import { card, log } from '../../unit/shared/stats/fixtures.ts';

const now = Date.UTC(2026, 11, 2, 12);
const today = dayOfDate(2026, 12, 2);

describe('forecastStrip: Today’s small forecast from the Stats aggregation', () => {
  it('stacks each day’s kinds bottom up in proportion to the busiest day, exam days flagged', () => {
    const strip = forecastStrip(
      {
        days: [
          { day: today, learning: 1, young: 1, mature: 2 },
          { day: today + 1, learning: 0, young: 2, mature: 0 },
          { day: today + 2, learning: 0, young: 0, mature: 0 },
          { day: today + 3, learning: 0, young: 0, mature: 0 },
        ],
        overdue: 0,
        examDays: [today + 3],
      },
      100,
      40,
    );
    expect([strip.today, strip.tomorrow, strip.total]).toEqual([4, 2, 6]);
    const [first, second, , exam] = strip.days;
    // The busiest day (4 cards) fills the 40 units: mature 20 at the bottom, young 10, learning 10 on top.
    expect(first!.pieces).toEqual([
      { kind: 'mature', colour: kindColours.mature, y: 20, height: 20 },
      { kind: 'young', colour: kindColours.young, y: 10, height: 10 },
      { kind: 'learning', colour: kindColours.learning, y: 0, height: 10 },
    ]);
    expect(second!.pieces).toEqual([{ kind: 'young', colour: kindColours.young, y: 20, height: 20 }]);
    expect([first!.x, first!.width, second!.x]).toEqual([1.5, 22, 26.5]);
    expect(strip.days.map((day) => day.exam)).toEqual([false, false, false, true]);
    expect(exam!.pieces).toEqual([]);
  });
});

let counter = 0;
async function renderForecast(withHistory: boolean, examDays: number[] = []) {
  const database = createDatabase(`today-forecast-${++counter}`);
  if (withHistory) {
    await database.cards.bulkPut([
      card('a', 'review', { deckId: 'deck', due: Date.UTC(2026, 11, 3, 12), scheduledDays: 4 }),
      card('b', 'review', { deckId: 'deck', due: Date.UTC(2026, 11, 3, 13), scheduledDays: 30 }),
      card('c', 'learning', { deckId: 'deck', due: Date.UTC(2026, 11, 2, 13) }),
      card('elsewhere', 'review', { deckId: 'other', due: Date.UTC(2026, 11, 3, 12) }),
    ]);
    // Studied on the 28th, 29th, 30th, then the 1st and today: a streak of 2 after a longest of 3.
    await database.reviewLogs.bulkPut(
      [27, 28, 29]
        .map((day) => log(`2026-11-${day + 1}T12:00:00Z`, 'good', 'new', 0, { day: today - 5 + day - 27 }))
        .concat([log('2026-12-01T12:00:00Z', 'good', 'new', 0, { day: today - 1 })])
        .concat([log('2026-12-02T12:00:00Z', 'good', 'new', 0, { day: today })]),
    );
  }
  // The rows Today reads for its numbers, of the decks it shows.
  const read = await loadToday(database, ['deck'], now, defaultSrsSettings);
  const progress = new TodayProgress();
  const dayOf = (time: number) => studyDay(time, defaultSrsSettings);
  progress.show({ ...read, dayOf, today: dayOf(now) }, examDays);
  render(TodayForecast, { props: { progress } });
  return progress;
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('TodayForecast', () => {
  it('sums the next two weeks of the decks shown, with the longest streak', async () => {
    locale.current = 'en';
    const progress = await renderForecast(true, [today + 5]);
    expect(progress.forecast?.examDays).toEqual([today + 5]);
    expect(screen.getByTestId('today-forecast-summary').textContent?.trim()).toBe(
      '3 cards due in the next 14 days, 2 tomorrow',
    );
    expect(screen.getByTestId('today-longest-streak').textContent?.trim()).toBe(
      'Longest streak 3 days; 5 days studied',
    );
    expect(screen.getByRole('img', { name: 'Cards due on each of the next 14 days' })).toBeTruthy();
    expect(screen.getByText('Exam')).toBeTruthy();
  });

  it('says how to get a forecast on an empty profile, in Chinese', async () => {
    await renderForecast(false);
    expect(screen.getByTestId('today-forecast-empty').textContent?.trim()).toBe(
      '复习几张卡片后，这里会显示它们在接下来几天的到期情况。',
    );
    expect(screen.queryByTestId('today-longest-streak')).toBeNull();
  });
});
