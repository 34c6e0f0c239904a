import type { ReviewCard } from '../srs/card.ts';
import { matureDays } from './review-kind.ts';

/** Anki's "Card counts": where every card stands; suspended cards apart whatever their state. */
export interface CardStateCounts {
  new: number;
  learning: number;
  relearning: number;
  young: number;
  mature: number;
  suspended: number;
}

export function cardStateCounts(cards: readonly ReviewCard[]): CardStateCounts {
  const counts: CardStateCounts = { new: 0, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0 };
  for (const card of cards) {
    if (card.suspended) counts.suspended += 1;
    else if (card.state === 'review') counts[card.scheduledDays >= matureDays ? 'mature' : 'young'] += 1;
    else counts[card.state] += 1;
  }
  return counts;
}

export interface Bin {
  /** The bin covers [from, to): the last bin's `to` is open (Infinity). */
  from: number;
  to: number;
  count: number;
}

/** The interval bins, in days, as a student reads them: a day, a week, a month, a season, longer. */
export const intervalEdges: readonly number[] = [1, 2, 4, 8, 15, 22, 31, 61, 91, 181, 366];

/** Cards in long-term review by their interval (Anki's "Review intervals"), in the bins of intervalEdges. */
export function intervalDistribution(cards: readonly ReviewCard[]): Bin[] {
  const bins: Bin[] = intervalEdges.map((from, index) => ({
    from,
    to: intervalEdges[index + 1] ?? Number.POSITIVE_INFINITY,
    count: 0,
  }));
  for (const card of cards) {
    if (card.state !== 'review' || card.suspended) continue;
    const index = bins.findLastIndex((bin) => card.scheduledDays >= bin.from);
    if (index >= 0) bins[index]!.count += 1;
  }
  return bins;
}

/**
 * Cards by FSRS difficulty (1 to 10), shown as Anki does in ten bins of 10 % from (D - 1) / 9: bin i covers
 * [10·i %, 10·(i + 1) %), the last one including 100 %. New cards have no difficulty yet and are left out.
 */
export function difficultyDistribution(cards: readonly ReviewCard[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: (index + 1) * 10,
    count: 0,
  }));
  for (const card of cards) {
    if (card.state === 'new' || card.suspended) continue;
    const percent = ((card.difficulty - 1) / 9) * 100;
    const index = Math.min(9, Math.max(0, Math.floor(percent / 10)));
    bins[index]!.count += 1;
  }
  return bins;
}
