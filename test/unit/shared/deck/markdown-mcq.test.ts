import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../../src/shared/deck/deck-error.ts';
import { normalizeLayout } from '../../../../src/shared/deck/layout-text.ts';
import { parseMarkdownMcqs } from '../../../../src/shared/deck/markdown-mcq.ts';

describe('parseMarkdownMcqs', () => {
  it('reads single and multiple answers, in ASCII or full-width parentheses', () => {
    const questions = parseMarkdownMcqs(
      [
        '1. Which are even? (AC)',
        '  - A. 2',
        '  - B. 3',
        '  - C. 4',
        '2. 哪个是质数？（B）',
        '- A. 4',
        '- B. 5',
      ].join('\n'),
    );
    expect(questions).toEqual([
      {
        number: 1,
        stem: 'Which are even?',
        options: [
          { letter: 'A', text: '2' },
          { letter: 'B', text: '3' },
          { letter: 'C', text: '4' },
        ],
        answer: ['A', 'C'],
      },
      {
        number: 2,
        stem: '哪个是质数？',
        options: [
          { letter: 'A', text: '4' },
          { letter: 'B', text: '5' },
        ],
        answer: ['B'],
      },
    ]);
  });

  it('joins a line broken by a page break: no space in Chinese, one space in English', () => {
    const [question] = parseMarkdownMcqs(
      ['1. Pick one (A)', '- A. the first', '', '- half of an option', '- B. 参数', '', '- 量更少'].join(
        '\n',
      ),
    );
    expect(question!.options.map((option) => option.text)).toEqual([
      'the first half of an option',
      '参数量更少',
    ]);
  });

  it('names the question whose answer is missing or not an option', () => {
    expect(() => parseMarkdownMcqs('1. No answer here\n- A. x')).toThrow(/question 1: no answer/);
    expect(() => parseMarkdownMcqs('3. Stem (C)\n- A. x\n- B. y')).toThrow(
      /question 3: answer C is not one of/,
    );
  });

  it('refuses text before the first question with a DeckError naming the line', () => {
    const parse = () => parseMarkdownMcqs('\n- A. orphan option\n1. Stem (A)\n- A. x');
    expect(parse).toThrow(DeckError);
    expect(parse).toThrow(/line 2/);
  });
});

describe('normalizeLayout', () => {
  it('collapses the doubled spaces around math and drops spaces beside full-width punctuation', () => {
    expect(normalizeLayout('  在  $3\\times 3$ 、 $5\\times 5$  卷积之前 ')).toBe(
      '在 $3\\times 3$、$5\\times 5$ 卷积之前',
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
