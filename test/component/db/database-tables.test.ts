import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import {
  currentSchema,
  readTables,
  replaceTables,
  tableNames,
} from '../../../src/renderer/lib/db/database-tables.ts';
import { schemaVersion2, schemaVersions } from '../../../src/renderer/lib/db/schema.ts';
import { stagingDatabaseName, upgradeInStaging } from '../../../src/renderer/lib/db/staging.ts';
import { scratchDatabases } from '../../support/scratch-databases.ts';
import { fillSemester } from '../../support/semester.ts';

const start = Date.UTC(2026, 8, 1);
const scratch = scratchDatabases('tables-test');

async function fresh(): Promise<DeepDrillDatabase> {
  const database = scratch();
  await database.open();
  return database;
}

describe('every table, read and replaced', () => {
  it('reads every table of the current schema, each with rows after a few weeks of study', async () => {
    const database = await fresh();
    await fillSemester(database, start, 21);
    const tables = await readTables(database);
    expect(Object.keys(tables)).toEqual(tableNames());
    expect(tableNames()).toEqual(Object.keys(schemaVersions.at(-1)!.stores));
    for (const name of tableNames()) expect(tables[name]!.length, name).toBeGreaterThan(0);
  });

  it('replaces a database with another one’s rows exactly', async () => {
    const source = await fresh();
    await fillSemester(source, start, 21);
    const target = await fresh();
    await fillSemester(target, start + 86_400_000 * 100, 3);
    const rows = await readTables(source);
    await replaceTables(target, rows);
    expect(await readTables(target)).toEqual(rows);
  });

  it('a failure inside the one transaction leaves every table as it was', async () => {
    const source = await fresh();
    await fillSemester(source, start, 7);
    const target = await fresh();
    await fillSemester(target, start, 2);
    const before = await readTables(target);
    const rows = await readTables(source);
    // The last table to be refilled gets the same key twice: IndexedDB refuses the second add, after every
    // other table has already been cleared and refilled in this transaction.
    const last = tableNames().at(-1)!;
    const broken = { ...rows, [last]: [...rows[last]!, rows[last]![0]] };
    await expect(replaceTables(target, broken)).rejects.toThrow();
    expect(await readTables(target)).toEqual(before);
  });

  it('refuses tables that are not exactly the schema’s, naming them, before touching anything', async () => {
    const target = await fresh();
    await fillSemester(target, start, 2);
    const before = await readTables(target);
    const { attempts: _attempts, ...withoutAttempts } = before;
    await expect(replaceTables(target, { ...withoutAttempts, notes: [] })).rejects.toThrow(
      `cannot replace the tables of schema version ${currentSchema.version}: missing [attempts], unknown [notes]`,
    );
    expect(await readTables(target)).toEqual(before);
  });
});

describe('the staging database', () => {
  it('upgrades version 2 rows to the current schema and deletes itself', async () => {
    const source = await fresh();
    await fillSemester(source, start, 7);
    const { attempts: _attempts, ...version2Rows } = await readTables(source);
    const upgraded = await upgradeInStaging(version2Rows, schemaVersion2.version);
    expect(upgraded).toEqual({ ...version2Rows, attempts: [] });
    expect(await Dexie.getDatabaseNames()).not.toContain(stagingDatabaseName);
  });

  it('deletes itself when the rows cannot be loaded too', async () => {
    await expect(upgradeInStaging({ decks: [] }, schemaVersion2.version)).rejects.toThrow(/missing/);
    expect(await Dexie.getDatabaseNames()).not.toContain(stagingDatabaseName);
  });

  it('refuses a schema version this app does not know', async () => {
    await expect(upgradeInStaging({}, 99)).rejects.toThrow(
      'schema version 99 is not one this app knows (1, 2, 3)',
    );
  });
});
