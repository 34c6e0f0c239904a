import { describe, expect, it } from 'vitest';
import { refusalText } from '../../../../src/shared/browse/messages.ts';

describe('refused edits in words', () => {
  it('names the field, kind and language in the language of the UI', () => {
    expect(refusalText({ code: 'EMPTY_TEXT', field: 'back', language: 'en' }, 'zh')).toBe(
      '「背面」（英文）不能为空。',
    );
    expect(refusalText({ code: 'EMPTY_TEXT', field: 'back', language: 'en' }, 'en')).toBe(
      '“Back” (English) cannot be empty.',
    );
    expect(refusalText({ code: 'FIELD_NOT_EDITABLE', field: 'stem', kind: 'basic' }, 'zh')).toBe(
      '「题干」不能在问答卡片上编辑。',
    );
  });

  it('says which blanks a cloze edit added or removed, and keeps the cloze syntax readable', () => {
    const refusal = {
      code: 'CLOZE_DELETIONS_CHANGED',
      language: 'zh',
      before: 'c1, c2',
      after: 'c1',
    } as const;
    expect(refusalText(refusal, 'en')).toBe(
      'The Chinese cloze text now hides c1 instead of c1, c2: each blank is a card with its own progress, so keep the blank numbers when editing.',
    );
    expect(refusalText({ code: 'CLOZE_UNREADABLE', language: 'en' }, 'zh')).toBe(
      '英文填空文本无法读取：每个「{{c1::」都要用「}}」闭合，且挖空不能为空。',
    );
  });
});
