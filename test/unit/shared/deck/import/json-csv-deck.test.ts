import { describe, expect, it } from 'vitest';
import type { McqItem } from '../../../../../src/shared/deck/item.ts';
import { deckOf, errorsOf, readText } from './read-deck.ts';

const json = (deck: unknown, version: unknown = 1) =>
  JSON.stringify({ format: 'deepdrill-deck', version, deck }, null, 2);

describe('the app’s JSON deck', () => {
  it('reads one string as both languages and a {zh, en} pair as it is', () => {
    const deck = deckOf(
      'deck.json',
      json({
        id: 'd',
        title: { zh: '牌组', en: 'Deck' },
        items: [{ kind: 'basic', front: '前', back: { zh: '后', en: 'back' }, tags: ['conv'] }],
      }),
    );
    expect(deck.items[0]).toMatchObject({
      kind: 'basic',
      front: { zh: '前', en: '前' },
      back: { zh: '后', en: 'back' },
    });
    expect(deck.items[0]!.id).toMatch(/^basic-[0-9a-f]{14}$/);
  });

  it('names every wrong field by its path, on its item’s line', () => {
    const text = json({
      title: 't',
      items: [
        { kind: 'basic', front: 'ok', back: 'ok' },
        { kind: 'mcq', stem: 5, options: [{ letter: 'a', text: 'x' }], answer: ['A'], explaination: 'typo' },
        { kind: 'flashcard', front: 'x' },
      ],
    });
    const read = readText('deck.json', text);
    expect(
      read.ok
        ? []
        : read.errors.map((error) => [error.code, error.line, error.values['field'] ?? error.values['kind']]),
    ).toEqual([
      ['FIELD_UNKNOWN', 12, '$.deck.items[1].explaination'],
      ['FIELD_INVALID', 12, '$.deck.items[1].options[0].letter'],
      ['FIELD_INVALID', 12, '$.deck.items[1].stem'],
      ['KIND_UNKNOWN', 26, 'flashcard'],
    ]);
  });

  it('refuses bad JSON with its place, another file’s JSON, and a version it cannot read', () => {
    expect(errorsOf('deck.json', '{\n  "format": "deepdrill-deck",\n  "version": 1,,\n}')[0]).toMatch(
      /^JSON_SYNTAX@/,
    );
    expect(errorsOf('deck.json', '[1, 2]')).toEqual(['JSON_NOT_A_DECK@1']);
    expect(errorsOf('deck.json', json({ title: 't', items: [] }, 2))).toEqual(['JSON_VERSION_UNSUPPORTED@1']);
    expect(errorsOf('deck.json', json({ title: 't', items: [] }))).toEqual(['DECK_NO_ITEMS@-']);
  });

  it('applies the rules of every format: a duplicate id and an answer with no option', () => {
    const text = json({
      title: 't',
      items: [
        { id: 'x', kind: 'basic', front: 'a', back: 'b' },
        {
          id: 'x',
          kind: 'mcq',
          stem: 's',
          options: [
            { letter: 'A', text: '1' },
            { letter: 'B', text: '2' },
          ],
          answer: ['C'],
        },
      ],
    });
    expect(errorsOf('deck.json', text)).toEqual(['MCQ_ANSWER_NOT_OPTION@13', 'ID_DUPLICATE@13']);
  });
});

describe('CSV decks', () => {
  it('reads basic, cloze and mcq rows with quotes, commas and line breaks inside cells', () => {
    const deck = deckOf(
      'cards.csv',
      [
        'kind,front,back,tags,id,A,B,C,answer',
        'basic,"Sigmoid 的导数, 用 σ 表示","$\\sigma(x)(1-\\sigma(x))$",activation backprop,sig,,,,',
        'cloze,"输出尺寸 {{c1::$\\lfloor (W-K+2P)/S \\rfloor + 1$}}",,conv,,,,,',
        'mcq,"哪个是质数？",,,,4,5,"六\n(6)",B',
      ].join('\n'),
    );
    expect(deck.items.map((item) => item.kind)).toEqual(['basic', 'cloze', 'mcq']);
    expect(deck.items[0]).toMatchObject({
      id: 'sig',
      tags: ['activation', 'backprop'],
      front: { zh: 'Sigmoid 的导数, 用 σ 表示' },
    });
    const mcq = deck.items[2] as McqItem;
    expect(mcq.options.map((option) => option.text.zh)).toEqual(['4', '5', '六\n(6)']);
    expect(mcq.answer).toEqual(['B']);
  });

  it('names the line of a broken row, counting line breaks inside quoted cells', () => {
    const text = ['kind,front,back', 'basic,"two\nlines",b', 'basic,only two', 'mcq,q,', 'quiz,x,y'].join(
      '\n',
    );
    expect(errorsOf('cards.csv', text)).toEqual([
      'CSV_ROW_LENGTH@4',
      'MCQ_TOO_FEW_OPTIONS@5',
      'MCQ_NO_ANSWER@5',
      'KIND_UNKNOWN@6',
    ]);
  });

  it('refuses a header without front, an unknown or repeated column, and unpaired quotes', () => {
    expect(errorsOf('cards.csv', 'kind,back\nbasic,x')).toEqual(['CSV_COLUMN_MISSING@1']);
    expect(errorsOf('cards.csv', 'front,back,colour,back\nx,y,z,w')).toEqual([
      'CSV_COLUMN_UNKNOWN@1:3',
      'CSV_COLUMN_REPEATED@1:4',
    ]);
    expect(errorsOf('cards.csv', 'front,back\nx,y\n"open,z')[0]).toBe('CSV_QUOTES@3');
  });
});
