import { checkValue, type Range } from './check-value.ts';
import { mergeNotes } from './notes.ts';
import { printShape } from './print.ts';
import type { NumberForm, ReadNote, Reading } from './reading.ts';
import { scanNumber, unexpectedAt } from './scan-number.ts';
import { characterNotes, isDigit, placeOf, skipSpaces, toSource, trimmedRange } from './source.ts';

/** How many dimensions a shape has (default: any from 1), and the range of each (default: from 1). */
export interface ShapeOptions extends Range {
  dimensions?: { min: number; max: number };
  /** Only `sign` matters: a shape's numbers never take separators, suffixes or percent signs. */
  forms?: Partial<Pick<Record<NumberForm, boolean>, 'sign'>>;
}

const separators = new Set(['x', 'X', '×', '*', ',']);
const closers: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/**
 * Reads a shape: whole numbers separated by `x`, `×`, `*`, commas or spaces (`32x32x10`, `32 × 32 × 10`,
 * `3*224*224`), optionally in brackets as Python and JSON write them (`(32, 32, 10)`, `[32,32,10]`, `(3,)`).
 * Prints as `32×32×10`.
 */
export function readShape(text: string, options: ShapeOptions = {}): Reading<number[]> {
  const source = toSource(text);
  const { plain } = source;
  const [start, end] = trimmedRange(source);
  if (start === end) return { ok: false, reason: { code: 'empty', expected: 'shape' } };
  const rules = {
    forms: { sign: options.forms?.sign ?? true, thousands: false, suffix: false, percent: false },
    timesTen: false,
  };
  const range = { ...options, min: options.min ?? 1 };
  const closer = closers[plain[start]!];
  let at = closer ? skipSpaces(source, start + 1) : start;
  const dimensions: number[] = [];
  const notes: ReadNote[][] = [characterNotes(source, start, end)];
  for (;;) {
    const scan = scanNumber(source, at, rules, 'integer');
    if (!scan.ok) return scan;
    const problem = checkValue(scan.number.value, placeOf(source, at), true, range);
    if (problem) return { ok: false, reason: problem };
    dimensions.push(scan.number.value);
    notes.push(scan.number.notes);
    const next = skipSpaces(source, scan.number.end);
    const character = plain[next];
    if (next >= end) {
      if (closer) return { ok: false, reason: unexpectedAt(source, end, 'closing-bracket') };
      at = end;
      break;
    }
    if (closer && character === closer) {
      at = next + 1;
      break;
    }
    if (separators.has(character!)) {
      at = skipSpaces(source, next + 1);
      if (character === ',' && closer && plain[at] === closer) {
        at++;
        break;
      }
    } else if (next > scan.number.end && (isDigit(character) || character === '+' || character === '-')) {
      at = next;
    } else return { ok: false, reason: unexpectedAt(source, next, 'separator') };
  }
  if (at < end) return { ok: false, reason: unexpectedAt(source, skipSpaces(source, at), 'end') };
  const { min = 1, max = Infinity } = options.dimensions ?? {};
  if (dimensions.length < min || dimensions.length > max) {
    return {
      ok: false,
      reason: { code: 'dimension-count', found: dimensions.length, minimum: min, maximum: max },
    };
  }
  return { ok: true, value: dimensions, text: printShape(dimensions), notes: mergeNotes(notes) };
}
