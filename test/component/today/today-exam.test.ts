import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TodayScreen from '../../../src/renderer/features/today/TodayScreen.svelte';
import { TodayStore } from '../../../src/renderer/features/today/today-store.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { loadSessionCards } from '../../../src/renderer/lib/db/review-session.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { runInSlices } from '../../../src/renderer/lib/slices.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { studyDay } from '../../../src/shared/srs/study-day.ts';

/** 2026-12-02 12:00 UTC; the exam is on 12 December, ten study days ahead. */
const now = Date.UTC(2026, 11, 2, 12);
const settings = defaultSrsSettings;

let counter = 0;
async function renderToday() {
  const database = createDatabase(`today-exam-${++counter}`);
  await installDeck(database, homework2Deck, now);
  await installCards(database, homework2Deck, now);
  const store = new TodayStore({
    database,
    scheduling: { scheduler: new Scheduler(settings) },
    clock: () => now,
  });
  render(TodayScreen, { props: { store, onstart: vi.fn() } });
  await vi.waitFor(() => expect(store.numbers).not.toBeNull());
  return { database, store };
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('the exam date on Today', () => {
  it('plans the days before the exam, shows "N cards a day until …" with a chart, and feeds the queue', async () => {
    locale.current = 'en';
    const { database } = await renderToday();
    const field = screen.getByLabelText('Exam date of Deep Learning Platforms and Applications: Homework 2');
    await fireEvent.change(field, { target: { value: '2026-12-12' } });
    await vi.waitFor(() =>
      expect(screen.getByTestId('exam-plan').textContent?.trim()).toBe('2 cards a day until 12 December'),
    );
    expect(screen.getByTestId('plan-chart').querySelectorAll('rect')).toHaveLength(10);
    // Today's planned cards reach the queue, and the plan is kept for the rest of the day.
    const session = await loadSessionCards(database, [homework2Deck.id], studyDay(now, settings));
    expect(session.planned.size).toBeGreaterThan(0);
    expect(await database.settings.get('examPlans')).toBeDefined();
  });

  it('refuses a date that is not after today, in Chinese, and clears a date', async () => {
    const { store } = await renderToday();
    const field = screen.getByLabelText('「《深度学习平台与应用》作业二」的考试日期');
    await fireEvent.change(field, { target: { value: '2026-12-02' } });
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('考试日期必须在今天之后。'));
    expect(store.exams).toEqual({});
    await fireEvent.change(field, { target: { value: '2026-12-20' } });
    await vi.waitFor(() => expect(screen.getByTestId('exam-plan')).toBeTruthy());
    await fireEvent.change(field, { target: { value: '' } });
    await vi.waitFor(() => expect(screen.queryByTestId('exam-plan')).toBeNull());
  });
});

describe('runInSlices', () => {
  it('runs a generator to its value, giving the thread back once a slice has used its budget', async () => {
    let time = 0;
    function* steps(): Generator<void, string, void> {
      for (let index = 0; index < 5; index++) {
        time += 4;
        yield;
      }
      return 'done';
    }
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    expect(await runInSlices(steps(), 8, () => time)).toBe('done');
    expect(timeout).toHaveBeenCalledTimes(2);
    timeout.mockRestore();
  });
});
