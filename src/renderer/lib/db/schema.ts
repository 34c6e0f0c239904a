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

export const schemaVersions: readonly SchemaVersion[] = [schemaVersion1];

export const databaseName = 'deepdrill';
