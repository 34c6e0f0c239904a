import type { ReviewCard } from '../../../shared/srs/card.ts';
import { type DayCounts, emptyDayCounts } from '../../../shared/srs/day-counts.ts';
import { todayQueue } from '../../../shared/srs/queue.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';
import { studyDay } from '../../../shared/srs/study-day.ts';

/** One review session over several decks: what is left today, and in which order it is shown. */
export interface SessionQueue {
  learning: number;
  reviews: number;
  fresh: number;
  order: ReviewCard[];
}

/**
 * Today's queue of every deck in `deckIds`, merged: learning cards of all decks soonest first, then reviews
 * most overdue first, then new cards taken from the decks in turn (starting with the one that has shown the
 * fewest today), so one session mixes the concept cards with the homework's questions instead of leaving a
 * deck for the end; learning cards not yet due (within the learn-ahead limit) come after everything else.
 * Each deck keeps its own daily limits (todayQueue); `counts` are the stored counts of today (a deck without
 * a row has done nothing yet). `learning` counts the learning cards left, due or nearly due.
 */
export function sessionQueue(
  deckIds: readonly string[],
  cards: readonly ReviewCard[],
  counts: readonly DayCounts[],
  now: number,
  settings: SrsSettings,
  planned: ReadonlySet<string> = new Set(),
): SessionQueue {
  const today = studyDay(now, settings);
  const decks = deckIds.map((deckId) => {
    const deckCounts =
      counts.find((entry) => entry.deckId === deckId && entry.day === today) ?? emptyDayCounts(deckId, today);
    return { newCards: deckCounts.newCards, queue: todayQueue(cards, deckCounts, now, settings, planned) };
  });
  const queues = decks.map((deck) => deck.queue);
  // The deck that has shown the fewest new cards today goes first, so the turns continue from grading to
  // grading (the queue is rebuilt after each) instead of starting again at the first deck.
  const freshTurns = [...decks].sort((a, b) => a.newCards - b.newCards).map((deck) => deck.queue.fresh);
  const byDue = (a: ReviewCard, b: ReviewCard) => a.due - b.due;
  const learning = queues.flatMap((queue) => queue.learning).sort(byDue);
  const reviews = queues.flatMap((queue) => queue.reviews).sort(byDue);
  const fresh = takeInTurn(freshTurns);
  // Learning cards not yet due come last: a card just graded does not come straight back (todayQueue).
  const learningAhead = queues.flatMap((queue) => queue.learningAhead).sort(byDue);
  return {
    learning: learning.length + learningAhead.length,
    reviews: reviews.length,
    fresh: fresh.length,
    order: [...learning, ...reviews, ...fresh, ...learningAhead],
  };
}

/** The lists' items taken one from each list in turn: [a1, b1, a2, b2, a3]. */
export function takeInTurn<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const result: T[] = [];
  for (let index = 0; index < longest; index++) {
    for (const list of lists) if (index < list.length) result.push(list[index]!);
  }
  return result;
}
