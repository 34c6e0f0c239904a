/**
 * Why a built-in deck was refused by validateDeck. Deck files have their own codes, with lines, in
 * import/deck-issue.ts.
 */
export type DeckErrorCode =
  | 'DUPLICATE_ID' // two items share an id
  | 'INVALID_ITEM'; // an item breaks a rule of its kind (the message says which item and which rule)

export class DeckError extends Error {
  override readonly name = 'DeckError';
  constructor(
    readonly code: DeckErrorCode,
    message: string,
  ) {
    super(message);
  }
}
