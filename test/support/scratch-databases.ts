import { afterEach } from 'vitest';
import { createDatabase, type DeepDrillDatabase } from '../../src/renderer/lib/db/database.ts';
import type { SchemaVersion } from '../../src/renderer/lib/db/schema.ts';

/**
 * Fresh databases with unique names for one test file, closed and deleted after each test (fake-indexeddb
 * keeps them for the whole file otherwise). Registers its own afterEach.
 */
export function scratchDatabases(prefix: string): (versions?: readonly SchemaVersion[]) => DeepDrillDatabase {
  const opened: DeepDrillDatabase[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const database of opened.splice(0)) {
      database.close();
      await database.delete();
    }
  });
  return (versions) => {
    const database = createDatabase(`${prefix}-${++counter}`, versions);
    opened.push(database);
    return database;
  };
}
