import type { ReviewCard } from './card.ts';
import { type StudyClock, nextDayStart } from './study-day.ts';

/** Takes the card out of every queue until unsuspended; its schedule is kept. */
export function suspend(card: ReviewCard): ReviewCard {
  return { ...card, suspended: true };
}

export function unsuspend(card: ReviewCard): ReviewCard {
  return { ...card, suspended: false };
}

/** Hides the card until the next study day begins (the day start hour of the clock, not midnight). */
export function buryUntilTomorrow(card: ReviewCard, now: number, clock: StudyClock): ReviewCard {
  return { ...card, buriedUntil: nextDayStart(now, clock) };
}

export function setFlag(card: ReviewCard, flagged: boolean): ReviewCard {
  return { ...card, flagged };
}

/** Whether the card may be shown at `now`: not suspended and not buried. */
export function isAvailable(card: ReviewCard, now: number): boolean {
  return !card.suspended && (card.buriedUntil === null || card.buriedUntil <= now);
}
