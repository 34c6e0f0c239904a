import { fillTemplate, type Language, type LocalizedText } from '../deck/localized-text.ts';
import { printNumber } from './print.ts';
import type {
  Expected,
  NumberForm,
  Place,
  ReadNote,
  ReadNoteCode,
  ReadReason,
  ReadReasonCode,
} from './reading.ts';

/**
 * The reader's words in both languages, keyed by its unions: a new reason, note, expectation or form
 * without its wording fails to compile. Templates take `{name}` placeholders; `wordReadReason` and
 * `describeReading` fill them (places, characters and numbers worded per language).
 */
export const inputMessages = {
  reasons: {
    empty: { zh: '请输入{expected}。', en: 'Enter {expected}.' },
    'unexpected-character': {
      zh: '{where}{character}不能出现在这里：应为{expected}。',
      en: '{where} {character} cannot stand here: expected {expected}.',
    },
    'unexpected-end': {
      zh: '输入不完整：后面还应有{expected}。',
      en: 'The text stops too soon: {expected} should follow.',
    },
    'decimal-comma': {
      zh: '{where}的「,」：小数点请写「.」。逗号只作千位分隔符，后面应正好是三位数字。',
      en: '{where}: write the decimal point as ".". A comma is read only as a thousands separator, followed by exactly three digits.',
    },
    'separator-group': {
      zh: '{where}{character}：千位分隔符之间应正好是三位数字。',
      en: '{where} {character}: thousands separators stand between groups of exactly three digits.',
    },
    'ambiguous-suffix': {
      zh: '{where}的「m」可能是毫（10⁻³）也可能是百万（10⁶）：百万请写「M」。',
      en: '{where}: "m" could be milli (10⁻³) or mega (10⁶); write "M" for a million.',
    },
    'form-refused': { zh: '{where}：这里不能用{form}。', en: '{where}: {form} cannot be used here.' },
    overflow: { zh: '{cell}这个数太大，无法表示。', en: '{cell}This number is too large to represent.' },
    'not-integer': { zh: '{cell}{value} 不是整数。', en: '{cell}{value} is not a whole number.' },
    'inexact-integer': {
      zh: '{cell}{value} 太大，无法精确表示（整数最多为 9,007,199,254,740,991）。',
      en: '{cell}{value} is too large to hold exactly (whole numbers go up to 9,007,199,254,740,991).',
    },
    negative: {
      zh: '{cell}不能为负数（这里是 {value}）。',
      en: '{cell}Must not be negative (this is {value}).',
    },
    'below-minimum': {
      zh: '{cell}至少为 {minimum}（这里是 {value}）。',
      en: '{cell}Must be at least {minimum} (this is {value}).',
    },
    'above-maximum': {
      zh: '{cell}最大为 {maximum}（这里是 {value}）。',
      en: '{cell}Must be at most {maximum} (this is {value}).',
    },
    'not-below-maximum': {
      zh: '{cell}必须小于 {maximum}（这里是 {value}）。',
      en: '{cell}Must be below {maximum} (this is {value}).',
    },
    'dimension-count': {
      zh: '这里写了 {found} 个数，应为 {expected} 个。',
      en: 'This has {found} numbers; it needs {expected}.',
    },
    'ragged-row': {
      zh: '第 {row} 行有 {found} 个数，第一行有 {expected} 个：每行的个数要相同。',
      en: 'Row {row} has {found} cells and the first row has {expected}: every row needs the same count.',
    },
  } satisfies Record<ReadReasonCode, LocalizedText>,

  expected: {
    number: { zh: '一个数', en: 'a number' },
    integer: { zh: '一个整数', en: 'a whole number' },
    digit: { zh: '数字', en: 'a digit' },
    shape: { zh: '形状，例如 3x224x224', en: 'a shape, e.g. 3x224x224' },
    matrix: {
      zh: '矩阵：每行写一行，数之间用空格或逗号分隔',
      en: 'a matrix: one row per line, numbers split by spaces or commas',
    },
    separator: { zh: '分隔符（x、×、* 或逗号）', en: 'a separator (x, ×, * or a comma)' },
    'closing-bracket': { zh: '右括号', en: 'a closing bracket' },
    end: { zh: '结尾', en: 'the end of the text' },
  } satisfies Record<Expected, LocalizedText>,

  forms: {
    sign: { zh: '正负号', en: 'a sign' },
    thousands: { zh: '千位分隔符', en: 'a thousands separator' },
    suffix: { zh: '后缀（K、M、G、万、亿）', en: 'a suffix (K, M, G, 万, 亿)' },
    percent: { zh: '百分号', en: 'a percent sign' },
  } satisfies Record<NumberForm, LocalizedText>,

  notes: {
    'full-width': { zh: '全角字符按半角读', en: 'full-width characters read as ASCII' },
    'minus-sign': { zh: '「−」按负号读', en: '"−" read as a minus sign' },
    'thousands-separators': { zh: '千位分隔符', en: 'thousands separators' },
    scientific: { zh: '科学记数法', en: 'scientific notation' },
    suffix: { zh: '后缀「{suffix}」（×{factor}）', en: 'suffix "{suffix}" (×{factor})' },
    percent: { zh: '百分号（÷100）', en: 'percent sign (÷100)' },
  } satisfies Record<ReadNoteCode, LocalizedText>,

  places: {
    inLine: { zh: '第 {column} 个字符', en: 'Character {column}' },
    inText: { zh: '第 {line} 行第 {column} 个字符', en: 'Line {line}, character {column}' },
    cell: { zh: '第 {row} 行第 {column} 个数：', en: 'Row {row}, number {column}: ' },
  } satisfies Record<string, LocalizedText>,

  characters: {
    ' ': { zh: '（空格）', en: '(a space)' },
    '\n': { zh: '（换行）', en: '(a line break)' },
    '\r': { zh: '（换行）', en: '(a line break)' },
    '\t': { zh: '（制表符）', en: '(a tab)' },
  } satisfies Record<string, LocalizedText>,

  readAs: { zh: '识别为 {text}', en: 'read as {text}' },
  readAsWithNotes: { zh: '识别为 {text}：{notes}', en: 'read as {text}: {notes}' },
  noteSeparator: { zh: '、', en: ', ' },
  range: { zh: '{minimum} 到 {maximum}', en: '{minimum} to {maximum}' },
};

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 6 → 10⁶, -2 → 10⁻². */
function powerOfTen(power: number): string {
  const digits = [...String(Math.abs(power))].map((digit) => superscripts[Number(digit)]).join('');
  return `10${power < 0 ? '⁻' : ''}${digits}`;
}

