import { checkValue, type Range } from './check-value.ts';
import { printNumber } from './print.ts';
import type { Expected, NumberForm, Reading } from './reading.ts';
import { scanNumber, unexpectedAt } from './scan-number.ts';
import { placeOf, skipSpaces, toSource, trimmedRange } from './source.ts';

/**
 * What a number field takes: a range, and the forms it refuses (all are accepted unless switched off, e.g.
 * `{ forms: { sign: false, thousands: false } }` for the description language's plain digits).
 */
export interface NumberOptions extends Range {
  forms?: Partial<Record<NumberForm, boolean>>;
}

export const allForms: Readonly<Record<NumberForm, boolean>> = {
  sign: true,
  thousands: true,
  suffix: true,
  percent: true,
};

function readOne(text: string, options: NumberOptions, integer: boolean): Reading<number> {
  const expected: Expected = integer ? 'integer' : 'number';
  const source = toSource(text);
  const [start, end] = trimmedRange(source);
  if (start === end) return { ok: false, reason: { code: 'empty', expected } };
  const rules = { forms: { ...allForms, ...options.forms }, timesTen: true };
  const scan = scanNumber(source, start, rules, expected);
  if (!scan.ok) return scan;
  const { value, notes } = scan.number;
  if (scan.number.end < end)
    return { ok: false, reason: unexpectedAt(source, skipSpaces(source, scan.number.end), 'end') };
  const problem = checkValue(value, placeOf(source, start), integer, options);
  return problem ? { ok: false, reason: problem } : { ok: true, value, text: printNumber(value), notes };
}

/**
 * Reads a number as a person types it: `12`, `-0.5`, `.25`, `1,234.5`, `60 965 224`, `2.5e7`, `2.5×10^7`,
 * `2.5·10⁷`, `25.7M`, `25.7 M`, `3万`, `77.5%`, and the same in full-width characters (`１２，３４５．６`).
 * A percentage reads as the fraction it means (`77.5%` is 0.775) with a `percent` note, so a grader can
 * compare it with a fraction and still see that a percentage was written.
 */
export function readNumber(text: string, options: NumberOptions = {}): Reading<number> {
  return readOne(text, options, false);
}

/** Reads a whole number, in every form readNumber takes (`25.7M` is the integer 25,700,000). */
export function readInteger(text: string, options: NumberOptions = {}): Reading<number> {
  return readOne(text, options, true);
}
