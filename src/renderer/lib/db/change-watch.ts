import Dexie, { type ObservabilitySet } from 'dexie';

/**
 * Calls `onChange` after every committed write to the database named `name`, made in this window or in
 * another one (Dexie's `storagemutated` event, the ground of its liveQuery, also crosses windows). Writes to
 * other databases (the staging database, the backups' own database) are not changes of the student's data.
 * Cheap: no row is read, and the repositories need not count anything. Returns the unsubscribe function.
 */
export function watchChanges(
  name: string,
  onChange: () => void,
  tables: readonly string[] = [''],
): () => void {
  // A part is `idb://<database>/<table>/<index>`: `tables` narrows the watch to writes to those tables.
  const prefixes = tables.map((table) => (table === '' ? `idb://${name}/` : `idb://${name}/${table}/`));
  const listener = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/**
 * Counts the committed writes to `tables` of the database named `name` from now on (watchChanges): two equal
 * counts mean nothing was written to them in between, so rows read at the first are still current at the second.
 */
export function changeCounter(name: string, tables: readonly string[]): () => number {
  let count = 0;
  watchChanges(name, () => (count += 1), tables);
  return () => count;
}
