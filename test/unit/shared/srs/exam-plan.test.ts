import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../../../src/shared/srs/card.ts';
import { planForExam } from '../../../../src/shared/srs/exam-plan.ts';
import { Scheduler } from '../../../../src/shared/srs/scheduler.ts';
import { dayStart, nextDayStart, studyDay } from '../../../../src/shared/srs/study-day.ts';
import { day, newCard, noon, settings } from './srs-fixtures.ts';

const today = studyDay(noon, settings);

/** A card in review, with its stability (days), last review and due date. */
function reviewed(id: string, stability: number, lastReview: number, due: number): ReviewCard {
  return { ...newCard(id), state: 'review', stability, difficulty: 5, lastReview, due, reps: 5 };
}

/** A card as a random deck has it: new, or reviewed some days ago with some stability and difficulty. */
const arbitraryCard = (index: number) =>
  fc.oneof(
    fc.constant(newCard(`card-${index}`, index)),
    fc
      .record({
        stability: fc.double({ min: 0.5, max: 90, noNaN: true }),
        difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
        daysAgo: fc.double({ min: 0.1, max: 60, noNaN: true }),
        relearning: fc.boolean(),
      })
      .map(({ stability, difficulty, daysAgo, relearning }): ReviewCard => {
        const lastReview = noon - daysAgo * day;
        return {
          ...newCard(`card-${index}`, index),
          state: relearning ? 'relearning' : 'review',
          stability,
          difficulty,
          lastReview,
          due: relearning ? lastReview + 600_000 : lastReview + Math.max(1, Math.round(stability)) * day,
          scheduledDays: Math.round(stability),
          reps: 4,
          lapses: relearning ? 1 : 0,
        };
      }),
  );

const arbitraryDeck = fc
  .integer({ min: 1, max: 30 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => arbitraryCard(index))));

/**
 * Replays a plan as the student would: each planned card graded Good at the start of its day (today: now),
 * then Good through the learning steps that fall on the same day.
 */
function replay(scheduler: Scheduler, cards: readonly ReviewCard[], plan: ReturnType<typeof planForExam>) {
  const state = new Map(cards.map((card) => [card.id, card]));
  for (const planned of plan.days) {
    const at = planned.day === today ? noon : dayStart(planned.day, settings);
    for (const id of planned.cardIds) {
      let card = scheduler.grade(state.get(id)!, 'good', at, 0).card;
      while (
        (card.state === 'learning' || card.state === 'relearning') &&
        card.due < nextDayStart(at, settings)
      )
        card = scheduler.grade(card, 'good', card.due, 0).card;
      state.set(id, card);
    }
  }
  return state;
}

describe('the exam plan', () => {
  it('leaves every card at the desired retention on the exam morning (or unreachable even daily), no day over its share + 1', () => {
    fc.assert(
      fc.property(
        arbitraryDeck,
        fc.integer({ min: 2, max: 30 }),
        fc.double({ min: 0.8, max: 0.93, noNaN: true }),
        (cards, daysAhead, desiredRetention) => {
          const scheduler = new Scheduler({ ...settings, desiredRetention });
          const ids = cards.map((card) => card.id);
          const plan = planForExam(scheduler, cards, today + daysAhead, noon);
          expect(plan.days.map((planned) => planned.day)).toEqual(
            Array.from({ length: daysAhead }, (_, offset) => today + offset),
          );
          const examMorning = dayStart(today + daysAhead, settings);
          const everyDay = { ...plan, days: plan.days.map((planned) => ({ ...planned, cardIds: ids })) };
          const daily = replay(scheduler, cards, everyDay);
          for (const card of replay(scheduler, cards, plan).values()) {
            if (!plan.unreachable.includes(card.id))
              expect(scheduler.recall(card, examMorning)).toBeGreaterThanOrEqual(desiredRetention);
            else expect(scheduler.recall(daily.get(card.id)!, examMorning)).toBeLessThan(desiredRetention);
          }
          for (const planned of plan.days) {
            expect(planned.cardIds.length).toBeLessThanOrEqual(plan.perDay + 1);
            expect(new Set(planned.cardIds).size).toBe(planned.cardIds.length);
          }
          expect(plan.total).toBe(plan.days.reduce((sum, planned) => sum + planned.cardIds.length, 0));
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('spreads 40 new cards evenly over 10 days, every one of them reaching the retention', () => {
    const scheduler = new Scheduler(settings);
    const cards = Array.from({ length: 40 }, (_, index) => newCard(`new-${index}`, index));
    const plan = planForExam(scheduler, cards, today + 10, noon);
    expect(plan.unreachable).toEqual([]);
    const loads = plan.days.map((planned) => planned.cardIds.length);
    expect(Math.max(...loads)).toBeLessThanOrEqual(plan.perDay + 1);
    expect(plan.days[0]!.cardIds.slice(0, 3)).toEqual(['new-0', 'new-1', 'new-2']);
    const examMorning = dayStart(today + 10, settings);
    for (const card of replay(scheduler, cards, plan).values())
      expect(scheduler.recall(card, examMorning)).toBeGreaterThanOrEqual(0.9);
  });

  it('adds an early review for a card FSRS would bring back only after the exam', () => {
    // Scheduled under 90% (due when its recall falls to 0.9), but the student now wants 95%.
    const scheduler = new Scheduler({ ...settings, desiredRetention: 0.95 });
    const card = reviewed('mature', 12, noon - day, noon + 11 * day);
    const exam = today + 10;
    expect(card.due).toBeGreaterThan(dayStart(exam, settings));
    expect(scheduler.recall(card, dayStart(exam, settings))).toBeLessThan(0.95);
    const plan = planForExam(scheduler, [card], exam, noon);
    expect(plan.total).toBeGreaterThanOrEqual(1);
    expect(plan.unreachable).toEqual([]);
    expect(
      scheduler.recall(replay(scheduler, [card], plan).get('mature')!, dayStart(exam, settings)),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('plans nothing for a card safe until the exam, and refuses an exam that is not ahead', () => {
    const scheduler = new Scheduler(settings);
    const safe = reviewed('safe', 200, noon - day, noon + 180 * day);
    const plan = planForExam(scheduler, [safe], today + 7, noon);
    expect(plan).toMatchObject({ total: 0, perDay: 0, unreachable: [] });
    expect(() => planForExam(scheduler, [safe], today, noon)).toThrow(
      expect.objectContaining({ code: 'EXAM_NOT_AHEAD' }),
    );
  });
});
