import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { McqItem } from '../../../../../src/shared/deck/item.ts';
import { homework2Mcqs } from '../../../../../src/shared/deck/seed/homework2.ts';
import { deckOf, errorsOf, place, readText } from './read-deck.ts';

const homework = readFileSync(new URL('../../../../fixtures/homework2.md', import.meta.url), 'utf8');

describe('the homework in its own Markdown', () => {
  const read = readText('homework2.md', homework);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const mcqs = read.deck.items as McqItem[];

  it('imports as its 7 MCQs with the answers B, C, B, B, A, D, D', () => {
    expect(mcqs.map((item) => item.kind)).toEqual(Array(7).fill('mcq'));
    expect(mcqs.map((item) => item.answer.join(''))).toEqual(['B', 'C', 'B', 'B', 'A', 'D', 'D']);
    expect(read.deck.title.zh).toBe('《深度学习平台与应用》作业二');
  });

  it('reads the same stems and options as the seed deck (page break in question 3 joined)', () => {
    expect(mcqs.map((item) => item.stem.zh)).toEqual(homework2Mcqs.map((item) => item.stem.zh));
    const texts = (items: readonly McqItem[]) =>
      items.map((item) => item.options.map((option) => option.text.zh));
    expect(texts(mcqs)).toEqual(texts(homework2Mcqs));
    expect(mcqs[2]!.options[1]!.text.zh).toContain('但参数量更少，并且');
  });

  it('skips the six worked problems and the section title, each with a note at its line', () => {
    expect(read.notes.map(place)).toEqual([
      'SKIPPED_TEXT@48',
      'SKIPPED_PROBLEM@50',
      'SKIPPED_PROBLEM@71',
      'SKIPPED_PROBLEM@96',
      'SKIPPED_PROBLEM@153',
      'SKIPPED_PROBLEM@169',
      'SKIPPED_PROBLEM@187',
    ]);
    expect(read.notes[1]!.values).toEqual({ number: 1 });
    expect(read.notes[0]!.values).toEqual({ text: '二、计算题：' });
  });

  it('derives the same ids on every import, and different ids for different questions', () => {
    const again = deckOf('homework2.md', homework);
    expect(again.items.map((item) => item.id)).toEqual(mcqs.map((item) => item.id));
    expect(new Set(mcqs.map((item) => item.id)).size).toBe(7);
    expect(again.id).toBe(read.deck.id);
  });
});

describe('Markdown cards and fields', () => {
  it('reads Q/A cards, cloze cards and problems with their fields, and the deck’s own fields', () => {
    const deck = deckOf(
      'concepts.md',
      [
        '# 卷积概念',
        '> title.en: Convolution concepts',
        '> id: concepts',
        '',
        'Q: Sigmoid 的导数？',
        'A: $\\sigma(x)(1-\\sigma(x))$',
        '> id: sigmoid-derivative',
        '> tags: activation, backprop',
        '> front.en: The derivative of the sigmoid?',
        '',
        'C: 输出尺寸为 {{c1::$\\lfloor (W-K+2P)/S \\rfloor + 1$}}，',
        '向下取整。',
        '> extra: 作业二·计算题 2',
        '',
        'P: conv-output-size',
        '> parameters: k=3, s=1',
        '',
        '1. Which are even? (AC)',
        '   - A. 2',
        '   - B. 3',
        '   - C. 4',
        '   > A.why: two is even',
        '   > explanation: Even numbers divide by two.',
        '   > explanation.zh: 偶数能被 2 整除。',
      ].join('\n'),
    );
    expect(deck.id).toBe('concepts');
    expect(deck.title).toEqual({ zh: '卷积概念', en: 'Convolution concepts' });
    const [basic, cloze, problem, mcq] = deck.items;
    expect(basic).toEqual({
      id: 'sigmoid-derivative',
      kind: 'basic',
      tags: ['activation', 'backprop'],
      front: { zh: 'Sigmoid 的导数？', en: 'The derivative of the sigmoid?' },
      back: { zh: '$\\sigma(x)(1-\\sigma(x))$', en: '$\\sigma(x)(1-\\sigma(x))$' },
    });
    expect(cloze).toMatchObject({
      kind: 'cloze',
      text: { zh: '输出尺寸为 {{c1::$\\lfloor (W-K+2P)/S \\rfloor + 1$}}，向下取整。' },
      extra: { zh: '作业二·计算题 2', en: '作业二·计算题 2' },
    });
    expect(problem).toMatchObject({
      kind: 'problem',
      template: 'conv-output-size',
      parameters: { k: 3, s: 1 },
    });
    expect(mcq).toMatchObject({
      kind: 'mcq',
      stem: { zh: 'Which are even?', en: 'Which are even?' },
      answer: ['A', 'C'],
      explanation: { zh: '偶数能被 2 整除。', en: 'Even numbers divide by two.' },
    });
    expect((mcq as McqItem).options[0]!.rationale).toEqual({ zh: 'two is even', en: 'two is even' });
  });

  it('reads full-width answer parentheses and a deck without a title (the file name is its title)', () => {
    const deck = deckOf('my-deck.md', '1. 哪个是质数？（B）\n- A. 4\n- B. 5');
    expect(deck.title).toEqual({ zh: 'my-deck', en: 'my-deck' });
    expect((deck.items[0] as McqItem).answer).toEqual(['B']);
  });
});

