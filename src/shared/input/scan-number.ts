import type { Expected, NumberForm, ReadNote, ReadReason } from './reading.ts';
import { characterAt, characterNotes, isDigit, placeOf, skipSpaces, type Source } from './source.ts';

/** Which ways of writing a number a reader takes. `timesTen` is `2.5×10^7`, off where `x` separates. */
export interface ScanRules {
  forms: Record<NumberForm, boolean>;
  timesTen: boolean;
}

export interface ScannedNumber {
  value: number;
  start: number;
  end: number;
  notes: ReadNote[];
}

export type Scan = { ok: true; number: ScannedNumber } | { ok: false; reason: ReadReason };

/** SI prefixes as suffixes (k and K both kilo), and the Chinese 万 (10⁴) and 亿 (10⁸). */
const suffixPowers: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['K', 3],
  ['M', 6],
  ['G', 9],
  ['万', 4],
  ['亿', 8],
]);
const timesSigns = new Set(['×', 'x', 'X', '*', '·', '⋅']);
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Exponents are capped here: 10^±1,000,000 is already far beyond a double, and the cap keeps them numbers. */
const exponentCap = 1_000_000;

function digitsEnd(plain: string, index: number): number {
  let at = index;
  while (isDigit(plain[at])) at++;
  return at;
}

/** The reason for what stands at an index where `expected` should: a character, or the end of the text. */
export function unexpectedAt(source: Source, index: number, expected: Expected): ReadReason {
  const at = placeOf(source, index);
  return index >= source.plain.length
    ? { code: 'unexpected-end', at, expected }
    : { code: 'unexpected-character', at, character: characterAt(source, index), expected };
}

function refused(source: Source, index: number, form: NumberForm): Scan {
  return { ok: false, reason: { code: 'form-refused', at: placeOf(source, index), form } };
}

function failure(reason: ReadReason): Scan {
  return { ok: false, reason };
}

function exponentValue(digits: string, negative: boolean): number {
  const size = digits.length > 7 ? exponentCap : Math.min(Number(digits), exponentCap);
  return negative ? -size : size;
}

/** `×10^7`, `x10**-3`, `·10⁷` after a mantissa: the exponent and where it ends, or null when absent. */
function scanTimesTen(source: Source, index: number): { exponent: number; end: number } | Scan | null {
  const plain = source.plain;
  let at = skipSpaces(source, index);
  if (!timesSigns.has(plain[at]!)) return null;
  at = skipSpaces(source, at + 1);
  if (plain.slice(at, at + 2) !== '10') return null;
  at += 2;
  const caret = plain[at] === '^' ? 1 : plain.startsWith('**', at) ? 2 : 0;
  if (caret > 0) {
    at += caret;
    const negative = plain[at] === '-';
    if (negative || plain[at] === '+') at++;
    const end = digitsEnd(plain, at);
    if (end === at) return failure(unexpectedAt(source, at, 'digit'));
    return { exponent: exponentValue(plain.slice(at, end), negative), end };
  }
  const negative = plain[at] === '⁻';
  if (negative || plain[at] === '⁺') at++;
  let digits = '';
  while (at < plain.length && superscriptDigits.includes(plain[at]!))
    digits += superscriptDigits.indexOf(plain[at++]!);
  return digits === '' ? null : { exponent: exponentValue(digits, negative), end: at };
}

/**
 * Reads one number starting at `start` and stops after it (what follows is the caller's: a separator, the
 * end). The value is exact to the double: the digits and the power of ten go to `Number` as one decimal
 * string, so `25.7M` is 25,700,000 and `77.5%` is 0.775, with no float multiplication in between.
 * Thousands separators (`,` or a space, one kind per number) must stand between groups of three digits;
 * `1,5` is refused as a possible decimal comma rather than guessed.
 */
export function scanNumber(source: Source, start: number, rules: ScanRules, expected: Expected): Scan {
  const { plain } = source;
  const { forms } = rules;
  let at = start;
  const negative = plain[at] === '-';
  if (negative || plain[at] === '+') {
    if (!forms.sign) return refused(source, at, 'sign');
    at++;
  }
  let whole = plain.slice(at, digitsEnd(plain, at));
  at += whole.length;
  let separator: string | undefined;
  while (
    forms.thousands &&
    whole !== '' &&
    (plain[at] === ',' || plain[at] === ' ') &&
    isDigit(plain[at + 1])
  ) {
    const groupEnd = digitsEnd(plain, at + 1);
    const groupSize = groupEnd - at - 1;
    const firstGroupTooLong = separator === undefined && whole.length > 3;
    if ((separator !== undefined && plain[at] !== separator) || groupSize !== 3 || firstGroupTooLong) {
      const decimalComma =
        plain[at] === ',' && separator === undefined && groupSize !== 3 && plain[groupEnd] !== ',';
      const place = placeOf(source, at);
      return failure(
        decimalComma
          ? { code: 'decimal-comma', at: place }
          : { code: 'separator-group', at: place, character: characterAt(source, at) },
      );
    }
    separator = plain[at];
    whole += plain.slice(at + 1, groupEnd);
    at = groupEnd;
  }
  let fraction = '';
  if (plain[at] === '.') {
    fraction = plain.slice(at + 1, digitsEnd(plain, at + 1));
    if (whole === '' && fraction === '') return failure(unexpectedAt(source, at + 1, 'digit'));
    at += 1 + fraction.length;
  }
  if (whole === '' && fraction === '') {
    return failure(unexpectedAt(source, at, at > start ? 'digit' : expected));
  }

  let exponent = 0;
  let scientific = false;
  if (plain[at] === 'e' || plain[at] === 'E') {
    let digitsStart = at + 1;
    const exponentNegative = plain[digitsStart] === '-';
    if (exponentNegative || plain[digitsStart] === '+') digitsStart++;
    const end = digitsEnd(plain, digitsStart);
    if (end === digitsStart) return failure(unexpectedAt(source, digitsStart, 'digit'));
    exponent = exponentValue(plain.slice(digitsStart, end), exponentNegative);
    scientific = true;
    at = end;
  } else if (rules.timesTen) {
    const timesTen = scanTimesTen(source, at);
    if (timesTen && 'ok' in timesTen) return timesTen;
    if (timesTen) {
      exponent = timesTen.exponent;
      scientific = true;
      at = timesTen.end;
    }
  }

  let power = 0;
  const notes: ReadNote[] = [];
  const suffixAt = skipSpaces(source, at);
  const suffix = plain[suffixAt] ?? '';
  const suffixPower = suffixPowers.get(suffix);
  if (suffixPower !== undefined) {
    if (!forms.suffix) return refused(source, suffixAt, 'suffix');
    power = suffixPower;
    notes.push({ code: 'suffix', suffix: suffix === 'k' ? 'K' : suffix, power });
    at = suffixAt + 1;
  } else if (suffix === 'm' && forms.suffix) {
    return failure({ code: 'ambiguous-suffix', at: placeOf(source, suffixAt), character: 'm' });
  } else if (suffix === '%') {
    if (!forms.percent) return refused(source, suffixAt, 'percent');
    power = -2;
    notes.push({ code: 'percent' });
    at = suffixAt + 1;
  }

  const magnitude = Number(`${whole || '0'}${fraction}e${exponent - fraction.length + power}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  if (scientific) notes.unshift({ code: 'scientific' });
  if (separator !== undefined) notes.unshift({ code: 'thousands-separators' });
  notes.unshift(...characterNotes(source, start, at));
  return { ok: true, number: { value, start, end: at, notes } };
}
