import type { ReviewCard } from './card.ts';
import { isAvailable } from './card-actions.ts';
import type { DayCounts } from './day-counts.ts';
import type { SrsSettings } from './settings.ts';
import { dayStart, nextDayStart, studyDay } from './study-day.ts';

/**
 * Learning cards due within this much of now may be shown early, as Anki's "learn ahead limit" (20 minutes),
 * but only once nothing else is left: before that they wait until due.
 */
export const learnAheadMs = 20 * 60_000;

/** Today's cards of one deck, in the order they are shown: due learning first, then reviews, then new. */
export interface TodayQueue {
  learning: ReviewCard[];
  reviews: ReviewCard[];
  fresh: ReviewCard[];
  /** Learning cards not yet due but due within learnAheadMs: shown only when nothing else is left. */
  learningAhead: ReviewCard[];
  /** The four above, in the order shown: the next card is `order[0]`. */
  order: ReviewCard[];
}

/**
 * The queue of one deck at `now`. Suspended and buried cards are left out, and so are the new and review
 * cards of an item whose other card (a sibling cloze deletion) was graded today: as Anki's sibling burying,
 * one deletion is not asked right after another gives its answer away. Learning cards come when due, soonest
 * first (learningAhead holds those due within learnAheadMs); review cards due before the next study day
 * starts, most overdue first, up to what the review limit leaves after `counts`; new cards in deck order, up
 * to the new-card limit.
 *
 * `planned` are the cards an exam plan gives today (ExamPlan.days): a review card among them not yet due and
 * not yet reviewed today is an early review, after the due ones; a new one comes even beyond the new-card
 * limit, since the plan needs it today to reach the retention by the exam.
 */
export function todayQueue(
  cards: readonly ReviewCard[],
  counts: DayCounts,
  now: number,
  settings: SrsSettings,
  planned: ReadonlySet<string> = new Set(),
): TodayQueue {
  const deckCards = cards.filter((card) => card.deckId === counts.deckId);
  const siblingSeen = siblingsGradedToday(deckCards, now, settings);
  const available = deckCards.filter(
    (card) => isAvailable(card, now) && (isLearning(card) || !siblingSeen.has(card.id)),
  );
  const tomorrow = nextDayStart(now, settings);
  const byDue = (a: ReviewCard, b: ReviewCard) => a.due - b.due || a.position - b.position;
  const learningCards = available.filter(isLearning).sort(byDue);
  const learning = learningCards.filter((card) => card.due <= now);
  const learningAhead = learningCards.filter((card) => card.due > now && card.due <= now + learnAheadMs);
  const todayStart = dayStart(studyDay(now, settings), settings);
  const early = available
    .filter(
      (card) =>
        planned.has(card.id) &&
        card.state === 'review' &&
        card.due >= tomorrow &&
        (card.lastReview === null || card.lastReview < todayStart),
    )
    .sort(byDue);
  const reviews = [
    ...available.filter((card) => card.state === 'review' && card.due < tomorrow).sort(byDue),
    ...early,
  ].slice(0, Math.max(0, settings.reviewsPerDay - counts.reviews));
  const newCards = available
    .filter((card) => card.state === 'new')
    .sort((a, b) => a.position - b.position || compareIds(a, b));
  const withinLimit = newCards.slice(0, Math.max(0, settings.newPerDay - counts.newCards));
  const fresh = [
    ...withinLimit,
    ...newCards.filter((card) => planned.has(card.id) && !withinLimit.includes(card)),
  ];
  return {
    learning,
    reviews,
    fresh,
    learningAhead,
    order: [...learning, ...reviews, ...fresh, ...learningAhead],
  };
}

export function isLearning(card: ReviewCard): boolean {
  return card.state === 'learning' || card.state === 'relearning';
}

/** The ids of cards whose item has another card graded during the study day of `now`. */
function siblingsGradedToday(cards: readonly ReviewCard[], now: number, settings: SrsSettings): Set<string> {
  const todayStart = dayStart(studyDay(now, settings), settings);
  const gradedByItem = new Map<string, string[]>();
  for (const card of cards) {
    if (card.lastReview !== null && card.lastReview >= todayStart)
      gradedByItem.set(card.itemId, [...(gradedByItem.get(card.itemId) ?? []), card.id]);
  }
  const hidden = cards.filter((card) =>
    (gradedByItem.get(card.itemId) ?? []).some((gradedId) => gradedId !== card.id),
  );
  return new Set(hidden.map((card) => card.id));
}

function compareIds(a: ReviewCard, b: ReviewCard): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
