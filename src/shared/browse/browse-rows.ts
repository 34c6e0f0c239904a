import { clozeSide, clozeSideText, parseCloze } from '../deck/cloze.ts';
import type { Item } from '../deck/item.ts';
import type { LocalizedText } from '../deck/localized-text.ts';
import type { CardState, ReviewCard } from '../srs/card.ts';

/** One line of the Browse table: a card with its item and the title of its deck. */
export interface BrowseRow {
  card: ReviewCard;
  item: Item;
  deckTitle: LocalizedText;
}

/** Which cards a state filter keeps: every card, those in one FSRS state, or the suspended ones. */
export type StateFilter = 'all' | CardState | 'suspended';

export const stateFilters: readonly StateFilter[] = [
  'all',
  'new',
  'learning',
  'review',
  'relearning',
  'suspended',
];

/** The orders the table offers: the deck's own order, or by a scheduling number. */
export type BrowseOrder = 'deck' | 'due' | 'difficulty' | 'stability';

export const browseOrders: readonly BrowseOrder[] = ['deck', 'due', 'difficulty', 'stability'];

/** What the student asked to see: words to find, a tag (null: any), a state, and an order. */
export interface BrowseQuery {
  search: string;
  tag: string | null;
  state: StateFilter;
  order: BrowseOrder;
}

export const emptyQuery: BrowseQuery = { search: '', tag: null, state: 'all', order: 'deck' };

/**
 * Joins cards to their items and decks. A card whose item is not stored (an item deleted while its cards
 * were kept) has nothing to show and is left out.
 */
export function browseRows(
  cards: readonly ReviewCard[],
  items: readonly Item[],
  deckTitles: ReadonlyMap<string, LocalizedText>,
): BrowseRow[] {
  const itemsById = new Map(items.map((item) => [item.id, item]));
  return cards.flatMap((card) => {
    const item = itemsById.get(card.itemId);
    if (!item) return [];
    return [{ card, item, deckTitle: deckTitles.get(card.deckId) ?? { zh: card.deckId, en: card.deckId } }];
  });
}

/**
 * The text a row shows for its card: the front, the stem, the problem's template, or a cloze card's question
 * side (its own deletion as `[...]`, the others as their answers), as the review shows it.
 */
export function cardPreview(item: Item, cloze: number | null): LocalizedText {
  switch (item.kind) {
    case 'basic':
      return item.front;
    case 'cloze':
      return { zh: clozeQuestion(item.text.zh, cloze), en: clozeQuestion(item.text.en, cloze) };
    case 'mcq':
      return item.stem;
    case 'problem':
      return { zh: item.template, en: item.template };
  }
}

/** A cloze text's question side for deletion `number`; a text that cannot be read is shown as written. */
function clozeQuestion(text: string, number: number | null): string {
  const parse = parseCloze(text);
  return parse.ok && number !== null ? clozeSideText(clozeSide(parse.segments, number, 'question')) : text;
}

/** Every text of an item in both languages, with its id and tags: what a search looks through. */
export function itemTexts(item: Item): string[] {
  const both = (text: LocalizedText | undefined): string[] => (text ? [text.zh, text.en] : []);
  const own = (() => {
    switch (item.kind) {
      case 'basic':
        return [...both(item.front), ...both(item.back)];
      case 'cloze':
        return [...both(item.text), ...both(item.extra)];
      case 'mcq':
        return [
          ...both(item.stem),
          ...both(item.explanation),
          ...item.options.flatMap((option) => both(option.text)),
        ];
      case 'problem':
        return [item.template];
    }
  })();
  return [item.id, ...item.tags, ...own];
}

/** Lower case and NFKC, so `ＲｅＬＵ` finds `relu` and full-width digits find ASCII ones. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en-US');
}

/** The words of a search; a row matches when every word is in one of its texts (Anki's implicit AND). */
export function searchWords(search: string): string[] {
  return normalize(search)
    .split(/\s+/)
    .filter((word) => word !== '');
}

export function matchesState(card: ReviewCard, state: StateFilter): boolean {
  if (state === 'all') return true;
  if (state === 'suspended') return card.suspended;
  return card.state === state;
}

function compareRows(order: BrowseOrder): (a: BrowseRow, b: BrowseRow) => number {
  const deckOrder = (a: BrowseRow, b: BrowseRow): number =>
    a.card.deckId.localeCompare(b.card.deckId) ||
    a.card.position - b.card.position ||
    (a.card.cloze ?? 0) - (b.card.cloze ?? 0);
  if (order === 'deck') return deckOrder;
  // A new card has no difficulty or stability yet (0): it sorts last, not first.
  const key = (row: BrowseRow): number =>
    order === 'due' ? row.card.due : row.card.state === 'new' ? Infinity : row.card[order];
  return (a, b) => key(a) - key(b) || deckOrder(a, b);
}

/** The rows the query keeps, in its order. Pure: the rows are not changed. */
export function queryRows(rows: readonly BrowseRow[], query: BrowseQuery): BrowseRow[] {
  const words = searchWords(query.search);
  return rows
    .filter(
      (row) =>
        matchesState(row.card, query.state) &&
        (query.tag === null || row.item.tags.includes(query.tag)) &&
        (words.length === 0 ||
          ((texts) => words.every((word) => texts.some((text) => text.includes(word))))(
            itemTexts(row.item).map(normalize),
          )),
    )
    .sort(compareRows(query.order));
}

/** The tags of all rows, each once, sorted: the choices of the tag filter. */
export function rowTags(rows: readonly BrowseRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.item.tags))].sort();
}
