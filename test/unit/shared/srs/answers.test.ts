import { describe, expect, it } from 'vitest';
import type { McqItem } from '../../../../src/shared/deck/item.ts';
import { homework2Mcqs } from '../../../../src/shared/deck/seed/homework2.ts';
import {
  ratingForMcq,
  ratingForOutcome,
  shareRight,
  usualTimeMs,
} from '../../../../src/shared/srs/answer-rating.ts';
import { cardsForItem } from '../../../../src/shared/srs/card.ts';
import { suspend } from '../../../../src/shared/srs/card-actions.ts';
import { gradeDrillAnswers } from '../../../../src/shared/srs/drill-feed.ts';
import { Scheduler } from '../../../../src/shared/srs/scheduler.ts';
import { day, minute, noon, settings } from './srs-fixtures.ts';

const single = homework2Mcqs[0]!; // answer B
const multiple: McqItem = { ...single, id: 'multi', answer: ['A', 'C'] };

describe('answers to ratings (PRODUCT.md)', () => {
  it('maps wrong, helped, right and fast', () => {
    const outcome = { shareRight: 1, helped: false, spentMs: 8_000, usualMs: 10_000 };
    expect(ratingForOutcome({ ...outcome, shareRight: 0 })).toBe('again');
    expect(ratingForOutcome({ ...outcome, helped: true })).toBe('hard');
    expect(ratingForOutcome(outcome)).toBe('easy');
    expect(ratingForOutcome({ ...outcome, spentMs: 10_000 })).toBe('good');
    expect(ratingForOutcome({ ...outcome, usualMs: null })).toBe('good');
  });

  it('gives multi-part answers all → Good, most → Hard, else Again', () => {
    const outcome = { helped: false, spentMs: 1, usualMs: null };
    expect(ratingForOutcome({ ...outcome, shareRight: 0.75 })).toBe('hard');
    expect(ratingForOutcome({ ...outcome, shareRight: 0.5 })).toBe('again');
  });

  it('reads an MCQ: single answers all or nothing, multiple answers option by option', () => {
    expect(ratingForMcq(single, ['B'], 5_000, null)).toBe('good');
    expect(ratingForMcq(single, ['B'], 5_000, 9_000)).toBe('easy');
    expect(ratingForMcq(single, ['C'], 5_000, 9_000)).toBe('again');
    expect(ratingForMcq(single, ['B', 'C'], 5_000, null)).toBe('again');
    expect(shareRight(multiple, ['A', 'C'])).toBe(1);
    expect(shareRight(multiple, ['A'])).toBe(0.75);
    expect(ratingForMcq(multiple, ['A'], 1, null)).toBe('hard');
    expect(ratingForMcq(multiple, ['B', 'D'], 1, null)).toBe('again');
  });

  it("an item's usual time is the median of its gradings that were not Again", () => {
    const scheduler = new Scheduler(settings);
    const [card] = cardsForItem(single, 'homework2', 0, noon);
    const log = (rating: 'again' | 'good', elapsedMs: number) =>
      scheduler.grade(card!, rating, noon, elapsedMs).log;
    expect(usualTimeMs(single.id, [])).toBeNull();
    expect(usualTimeMs(single.id, [log('good', 9), log('again', 1), log('good', 3), log('good', 4)])).toBe(4);
    expect(usualTimeMs(single.id, [log('good', 2), log('good', 6)])).toBe(4);
  });
});

describe('drills feed the schedule', () => {
  const scheduler = new Scheduler(settings);
  const cards = homework2Mcqs.flatMap((item, position) => cardsForItem(item, 'homework2', position, noon));

  it('a missed question comes back within minutes, a right one is a review', () => {
    const mature = scheduler.grade(
      scheduler.grade(cards[1]!, 'good', noon, 1).card,
      'good',
      noon + 10 * minute,
      1,
    ).card;
    const later = noon + 3 * day;
    const fed = gradeDrillAnswers(
      scheduler,
      [cards[0]!, mature],
      [
        { itemId: mature.itemId, correct: false, spentMs: 12_000, at: later },
        { itemId: cards[0]!.itemId, correct: true, spentMs: 8_000, at: later },
      ],
    );
    const missed = fed.cards.find((card) => card.id === mature.id)!;
    expect(missed).toMatchObject({ state: 'relearning', lapses: 1, due: later + 10 * minute });
    const right = fed.cards.find((card) => card.id === cards[0]!.id)!;
    expect(right.reps).toBe(1);
    expect(fed.logs.map((log) => [log.cardId, log.rating, log.source, log.elapsedMs])).toEqual([
      ['hw2-mcq-2', 'again', 'drill', 12_000],
      ['hw2-mcq-1', 'good', 'drill', 8_000],
    ]);
  });

  it('grades answers in time order, skips suspended cards and refuses an item without a card', () => {
    const fed = gradeDrillAnswers(
      scheduler,
      [cards[0]!, suspend(cards[2]!)],
      [
        { itemId: cards[0]!.itemId, correct: true, spentMs: 1, at: noon + 2 },
        { itemId: cards[0]!.itemId, correct: false, spentMs: 1, at: noon + 1 },
        { itemId: cards[2]!.itemId, correct: true, spentMs: 1, at: noon },
      ],
    );
    expect(fed.logs.map((log) => log.rating)).toEqual(['again', 'good']);
    expect(fed.cards).toHaveLength(1);
    expect(() =>
      gradeDrillAnswers(scheduler, [], [{ itemId: 'nowhere', correct: true, spentMs: 1, at: noon }]),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_CARD' }));
  });
});
