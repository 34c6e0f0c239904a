import type { Item } from '../deck/item.ts';
import { SrsError } from './srs-error.ts';

/** Where a card stands in FSRS: never seen, in its (re)learning steps, or in long-term review. */
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export const cardStates: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

/**
 * A card's scheduling state, the part a grading changes (ts-fsrs's Card, with times as epoch ms so the record
 * stays plain JSON). `stability` is the interval in days at which recall falls to 90%; `difficulty` is 1–10.
 */
export interface Schedule {
  state: CardState;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
}

/**
 * One reviewable card. An item has one card, except a cloze item, which has one per deletion number (`c1`,
 * `c2`…), each scheduled on its own. `position` orders new cards as the deck orders its items.
 */
export interface ReviewCard extends Schedule {
  id: string;
  itemId: string;
  deckId: string;
  /** The cloze deletion this card asks (1 for `c1`), or null for a card that is the whole item. */
  cloze: number | null;
  position: number;
  suspended: boolean;
  /** Hidden from the queue until this moment (the start of the next study day), or null. */
  buriedUntil: number | null;
  flagged: boolean;
}

/** The schedule of a card never seen: due at once. */
export function newSchedule(now: number): Schedule {
  return {
    state: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

/** A card's id: the item's id, and for a cloze deletion `#c` and its number (`sigmoid-derivative#c2`). */
export function cardId(itemId: string, cloze: number | null): string {
  return cloze === null ? itemId : `${itemId}#c${cloze}`;
}

const clozeOpening = /\{\{c(\d+)::/g;

/** The deletion numbers a cloze text asks, ascending and each once (`{{c2::…}} {{c1::…}} {{c2::…}}` → 1, 2). */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set([...text.matchAll(clozeOpening)].map((match) => Number(match[1])));
  return [...numbers].filter((number) => number > 0).sort((a, b) => a - b);
}

/**
 * The new cards of an item at deck position `position`. A cloze item's deletions are read from its Chinese
 * text and must be the same in English; one with none is refused, since it would ask nothing.
 */
export function cardsForItem(item: Item, deckId: string, position: number, now: number): ReviewCard[] {
  const card = (cloze: number | null): ReviewCard => ({
    id: cardId(item.id, cloze),
    itemId: item.id,
    deckId,
    cloze,
    position,
    suspended: false,
    buriedUntil: null,
    flagged: false,
    ...newSchedule(now),
  });
  if (item.kind !== 'cloze') return [card(null)];
  const numbers = clozeNumbers(item.text.zh);
  if (numbers.length === 0)
    throw new SrsError('NO_CLOZE_DELETION', `cloze item ${item.id} has no {{c1::…}} deletion`);
  if (numbers.join() !== clozeNumbers(item.text.en).join())
    throw new SrsError(
      'CLOZE_LANGUAGES_DIFFER',
      `cloze item ${item.id}: its Chinese asks c${numbers.join(', c')} but its English c${clozeNumbers(item.text.en).join(', c')}`,
    );
  return numbers.map(card);
}
