import type { LayerNote } from './note.ts';

/**
 * Why a number is what it is: the formula and the same formula with this layer's numbers substituted, both as
 * KaTeX source, plus notes as data (conventions, what is counted and what is not), worded by note-messages.ts.
 * `title` names the number for logs; screens show their own label for the number.
 */
export interface Explanation {
  title: string;
  formula: string;
  substituted: string;
  notes: LayerNote[];
}

/** The numbers of one layer that can be explained. */
export type ExplanationKey = 'output' | 'params' | 'macs' | 'flops' | 'otherOps' | 'activations' | 'rf';

export type LayerExplanations = Record<ExplanationKey, Explanation>;

/** 37752832 -> "37,752,832"; fractions (a transposed conv's jump) keep up to 3 decimals. */
export function formatCount(value: number): string {
  return groupDigits(value, ',');
}

/** Thousands grouping without Intl or regular expressions: it runs for every number of every row. */
function groupDigits(value: number, separator: string): string {
  if (!Number.isInteger(value)) return String(Number(value.toFixed(3)));
  if (value > -1000 && value < 1000) return String(value);
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return value < 0 ? `-${grouped}` : grouped;
}

/** A number in KaTeX with thin thousands separators: 37752832 -> "37{,}752{,}832". */
export function texNumber(value: number): string {
  return groupDigits(value, '{,}');
}

/** A product in KaTeX: [96, 55, 55] -> "96 \times 55 \times 55". */
export function texProduct(factors: readonly number[]): string {
  return factors.map(texNumber).join(' \\times ');
}

export function explanation(
  title: string,
  formula: string,
  substituted: string,
  notes: LayerNote[] = [],
): Explanation {
  return { title, formula, substituted, notes };
}

/** For a layer kind that has no weights, no multiply-accumulates or no other work. */
export function zeroExplanation(title: string, note: LayerNote): Explanation {
  return explanation(title, '0', '0', [note]);
}

/** The same explanation with notes put before and after its own. */
export function withNotes(base: Explanation, before: LayerNote[], after: LayerNote[] = []): Explanation {
  return { ...base, notes: [...before, ...base.notes, ...after] };
}
