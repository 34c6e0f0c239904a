/**
 * Whether two pieces of stored data are the same: primitives by `Object.is`, arrays element by element, plain
 * objects key by key (a key holding `undefined` counts as absent, as in a row read back from IndexedDB). Key
 * order does not matter. Meant for what IndexedDB stores (the structured-clone data of decks and cards), not for
 * class instances, maps or dates.
 */
export function sameData(first: unknown, second: unknown): boolean {
  if (Object.is(first, second)) return true;
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null)
    return false;
  if (Array.isArray(first) || Array.isArray(second)) {
    if (!Array.isArray(first) || !Array.isArray(second) || first.length !== second.length) return false;
    return first.every((element, index) => sameData(element, second[index]));
  }
  const firstRecord = first as Record<string, unknown>;
  const secondRecord = second as Record<string, unknown>;
  const keys = new Set([...Object.keys(firstRecord), ...Object.keys(secondRecord)]);
  for (const key of keys) if (!sameData(firstRecord[key], secondRecord[key])) return false;
  return true;
}
