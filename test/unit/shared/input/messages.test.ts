import { describe, expect, it } from 'vitest';
import {
  describeReading,
  inputMessages,
  readNoteCodes,
  readNumber,
  readReasonCodes,
  wordReadReason,
  type ReadNote,
  type ReadNoteCode,
  type ReadReason,
  type ReadReasonCode,
} from '../../../../src/shared/input/index.ts';

const at = { index: 4, line: 1, column: 5 };
const secondLine = { index: 9, line: 2, column: 3 };
const cell = { row: 1, column: 2 };

/** One reason of every code with sample values: the compiler asks for a new code here too. */
const samples: { [Code in ReadReasonCode]: Extract<ReadReason, { code: Code }>[] } = {
  empty: [{ code: 'empty', expected: 'shape' }],
  'unexpected-character': [
    { code: 'unexpected-character', at, character: 'x', expected: 'digit' },
    { code: 'unexpected-character', at: secondLine, character: ' ', expected: 'separator' },
  ],
  'unexpected-end': [{ code: 'unexpected-end', at, expected: 'closing-bracket' }],
  'decimal-comma': [{ code: 'decimal-comma', at }],
  'separator-group': [{ code: 'separator-group', at, character: ',' }],
  'ambiguous-suffix': [{ code: 'ambiguous-suffix', at, character: 'm' }],
  'form-refused': [{ code: 'form-refused', at, form: 'percent' }],
  overflow: [{ code: 'overflow', at }],
  'not-integer': [{ code: 'not-integer', at, value: 2.5 }],
  'inexact-integer': [{ code: 'inexact-integer', at, value: 1e20 }],
  negative: [{ code: 'negative', at, value: -3, cell }],
  'below-minimum': [{ code: 'below-minimum', at, value: 0, minimum: 1 }],
  'above-maximum': [{ code: 'above-maximum', at, value: 70_000, maximum: 65_536, cell }],
  'not-below-maximum': [{ code: 'not-below-maximum', at, value: 1, maximum: 1 }],
  'dimension-count': [
    { code: 'dimension-count', found: 3, minimum: 1, maximum: 2 },
    { code: 'dimension-count', found: 2, minimum: 3, maximum: 3 },
  ],
  'ragged-row': [{ code: 'ragged-row', row: 1, found: 1, expected: 2 }],
};

const noteSamples: Record<ReadNoteCode, ReadNote> = {
  'full-width': { code: 'full-width' },
  'minus-sign': { code: 'minus-sign' },
  'thousands-separators': { code: 'thousands-separators' },
  scientific: { code: 'scientific' },
  suffix: { code: 'suffix', suffix: 'M', power: 6 },
  percent: { code: 'percent' },
};

/** Chinese text outside 「」 quotes uses full-width punctuation; a comma only groups digits (GLOSSARY.md, Style). */
function halfWidthPunctuation(zh: string): string[] {
  return zh.replace(/「[^」]*」/g, '').match(/[():;?!"“”]|,(?!\d)/g) ?? [];
}

describe('the reader’s catalogue', () => {
  it('words every reason code and note code, in both languages', () => {
    expect(Object.keys(inputMessages.reasons).sort()).toEqual([...readReasonCodes].sort());
    expect(Object.keys(inputMessages.notes).sort()).toEqual([...readNoteCodes].sort());
  });

  for (const reason of Object.values(samples).flat()) {
    it(`words ${reason.code} fully (${JSON.stringify(reason)})`, () => {
      const { zh, en } = wordReadReason(reason);
      for (const sentence of [zh, en]) {
        expect(sentence).not.toMatch(/\{\w+\}|undefined|NaN/);
        expect(sentence.length).toBeGreaterThan(4);
      }
      expect(zh).toMatch(/。$/);
      expect(en).toMatch(/\.$/);
      expect(halfWidthPunctuation(zh)).toEqual([]);
      expect(zh).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    });
  }

  it('says where, in the text or in the matrix, and which number', () => {
    expect(wordReadReason(samples['unexpected-character'][0]!)).toEqual({
      zh: '第 5 个字符「x」不能出现在这里：应为数字。',
      en: 'Character 5 "x" cannot stand here: expected a digit.',
    });
    expect(wordReadReason(samples['unexpected-character'][1]!).zh).toBe(
      '第 2 行第 3 个字符（空格）不能出现在这里：应为分隔符（x、×、* 或逗号）。',
    );
    expect(wordReadReason(samples['above-maximum'][0]!)).toEqual({
      zh: '第 2 行第 3 个数：最大为 65,536（这里是 70,000）。',
      en: 'Row 2, number 3: Must be at most 65,536 (this is 70,000).',
    });
    expect(wordReadReason(samples['dimension-count'][0]!).zh).toBe('这里写了 3 个数，应为 1 到 2 个。');
    expect(wordReadReason(samples['dimension-count'][1]!).en).toBe('This has 2 numbers; it needs 3.');
  });

  it('describes a reading: the value as printed, then each note', () => {
    const notes = Object.values(noteSamples);
    const { zh, en } = describeReading({ text: '25,700,000', notes });
    expect(zh).toBe(
      '识别为 25,700,000：全角字符按半角读、「−」按负号读、千位分隔符、科学记数法、后缀「M」（×10⁶）、百分号（÷100）',
    );
    expect(en).toContain('read as 25,700,000: full-width characters read as ASCII, ');
    expect(en).toContain('suffix "M" (×10⁶)');
    const reading = readNumber('１２．５ｋ');
    if (!reading.ok) throw new Error('refused');
    expect(describeReading(reading)).toEqual({
      zh: '识别为 12,500：全角字符按半角读、后缀「K」（×10³）',
      en: 'read as 12,500: full-width characters read as ASCII, suffix "K" (×10³)',
    });
    expect(describeReading({ text: '12', notes: [] })).toEqual({ zh: '识别为 12', en: 'read as 12' });
  });
});
