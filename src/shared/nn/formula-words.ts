import type { Language, LocalizedText } from '../deck/localized-text.ts';

/**
 * The words inside the engine's formulas (`C \times H \times W` is "unchanged", `n_{out}` "bias adds"), as
 * data: the engine writes a word's key in a marker (formulaWord), and a screen words the formula in its
 * language (wordFormula), so a Chinese student never reads `\text{bias adds}` (GLOSSARY.md, "No developer
 * words in Chinese text"). The compiler checks that every key has both wordings.
 */
export const formulaWords = {
  elements: { zh: '元素数', en: 'elements' },
  unchanged: { zh: '不变', en: 'unchanged' },
  inputShape: { zh: '输入形状', en: 'the input shape' },
  sharedInputShape: { zh: '各分支共同的输入形状', en: 'the shared input shape' },
  scaleAndShift: { zh: '（缩放与偏移）', en: '(scale and shift)' },
  comparisons: { zh: '次比较', en: 'comparisons' },
  addsAndOneDivide: { zh: '（加法与一次除法）', en: '(adds and one divide)' },
  addsAndDivides: { zh: '（加法与除法）', en: '(adds and divides)' },
  biasAdds: { zh: '次偏置加法', en: 'bias adds' },
  start: { zh: '起点', en: 'start' },
  bytes: { zh: '字节', en: 'bytes' },
  unionOfBranches: { zh: '（各分支感受野的并集）', en: '(union of the branches)' },
  weights: { zh: '权重', en: 'weights' },
  bias: { zh: '偏置', en: 'bias' },
  stored: { zh: '需保存', en: 'stored' },
  moreTerms: { zh: '（另 {count} 项）', en: '({count} more)' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type FormulaWord = keyof typeof formulaWords;

const marker = /⟦(\w+)(?::(\d+))?⟧/g;

/**
 * A word for a formula's `\text{…}`, as a marker wordFormula replaces: `\text{ ${formulaWord('biasAdds')}}`.
 * `count` fills the word's `{count}` (moreTerms).
 */
export function formulaWord(word: FormulaWord, count?: number): string {
  return count === undefined ? `⟦${word}⟧` : `⟦${word}:${count}⟧`;
}

/** A formula with its words in `language`; an unknown marker is left as it is, visible, rather than dropped. */
export function wordFormula(tex: string, language: Language): string {
  return tex.replace(marker, (whole, key: string, count: string | undefined) => {
    if (!Object.hasOwn(formulaWords, key)) return whole;
    const text: string = formulaWords[key as FormulaWord][language];
    return count === undefined ? text : text.replace('{count}', count);
  });
}