function wordPlace(at: Place, language: Language): string {
  const template = at.line > 1 ? inputMessages.places.inText : inputMessages.places.inLine;
  return fillTemplate(template[language], { line: at.line, column: at.column });
}

function wordCharacter(character: string, language: Language): string {
  const invisible = (inputMessages.characters as Record<string, LocalizedText>)[character];
  if (invisible) return invisible[language];
  return language === 'zh' ? `「${character}」` : `"${character}"`;
}

/** The values of a reason's template in one language. */
function reasonValues(reason: ReadReason, language: Language): Record<string, string | number> {
  const values: Record<string, string | number> = { cell: '' };
  for (const [key, value] of Object.entries(reason)) {
    if (typeof value === 'number') values[key] = printNumber(value);
  }
  if ('at' in reason) values.where = wordPlace(reason.at, language);
  if ('character' in reason) values.character = wordCharacter(reason.character, language);
  if ('expected' in reason && typeof reason.expected === 'string') {
    values.expected = inputMessages.expected[reason.expected][language];
  }
  if ('form' in reason) values.form = inputMessages.forms[reason.form][language];
  if ('cell' in reason && reason.cell) {
    const { row, column } = reason.cell;
    values.cell = fillTemplate(inputMessages.places.cell[language], { row: row + 1, column: column + 1 });
  }
  if (reason.code === 'ragged-row') values.row = reason.row + 1;
  if (reason.code === 'dimension-count') {
    const { minimum, maximum } = reason;
    values.expected =
      minimum === maximum ? minimum : fillTemplate(inputMessages.range[language], { minimum, maximum });
  }
  return values;
}

/** A reason worded in both languages, every value filled. */
export function wordReadReason(reason: ReadReason): LocalizedText {
  const template = inputMessages.reasons[reason.code];
  return {
    zh: fillTemplate(template.zh, reasonValues(reason, 'zh')),
    en: fillTemplate(template.en, reasonValues(reason, 'en')),
  };
}

function wordNote(note: ReadNote, language: Language): string {
  const template = inputMessages.notes[note.code][language];
  return note.code === 'suffix'
    ? fillTemplate(template, { suffix: note.suffix, factor: powerOfTen(note.power) })
    : template;
}

/** "read as 25,700,000: suffix "M" (×10⁶)", in both languages: what a field shows under what was typed. */
export function describeReading(reading: { text: string; notes: readonly ReadNote[] }): LocalizedText {
  const describe = (language: Language) => {
    const notes = reading.notes.map((note) => wordNote(note, language));
    const template = notes.length ? inputMessages.readAsWithNotes : inputMessages.readAs;
    return fillTemplate(template[language], {
      text: reading.text,
      notes: notes.join(inputMessages.noteSeparator[language]),
    });
  };
  return { zh: describe('zh'), en: describe('en') };
}
