import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBrokenLine, normalizeLayout } from '../../../../src/shared/deck/layout-text.ts';

describe('normalizeLayout', () => {
  it('collapses the doubled spaces around math and drops spaces beside full-width punctuation', () => {
    expect(normalizeLayout('  在  $3\\times 3$ 、 $5\\times 5$  卷积之前 ')).toBe(
      '在 $3\\times 3$、$5\\times 5$ 卷积之前',
    );
  });

  it('keeps the spaces around curly quotes, which English uses too', () => {
    expect(normalizeLayout('as “bottleneck layers”, not “capturing”')).toBe(
      'as “bottleneck layers”, not “capturing”',
    );
  });

  it('only ever changes whitespace', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '，', '、', '$', '卷', '\t') }),
        (text) => {
          const withoutSpace = (value: string) => value.replace(/\s/g, '');
          expect(withoutSpace(normalizeLayout(text))).toBe(withoutSpace(text));
          expect(normalizeLayout(normalizeLayout(text))).toBe(normalizeLayout(text));
        },
      ),
    );
  });
});

describe('joinBrokenLine', () => {
  it('joins Chinese with no space and other text with one', () => {
    expect(joinBrokenLine('但参数', '量更少')).toBe('但参数量更少');
    expect(joinBrokenLine('the first ', ' half')).toBe('the first half');
  });
});
