import { type ClozeSidePart, clozeSide, parseCloze } from '../../../shared/deck/cloze.ts';
import type { Deck } from '../../../shared/deck/deck.ts';
import type { BasicItem, ClozeItem, McqItem, ProblemItem } from '../../../shared/deck/item.ts';
import type { Language } from '../../../shared/deck/localized-text.ts';

/** What a basic or cloze card shows: its question, and on the back its answer and any extra note. */
export interface CardSides {
  question: ClozeSidePart[];
  answer: ClozeSidePart[];
  extra: string | null;
}

/**
 * The two sides of a card in `language`. A basic card asks its front and answers with its back; cloze card
 * `cloze` (c1, c2…) hides its own deletions and shows the others as text (clozeSide). Parts keep `$…$` math
 * for the renderer. Throws when the cloze text cannot be read (an item is checked when its deck is read, so
 * this means stored data went bad): the message names the item, the language and the problem.
 */
export function cardSides(item: BasicItem | ClozeItem, cloze: number | null, language: Language): CardSides {
  if (item.kind === 'basic') {
    return {
      question: [{ kind: 'text', text: item.front[language] }],
      answer: [{ kind: 'text', text: item.back[language] }],
      extra: null,
    };
  }
  const parsed = parseCloze(item.text[language]);
  if (!parsed.ok)
    throw new Error(
      `cloze item ${item.id} (${language}): ${parsed.problem.code} at offset ${parsed.problem.offset}`,
    );
  if (cloze === null) throw new Error(`cloze item ${item.id} has a card without a deletion number`);
  return {
    question: clozeSide(parsed.segments, cloze, 'question'),
    answer: clozeSide(parsed.segments, cloze, 'answer'),
    extra: item.extra?.[language] ?? null,
  };
}

/** The items a card on the review screen can ask: a problem is answered in the practice view. */
export type ReviewItem = BasicItem | ClozeItem | McqItem | ProblemItem;

/** The decks' reviewable items by id. */
export function reviewItems(decks: readonly Deck[]): ReadonlyMap<string, ReviewItem> {
  return new Map(decks.flatMap((deck) => deck.items.map((item) => [item.id, item] as const)));
}
