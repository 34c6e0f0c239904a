/**
 * The IndexedDB schema, one dated constant per released version. A released version is never edited: a change
 * is a new version with an upgrade function and a test that opens the previous version's data
 * (test/component/db/upgrades.test.ts). Only queried fields are indexed.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** The date of the release that introduced it. */
  released: string;
  stores: Record<string, string>;
  /** Moves rows from the previous version's shape; runs in Dexie's upgrade transaction. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersion1: SchemaVersion = {
  version: 1,
  released: '2026-11-26',
  stores: {
    decks: 'id',
    items: 'id, deckId',
    drillSessions: 'id, status, finishedAt',
    drillAnswers: '[sessionId+itemId], itemId, sessionId',
    settings: 'key',
  },
};

/**
 * Spaced repetition (issue 13): one row per card (an item's card, or one per cloze deletion), one per grading,
 * and one per deck and study day with that day's counts. Indexed: cards by deck (the queue, Today) and by
 * item (a drill's answers, browsing an item); logs by card and item (history, an item's usual time), by day
 * (Today, streak) and by time (undo takes the latest). New tables only: version 1 rows are kept as they are.
 */
export const schemaVersion2: SchemaVersion = {
  version: 2,
  released: '2026-12-02',
  stores: {
    ...schemaVersion1.stores,
    cards: 'id, deckId, itemId',
    reviewLogs: 'id, cardId, itemId, day, reviewedAt',
    dayCounts: '[deckId+day]',
  },
};

/**
 * Practice (issue 14): one row per graded attempt at a problem (src/shared/problems/attempt.ts), indexed by
 * item (an item's history, its usual time), by template (mastery per template) and by time (the mistakes
 * chart, the latest attempts). New table only.
 */
export const schemaVersion3: SchemaVersion = {
  version: 3,
  released: '2026-12-02',
  stores: {
    ...schemaVersion2.stores,
    attempts: 'id, itemId, template, finishedAt',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [schemaVersion1, schemaVersion2, schemaVersion3];

export const databaseName = 'deepdrill';
