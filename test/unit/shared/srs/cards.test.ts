import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../src/shared/deck/localized-text.ts';
import { cardsForItem, clozeNumbers } from '../../../../src/shared/srs/card.ts';
import { srsMessages } from '../../../../src/shared/srs/messages.ts';
import { srsErrorCodes } from '../../../../src/shared/srs/srs-error.ts';
import { noon } from './srs-fixtures.ts';

describe('cards of an item', () => {
  it('one per cloze deletion, math inside a deletion included', () => {
    const text = '导数 {{c2::$\\sigma(x)(1-\\sigma(x))$}}，其中 {{c1::$\\frac{1}{1+e^{-x}}$}}；{{c2::again}}';
    expect(clozeNumbers(text)).toEqual([1, 2]);
    const cards = cardsForItem(
      { id: 'sig', kind: 'cloze', tags: [], text: { zh: text, en: text } },
      'd',
      3,
      noon,
    );
    expect(cards.map((card) => [card.id, card.cloze, card.position, card.state, card.due])).toEqual([
      ['sig#c1', 1, 3, 'new', noon],
      ['sig#c2', 2, 3, 'new', noon],
    ]);
  });

  it('refuses a cloze with nothing to ask, or whose languages ask different deletions', () => {
    const cloze = (zh: string, en: string) =>
      cardsForItem({ id: 'c', kind: 'cloze', tags: [], text: { zh, en } }, 'd', 0, noon);
    expect(() => cloze('无', 'none')).toThrow(expect.objectContaining({ code: 'NO_CLOZE_DELETION' }));
    expect(() => cloze('{{c1::a}}', '{{c2::a}}')).toThrow(
      expect.objectContaining({
        code: 'CLOZE_LANGUAGES_DIFFER',
        message: 'cloze item c: its Chinese asks c1 but its English c2',
      }),
    );
  });
});

describe('srs messages', () => {
  it('has every string in both languages, every error code included', () => {
    expect(Object.keys(srsMessages.errors).sort()).toEqual([...srsErrorCodes].sort());
    for (const group of Object.values(srsMessages)) {
      for (const text of Object.values(group)) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
    expect(fillTemplate(srsMessages.labels.planPerDay.zh, { count: 12, date: '1月12日' })).toBe(
      '每天 12 张卡片，直到 1月12日',
    );
  });
});
