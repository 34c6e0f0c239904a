import type Dexie from 'dexie';
import { schemaVersions, type SchemaVersion } from './schema.ts';

/** Every row of every table, by table name: what a backup holds and a restore puts back. */
export type TableRows = Record<string, unknown[]>;

/** The newest released schema: the one the app opens. */
export const currentSchema: SchemaVersion = schemaVersions.at(-1)!;

/**
 * The tables of a schema version, read from schema.ts so a table added by a future version is backed up and
 * restored without touching this file.
 */
export function tableNames(schema: SchemaVersion = currentSchema): string[] {
  return Object.keys(schema.stores);
}

/** The schema a version number names, or an error that says which versions exist. */
export function schemaOf(version: number): SchemaVersion {
  const schema = schemaVersions.find((candidate) => candidate.version === version);
  if (!schema) {
    const known = schemaVersions.map((candidate) => candidate.version).join(', ');
    throw new Error(`schema version ${version} is not one this app knows (${known})`);
  }
  return schema;
}

/**
 * Reads every table of `schema` in one read transaction, so the rows are one consistent moment of the
 * database even while other code writes.
 */
export async function readTables(database: Dexie, schema: SchemaVersion = currentSchema): Promise<TableRows> {
  const names = tableNames(schema);
  return database.transaction('r', names, async () => {
    const rows = await Promise.all(names.map((name) => database.table(name).toArray()));
    return Object.fromEntries(names.map((name, index) => [name, rows[index]!]));
  });
}

/**
 * Replaces the content of every table of `schema` with `tables` in ONE read-write transaction: all tables are
 * cleared and refilled, or, if anything fails (a row the store refuses, a full disk), none is touched, because
 * IndexedDB rolls the whole transaction back. `tables` must name exactly the schema's tables.
 */
export async function replaceTables(
  database: Dexie,
  tables: TableRows,
  schema: SchemaVersion = currentSchema,
): Promise<void> {
  const names = tableNames(schema);
  const missing = names.filter((name) => !Array.isArray(tables[name]));
  const unknown = Object.keys(tables).filter((name) => !names.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `cannot replace the tables of schema version ${schema.version}: ` +
        `missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`,
    );
  }
  await database.transaction('rw', names, async () => {
    for (const name of names) {
      const table = database.table(name);
      await table.clear();
      await table.bulkAdd(tables[name]!);
    }
  });
}
