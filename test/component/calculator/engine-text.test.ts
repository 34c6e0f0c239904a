import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../src/shared/nn/source.ts';
import { presets } from '../../../src/shared/nn/presets/index.ts';
import { engineText } from '../../../src/renderer/features/calculator/engine-text.ts';

const chinese = /[\u4e00-\u9fff]/;

/** Networks that between them reach every kind of layer and the usual warnings. */
const extraNetworks = [
  'input 3x33x33\nconv 4 k3 s2 d2 nobias\nmaxpool k3 s2 ceil\navgpool k3 s1 p1 exclude-pad\ndeconv 4 k4 s2 p1 op1\nadaptiveavgpool 5x5\ndropout 0.5\nlrn 5\nleaky_relu 0.1\nsigmoid\nflatten\nfc 10\nsoftmax\n',
  'input 3x32x31\nconv 4 k3 s2 p1\nx: concat {\n {conv 2 k1}\n {maxpool k3 s1 p1}\n}\nconv 4 k3 same\n',
];

/** The mistakes a student makes, as text, each answered by a problem from the engine. */
const mistakes = [
  'input 3x32x32\nconv 10 k40',
  'input 3x32x32\nconv 10 k3 d20',
  'input 3x32x32\nconv 9 k3 g2',
  'input 3x8x8\na: conv 4 k1\nb: conv 5 k1 <- input\nsum: add <- a b',
  'input 3x8x8\na: conv 4 k1\nb: conv 4 k3 s2 <- input\nj: concat <- a b',
  'input 3x8x8\nflatten\nconv 4 k3',
  'input 3x8x8\nmaxpool k2 p2',
  'input 3x8x8\nconv 4 k3 s2 same',
  'input 3x8x8\ndeconv 4 k3 s2 op3',
  'conv 4 k3',
  'input 3x8x8\nconvv 4 k3',
  'input 3x8x8\nconv 4 k3 zz',
  'input 3x8x8\nconv k3',
  'input 3x8x8\nconv 4 k3 k5',
  'input 3x8x8\nx: concat {\n { conv 4 k1 }\n',
  'input 3x8x8\na: conv 4 k1\na: conv 4 k1',
  'input 3x8x8\nconv 4 k1 <- nowhere',
  'input 3x8x8\nconv 4 k3 relu',
  'input 3x224',
  'input 3x8x8\nconv 4 k0',
  'input 3x8x8\ndropout 1.5',
  'input 3x8x8\nconv 8 k3 p-1',
  '}',
];

function sentences(text: string): string[] {
  const outcome = analyzeSource({ type: 'text', text }, { dtype: 'fp32' });
  if (!outcome.ok) return [outcome.problem.reason];
  return outcome.analysis.layers.flatMap((layer) => [
    ...layer.warnings,
    ...Object.values(layer.explanations!).flatMap((explanation) => explanation.notes),
  ]);
}

describe("the engine's sentences in Chinese", () => {
  const all = new Set([
    ...presets.flatMap((preset) => {
      const outcome = analyzeSource({ type: 'preset', name: preset.name }, { dtype: 'fp32' });
      if (!outcome.ok) throw new Error(preset.name);
      return outcome.analysis.layers.flatMap((layer) => [
        ...layer.warnings,
        ...Object.values(layer.explanations!).flatMap((explanation) => explanation.notes),
      ]);
    }),
    ...extraNetworks.flatMap(sentences),
  ]);

  it('translates every note and warning the presets and the other layer kinds give', () => {
    const untranslated = [...all].filter((sentence) => !chinese.test(engineText(sentence, 'zh')));
    expect(untranslated).toEqual([]);
  });

  for (const mistake of mistakes) {
    it(`translates the problem of ${JSON.stringify(mistake)}`, () => {
      const [reason] = sentences(mistake);
      expect(reason).toBeDefined();
      expect(engineText(reason!, 'zh'), reason).toMatch(chinese);
    });
  }

  it('keeps the numbers and names, and leaves English alone', () => {
    expect(
      engineText('the 40x40 kernel is larger than the padded input (height 32 + 0 + 0 = 32)', 'zh'),
    ).toBe('40x40 的卷积核比填充后的输入还大（高 32 + 0 + 0 = 32）');
    expect(engineText(sentences('input 3x32x32\nconv 10 k3 d20')[0]!, 'zh')).toBe(
      '3x3 的卷积核（空洞 20x20，等效大小 41）比填充后的输入还大（高 32 + 0 + 0 = 32）',
    );
    expect(engineText('floor drops input rows 30 to 31 and column 31: no window reaches them', 'zh')).toBe(
      '向下取整丢掉了输入的行 30 到 31和列 31：没有窗口覆盖它们',
    );
    expect(engineText('Pooling has no weights.', 'en')).toBe('Pooling has no weights.');
    expect(engineText('A sentence nobody wrote a rule for', 'zh')).toBe('A sentence nobody wrote a rule for');
  });
});
