import type { DeepDrillDatabase } from './database.ts';

/** Reads a setting; a missing or malformed value gives `fallback` (the `accept` check decides). */
export async function readSetting<Value>(
  database: DeepDrillDatabase,
  key: string,
  accept: (value: unknown) => value is Value,
  fallback: Value,
): Promise<Value> {
  const row = await database.settings.get(key);
  return row && accept(row.value) ? row.value : fallback;
}

export async function writeSetting(database: DeepDrillDatabase, key: string, value: unknown): Promise<void> {
  await database.settings.put({ key, value });
}
