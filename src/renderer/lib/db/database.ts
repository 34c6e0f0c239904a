import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DrillAnswerRecord, DrillSessionRecord } from './drill-records.ts';
import type { DeckRecord, ItemRecord, SettingRecord } from './records.ts';
import type { AttemptRecord } from './attempt-records.ts';
import type { CardRecord, DayCountsRecord, ReviewLogRecord } from './review-records.ts';
import { databaseName, schemaVersions, type SchemaVersion } from './schema.ts';

/** The app's IndexedDB database, with one typed table per store of the schema. */
export type DeepDrillDatabase = Dexie & {
  decks: EntityTable<DeckRecord, 'id'>;
  items: EntityTable<ItemRecord, 'id'>;
  drillSessions: EntityTable<DrillSessionRecord, 'id'>;
  drillAnswers: Table<DrillAnswerRecord, [string, string]>;
  settings: EntityTable<SettingRecord, 'key'>;
  cards: EntityTable<CardRecord, 'id'>;
  reviewLogs: EntityTable<ReviewLogRecord, 'id'>;
  dayCounts: Table<DayCountsRecord, [string, number]>;
  attempts: EntityTable<AttemptRecord, 'id'>;
};

/**
 * Declares every released schema version (Dexie upgrades an older database step by step). `versions` is a
 * parameter only so the upgrade tests can open the database exactly as an older release did.
 */
export function createDatabase(
  name = databaseName,
  versions: readonly SchemaVersion[] = schemaVersions,
): DeepDrillDatabase {
  const database = new Dexie(name) as DeepDrillDatabase;
  for (const schema of versions) {
    const version = database.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return database;
}
