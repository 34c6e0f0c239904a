import Dexie from 'dexie';
import { databaseName, schemaVersions, type SchemaVersion } from './schema.ts';

/**
 * Opens the database with every released schema version declared (Dexie upgrades an older database step by
 * step). `versions` is a parameter only so the upgrade tests can open the database as an older release did.
 */
export function declareVersions(database: Dexie, versions: readonly SchemaVersion[] = schemaVersions): void {
  for (const schema of versions) database.version(schema.version).stores(schema.stores);
}

export function createDexie(name = databaseName, versions: readonly SchemaVersion[] = schemaVersions): Dexie {
  const database = new Dexie(name);
  declareVersions(database, versions);
  return database;
}
