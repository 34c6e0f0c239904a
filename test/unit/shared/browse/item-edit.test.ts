import { describe, expect, it } from 'vitest';
import { applyItemEdit, fieldText } from '../../../../src/shared/browse/item-edit.ts';
import type { ClozeItem, Item } from '../../../../src/shared/deck/item.ts';

const basic: Item = {
  id: 'relu',
  kind: 'basic',
  tags: ['activation'],
  front: { zh: '正面', en: 'front' },
  back: { zh: '背面', en: 'back' },
};
const cloze: ClozeItem = {
  id: 'stride',
  kind: 'cloze',
  tags: ['conv'],
  text: { zh: '步长为 {{c1::2}}', en: 'stride {{c1::2}}' },
  extra: { zh: '补充', en: 'extra' },
};

describe('editing an item', () => {
  it('changes only the edited texts: id, kind and tags stay', () => {
    const outcome = applyItemEdit(basic, { back: { zh: '新的背面', en: 'new back' } });
    expect(outcome).toEqual({ ok: true, item: { ...basic, back: { zh: '新的背面', en: 'new back' } } });
  });

  it('refuses an empty text and names the field and language', () => {
    expect(applyItemEdit(basic, { front: { zh: '正面', en: '  ' } })).toEqual({
      ok: false,
      refusal: { code: 'EMPTY_TEXT', field: 'front', language: 'en' },
    });
  });

  it('refuses a field the kind does not have', () => {
    expect(applyItemEdit(basic, { stem: { zh: 'a', en: 'b' } })).toEqual({
      ok: false,
      refusal: { code: 'FIELD_NOT_EDITABLE', field: 'stem', kind: 'basic' },
    });
  });

  it('keeps the deletions of a cloze, since each is a card with its own progress', () => {
    const moved = applyItemEdit(cloze, { text: { zh: '步长是 {{c1::2}}。', en: 'stride {{c1::2}}' } });
    expect(moved.ok).toBe(true);
    expect(
      applyItemEdit(cloze, { text: { zh: '步长为 {{c1::2}}', en: 'stride {{c1::2}} {{c2::1}}' } }),
    ).toEqual({
      ok: false,
      refusal: { code: 'CLOZE_DELETIONS_CHANGED', language: 'en', before: 'c1', after: 'c1, c2' },
    });
    expect(applyItemEdit(cloze, { text: { zh: '步长为 2', en: 'stride {{c1::2}}' } })).toMatchObject({
      refusal: { before: 'c1', after: '—' },
    });
  });

  it('refuses a cloze text that cannot be read', () => {
    expect(applyItemEdit(cloze, { text: { zh: '步长为 {{c1::2', en: 'stride {{c1::2}}' } })).toEqual({
      ok: false,
      refusal: { code: 'CLOZE_UNREADABLE', language: 'zh' },
    });
  });

  it('drops an emptied optional extra, and reads an absent one as empty', () => {
    const outcome = applyItemEdit(cloze, { extra: { zh: '', en: '' } });
    expect(outcome.ok && 'extra' in outcome.item).toBe(false);
    expect(outcome.ok && fieldText(outcome.item, 'extra')).toEqual({ zh: '', en: '' });
  });
});