describe('broken Markdown decks: every error has its line, and nothing is imported', () => {
  it('a missing answer, an answer with no option, too few options', () => {
    expect(errorsOf('deck.md', '# t\n\n1. No answer here\n- A. x\n- B. y')).toEqual(['MCQ_NO_ANSWER@3']);
    expect(errorsOf('deck.md', '1. fine (A)\n- A. x\n- B. y\n2. Stem (C)\n- A. x\n- B. y')).toEqual([
      'MCQ_ANSWER_NOT_OPTION@4',
    ]);
    expect(errorsOf('deck.md', '1. Stem (A)\n- A. only one')).toEqual(['MCQ_TOO_FEW_OPTIONS@1']);
    expect(errorsOf('deck.md', '7. Answer but no options (B)')).toEqual([
      'MCQ_TOO_FEW_OPTIONS@1',
      'MCQ_ANSWER_NOT_OPTION@1',
    ]);
  });

  it('duplicate ids, given or derived from the same text, name both lines', () => {
    const read = readText('deck.md', 'Q: a\nA: b\n> id: x\n\nQ: c\nA: d\n> id: x');
    expect(read.ok ? [] : read.errors).toEqual([
      { code: 'ID_DUPLICATE', line: 5, column: null, values: { id: 'x', firstLine: 1 } },
    ]);
    expect(errorsOf('deck.md', 'Q: same\nA: one\n\nQ: same\nA: two')).toEqual(['ID_DUPLICATE@4']);
  });

  it('unknown, repeated and misplaced fields; a card without a back; a broken cloze', () => {
    expect(errorsOf('deck.md', 'Q: a\nA: b\n> colour: red')).toEqual(['FIELD_UNKNOWN@3']);
    expect(errorsOf('deck.md', 'Q: a\nA: b\n> id: x\n> id: y')).toEqual(['FIELD_REPEATED@4']);
    expect(errorsOf('deck.md', 'Q: a\n> tags: t')).toEqual(['BASIC_NO_BACK@1']);
    expect(errorsOf('deck.md', 'Q: a\nA: b\n\nC: never {{c1::closed')).toEqual(['CLOZE_UNCLOSED@4']);
    expect(errorsOf('deck.md', 'C: no deletion at all')).toEqual(['CLOZE_NO_DELETION@1']);
    expect(errorsOf('deck.md', 'Q: a\nA: b\n> id: bad id with spaces')).toEqual(['ID_INVALID@1']);
  });

  it('a file with no cards, or no questions at all', () => {
    expect(errorsOf('deck.md', '# Only a title\n\nSome prose.')).toEqual(['DECK_NO_ITEMS@-']);
  });
});
