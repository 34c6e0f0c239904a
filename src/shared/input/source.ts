import type { Place, ReadNote } from './reading.ts';

/**
 * The typed text beside a plain copy of the same length, so every index means the same character in both:
 * full-width forms from a Chinese input method (U+FF01–FF5E, the ideographic space) become their ASCII
 * forms, minus signs become `-`, and the other spaces become ` `. Each replacement is one UTF-16 unit for
 * one, which keeps the reasons' places true for the text as typed.
 */
export interface Source {
  text: string;
  plain: string;
  /** Per index: 0 as typed, 1 full-width, 2 a minus sign. */
  marks: Uint8Array;
}

const fullWidth = 1;
const minusSign = 2;

/** U+2212 minus and U+FE63 small hyphen-minus (the full-width U+FF0D is read with the full-width block). */
const minusSigns = new Set(['\u2212', '\ufe63']);
/** No-break, thin, narrow no-break and ideographic spaces, and tabs: read as a plain space. */
const otherSpaces = new Set(['\t', '\u00a0', '\u2009', '\u202f']);

export function toSource(text: string): Source {
  const marks = new Uint8Array(text.length);
  let plain = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const character = text[index]!;
    if (unit >= 0xff01 && unit <= 0xff5e) {
      plain += String.fromCharCode(unit - 0xfee0);
      marks[index] = fullWidth;
    } else if (unit === 0x3000) {
      plain += ' ';
      marks[index] = fullWidth;
    } else if (minusSigns.has(character)) {
      plain += '-';
      marks[index] = minusSign;
    } else plain += otherSpaces.has(character) ? ' ' : character;
  }
  return { text, plain, marks };
}

/** The notes a stretch of the source earns by its characters: full-width forms, minus signs. */
export function characterNotes(source: Source, start: number, end: number): ReadNote[] {
  const found = source.marks.subarray(start, end);
  const notes: ReadNote[] = [];
  if (found.includes(fullWidth)) notes.push({ code: 'full-width' });
  if (found.includes(minusSign)) notes.push({ code: 'minus-sign' });
  return notes;
}

/** The place of an index: line and column from 1, columns counted in code points. */
export function placeOf(source: Source, index: number): Place {
  const before = source.text.slice(0, index);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.split(/\r\n|\r|\n/).length;
  return { index, line, column: [...before.slice(lineStart)].length + 1 };
}

/** The whole character (code point) typed at an index. */
export function characterAt(source: Source, index: number): string {
  return String.fromCodePoint(source.text.codePointAt(index)!);
}

export function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** The first index at or after `index` that is not a space (newlines count as spaces when asked). */
export function skipSpaces(source: Source, index: number, newlines = false): number {
  let at = index;
  while (at < source.plain.length) {
    const character = source.plain[at];
    if (character !== ' ' && !(newlines && (character === '\n' || character === '\r'))) break;
    at++;
  }
  return at;
}

/** The first and one-past-last indexes of the text without surrounding spaces and newlines. */
export function trimmedRange(source: Source): [number, number] {
  let end = source.plain.length;
  while (end > 0 && /[ \n\r]/.test(source.plain[end - 1]!)) end--;
  return [Math.min(skipSpaces(source, 0, true), end), end];
}
