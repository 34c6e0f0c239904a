import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/shared/deck/localized-text.ts';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { formulaWord, formulaWords, wordFormula } from '../../../../src/shared/nn/formula-words.ts';
import { parseNetworkText } from '../../../../src/shared/nn/dsl/parse.ts';

describe('formula words', () => {
  it('words every key in both languages, Chinese in Chinese', () => {
    for (const [key, word] of Object.entries(formulaWords)) {
      for (const language of languages) expect(word[language].trim(), key).not.toBe('');
      expect(word.zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('replaces each marker with the word, filling a count', () => {
    const tex = `n_{out} \\text{ ${formulaWord('biasAdds')}} \\dots \\text{${formulaWord('moreTerms', 42)}}`;
    expect(wordFormula(tex, 'en')).toBe('n_{out} \\text{ bias adds} \\dots \\text{(42 more)}');
    expect(wordFormula(tex, 'zh')).toBe('n_{out} \\text{ 次偏置加法} \\dots \\text{（另 42 项）}');
  });

  it('leaves an unknown or prototype key visible rather than dropping it', () => {
    expect(wordFormula('⟦nothing⟧ ⟦constructor⟧ ⟦__proto__⟧', 'zh')).toBe(
      '⟦nothing⟧ ⟦constructor⟧ ⟦__proto__⟧',
    );
  });

  it('no engine formula shown in Chinese keeps an English word in \\text{}', () => {
    const network = parseNetworkText(
      'input 3x32x32\nconv 8 k3 p1\nbn\nrelu\nmaxpool k2 s2\nlrn\navgpool k2\ndropout\nflatten\nfc 10',
    );
    // Terms the glossary keeps in English (MACs, FLOPs), dtypes and PyTorch argument names.
    const keptInEnglish = /^(MACs|FLOPs|fp32|fp16|bf16|output\\_\w+)$/;
    let formulas = 0;
    for (const layer of analyzeNetwork(network).layers) {
      for (const explanation of Object.values(layer.explanations ?? {})) {
        for (const tex of [explanation.formula, explanation.substituted]) {
          formulas++;
          const worded = wordFormula(tex, 'zh');
          expect(worded).not.toContain('⟦');
          for (const match of worded.matchAll(/\\text\{([^}]*)\}/g)) {
            const words = match[1]!.replace(/\(\w+\)/, '').trim();
            if (!keptInEnglish.test(words)) expect(words, tex).not.toMatch(/[A-Za-z]{3,}/);
          }
        }
      }
    }
    expect(formulas).toBeGreaterThan(20);
  });
});
