import type { Item } from '../item.ts';

/** What an id may be: short, and safe in a file name, a URL or a CSV cell. */
export const itemIdPattern = /^[\w.:-]{1,100}$/;

/**
 * cyrb53 (bryc, public domain): a fast 53-bit string hash with good spread, as 14 hex digits. Not for secrets:
 * it only has to give the same id to the same text on every machine.
 */
export function hashText(text: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(16).padStart(14, '0');
}

/** The text an item is known by: the question, the front or the cloze text (or a problem's template). */
export function itemMainText(item: Item): string {
  switch (item.kind) {
    case 'mcq':
      return item.stem.zh;
    case 'basic':
      return item.front.zh;
    case 'cloze':
      return item.text.zh;
    case 'problem':
      return `${item.template} ${JSON.stringify(item.parameters ?? {})}`;
  }
}

/**
 * The id of an item whose file gave none: its kind and a hash of its main text, so re-importing an unchanged
 * file finds the same items (an edited question becomes a new item: give ids to keep progress across edits).
 */
export function derivedItemId(item: Item): string {
  return `${item.kind}-${hashText(`${item.kind}\n${itemMainText(item)}`)}`;
}
