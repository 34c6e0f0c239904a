import type { DeckIssue } from './import/deck-issue.ts';
import { deckIssueMessage } from './import/deck-messages.ts';

/**
 * A built-in deck that breaks a rule every deck keeps (validateDeck): the first broken rule, as an issue with the
 * same code an import would give, and in English for the developer who wrote the deck.
 */
export class DeckError extends Error {
  override readonly name = 'DeckError';
  constructor(
    readonly issue: DeckIssue,
    readonly itemId: string,
  ) {
    super(`item ${itemId}: ${deckIssueMessage(issue, 'en')}`);
  }
}
