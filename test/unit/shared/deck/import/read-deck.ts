import { expect } from 'vitest';
import type { Deck } from '../../../../../src/shared/deck/deck.ts';
import type { DeckIssue } from '../../../../../src/shared/deck/import/deck-issue.ts';
import { type DeckRead } from '../../../../../src/shared/deck/import/deck-read.ts';
import { readDeckFile } from '../../../../../src/shared/deck/import/read-deck-file.ts';

const encoder = new TextEncoder();

/** Reads a deck file given as text, as an import would. */
export function readText(fileName: string, text: string): DeckRead {
  return readDeckFile(fileName, encoder.encode(text));
}

/** The deck a file makes, failing the test with its errors when it has some. */
export function deckOf(fileName: string, text: string): Deck {
  const read = readText(fileName, text);
  if (!read.ok) expect.fail(`${fileName} has errors: ${JSON.stringify(read.errors)}`);
  return read.deck;
}

/** The errors a file makes, as `code@line` (and `:column` when there is one), for compact assertions. */
export function errorsOf(fileName: string, text: string): string[] {
  const read = readText(fileName, text);
  if (read.ok) expect.fail(`${fileName} was accepted: ${JSON.stringify(read.deck)}`);
  return read.errors.map(place);
}

export function place(issue: DeckIssue<string>): string {
  return `${issue.code}@${issue.line ?? '-'}${issue.column === null ? '' : `:${issue.column}`}`;
}
