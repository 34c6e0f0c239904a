import type { ReviewCard } from './card.ts';
import { isAvailable } from './card-actions.ts';
import type { DayCounts } from './day-counts.ts';
import type { SrsSettings } from './settings.ts';
import { nextDayStart } from './study-day.ts';

/** Learning cards due within this much of now are shown now, as Anki's "learn ahead limit" (20 minutes). */
export const learnAheadMs = 20 * 60_000;

/** Today's cards of one deck, in the order they are shown: due learning first, then reviews, then new. */
export interface TodayQueue {
  learning: ReviewCard[];
  reviews: ReviewCard[];
  fresh: ReviewCard[];
  /** The three above, in that order: the next card is `order[0]`. */
  order: ReviewCard[];
}

/**
 * The queue of one deck at `now`. Suspended and buried cards are left out. Learning cards come when due (or
 * within learnAheadMs), soonest first; review cards due before the next study day starts, most overdue
 * first, up to what the review limit leaves after `counts`; new cards in deck order, up to the new-card limit.
 */
export function todayQueue(
  cards: readonly ReviewCard[],
  counts: DayCounts,
  now: number,
  settings: SrsSettings,
): TodayQueue {
  const available = cards.filter((card) => card.deckId === counts.deckId && isAvailable(card, now));
  const tomorrow = nextDayStart(now, settings);
  const byDue = (a: ReviewCard, b: ReviewCard) => a.due - b.due || a.position - b.position;
  const learning = available.filter((card) => isLearning(card) && card.due <= now + learnAheadMs).sort(byDue);
  const reviews = available
    .filter((card) => card.state === 'review' && card.due < tomorrow)
    .sort(byDue)
    .slice(0, Math.max(0, settings.reviewsPerDay - counts.reviews));
  const fresh = available
    .filter((card) => card.state === 'new')
    .sort((a, b) => a.position - b.position || compareIds(a, b))
    .slice(0, Math.max(0, settings.newPerDay - counts.newCards));
  return { learning, reviews, fresh, order: [...learning, ...reviews, ...fresh] };
}

export function isLearning(card: ReviewCard): boolean {
  return card.state === 'learning' || card.state === 'relearning';
}

function compareIds(a: ReviewCard, b: ReviewCard): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
