import { readNoteCodes, type ReadNote } from './reading.ts';

/** The notes of several numbers as one list: each kind once (the first of its kind), in the catalogue's order. */
export function mergeNotes(lists: readonly (readonly ReadNote[])[]): ReadNote[] {
  const byCode = new Map<ReadNote['code'], ReadNote>();
  for (const note of lists.flat()) if (!byCode.has(note.code)) byCode.set(note.code, note);
  return readNoteCodes.flatMap((code) => byCode.get(code) ?? []);
}
