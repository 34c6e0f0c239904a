/** Why a deck (or the Markdown it came from) was refused. */
export type DeckErrorCode =
  | 'DUPLICATE_ID' // two items share an id
  | 'INVALID_ITEM' // an item breaks a rule of its kind (the message says which item and which rule)
  | 'MALFORMED_MARKDOWN'; // a Markdown question list that cannot be read (the message says which line)

export class DeckError extends Error {
  override readonly name = 'DeckError';
  constructor(
    readonly code: DeckErrorCode,
    message: string,
  ) {
    super(message);
  }
}
