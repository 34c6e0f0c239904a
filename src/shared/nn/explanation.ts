/**
 * Why a number is what it is: the formula and the same formula with this layer's numbers substituted, both as
 * KaTeX source, plus notes in plain words (conventions, what is counted and what is not).
 */
export interface Explanation {
  title: string;
  formula: string;
  substituted: string;
  notes: string[];
}

/** The numbers of one layer that can be explained. */
export type ExplanationKey = 'output' | 'params' | 'macs' | 'flops' | 'otherOps' | 'activations' | 'rf';

export type LayerExplanations = Record<ExplanationKey, Explanation>;

/** A number in KaTeX with thin thousands separators: 37752832 -> "37{,}752{,}832". */
export function texNumber(value: number): string {
  if (!Number.isInteger(value)) return String(Number(value.toFixed(4)));
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
  return value < 0 ? `-${digits}` : digits;
}

/** A product in KaTeX: [96, 55, 55] -> "96 \times 55 \times 55". */
export function texProduct(factors: readonly number[]): string {
  return factors.map(texNumber).join(' \\times ');
}

export function explanation(
  title: string,
  formula: string,
  substituted: string,
  notes: string[] = [],
): Explanation {
  return { title, formula, substituted, notes };
}

/** For a layer kind that has no weights, no multiply-accumulates or no other work. */
export function zeroExplanation(title: string, note: string): Explanation {
  return explanation(title, '0', '0', [note]);
}
