import type { McqItem } from '../deck/item.ts';
import type { Rating, ReviewLog } from './review-log.ts';

/**
 * Automatic grading mapped to an FSRS rating (PRODUCT.md, "Grading → FSRS rating"): wrong → Again; right
 * after a hint or a retry → Hard; right → Good; right and faster than the item's usual time → Easy. When an
 * answer has parts (the options of a multiple-answer question, the parts of a problem) the share right
 * decides: all → as above, most (more than half) → Hard, else Again.
 */
export interface AnswerOutcome {
  /** The share of parts right, from 0 to 1 (1 or 0 for a single answer). */
  shareRight: number;
  helped: boolean;
  spentMs: number;
  /** The item's usual time (usualTimeMs), or null when it has none yet: then nothing counts as fast. */
  usualMs: number | null;
}

export function ratingForOutcome(outcome: AnswerOutcome): Rating {
  if (outcome.shareRight < 1) return outcome.shareRight > 0.5 ? 'hard' : 'again';
  if (outcome.helped) return 'hard';
  return outcome.usualMs !== null && outcome.spentMs < outcome.usualMs ? 'easy' : 'good';
}

/**
 * The share of a multiple-choice answer that is right. A single-answer question is all or nothing. For a
 * multiple-answer question each option is a part, right when it is chosen exactly if it belongs to the
 * answer: choosing A only for answer AC gets three of four options right.
 */
export function shareRight(item: McqItem, chosen: readonly string[]): number {
  const picked = new Set(chosen);
  if (item.answer.length === 1) return picked.size === 1 && picked.has(item.answer[0]!) ? 1 : 0;
  const right = item.options.filter(
    (option) => picked.has(option.letter) === item.answer.includes(option.letter),
  ).length;
  return right / item.options.length;
}

/** The rating of an MCQ answered on its card. */
export function ratingForMcq(
  item: McqItem,
  chosen: readonly string[],
  spentMs: number,
  usualMs: number | null,
  helped = false,
): Rating {
  return ratingForOutcome({ shareRight: shareRight(item, chosen), helped, spentMs, usualMs });
}

/**
 * An item's usual time: the median time spent on its earlier gradings that were not Again (a failed recall
 * says nothing about how fast the student knows it). Null with no such grading.
 */
export function usualTimeMs(itemId: string, logs: readonly ReviewLog[]): number | null {
  const times = logs
    .filter((log) => log.itemId === itemId && log.rating !== 'again')
    .map((log) => log.elapsedMs)
    .sort((a, b) => a - b);
  if (times.length === 0) return null;
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}
