import Dexie from 'dexie';
import { createDatabase } from './database.ts';
import { readTables, replaceTables, schemaOf, type TableRows } from './database-tables.ts';
import { databaseName, schemaVersions } from './schema.ts';

/** The scratch database a restore loads a backup into; never the live one. */
export const stagingDatabaseName = `${databaseName}-staging`;

/**
 * Brings rows written by schema version `version` to the current schema the way the app upgrades a student's
 * database: they are loaded into a staging database opened exactly as that release opened it, which is then
 * reopened by the current release so Dexie runs every upgrade since. The rows come back as the current release
 * stores them; the staging database is deleted whatever happens, and the live database is never opened here.
 */
export async function upgradeInStaging(
  tables: TableRows,
  version: number,
  name = stagingDatabaseName,
): Promise<TableRows> {
  const schema = schemaOf(version);
  // A staging database left by an interrupted restore holds nothing anyone needs.
  await Dexie.delete(name);
  try {
    const older = createDatabase(
      name,
      schemaVersions.filter((candidate) => candidate.version <= version),
    );
    try {
      await older.open();
      await replaceTables(older, tables, schema);
    } finally {
      older.close();
    }
    const current = createDatabase(name);
    try {
      await current.open();
      return await readTables(current);
    } finally {
      current.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}
