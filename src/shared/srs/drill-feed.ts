import type { ReviewCard } from './card.ts';
import type { ReviewLog } from './review-log.ts';
import type { Scheduler } from './scheduler.ts';
import { SrsError } from './srs-error.ts';

/** One answer of a finished drill, as the drill store keeps it (its DrillAnswerRecord has these fields). */
export interface DrillAnswer {
  itemId: string;
  correct: boolean;
  spentMs: number;
  at: number;
}

/**
 * Feeds a drill's answers into the same schedule as the review screen: a missed (or unanswered) question is
 * graded Again, so it comes back within its (re)learning steps; a right one is graded Good, a review like any
 * other. Answers are applied in time order; a suspended card is left alone. A multiple-choice item has one
 * card, whose id is the item's. Returns the changed cards (each once, as last graded) and one log per answer.
 */
export function gradeDrillAnswers(
  scheduler: Scheduler,
  cards: readonly ReviewCard[],
  answers: readonly DrillAnswer[],
): { cards: ReviewCard[]; logs: ReviewLog[] } {
  const byItem = new Map(cards.filter((card) => card.cloze === null).map((card) => [card.itemId, card]));
  const changed = new Map<string, ReviewCard>();
  const logs: ReviewLog[] = [];
  for (const answer of [...answers].sort((a, b) => a.at - b.at)) {
    const card = changed.get(answer.itemId) ?? byItem.get(answer.itemId);
    if (!card)
      throw new SrsError('UNKNOWN_CARD', `the drill answered item ${answer.itemId}, which has no card`);
    if (card.suspended) continue;
    const graded = scheduler.grade(
      card,
      answer.correct ? 'good' : 'again',
      answer.at,
      answer.spentMs,
      'drill',
    );
    changed.set(answer.itemId, graded.card);
    logs.push(graded.log);
  }
  return { cards: [...changed.values()], logs };
}
