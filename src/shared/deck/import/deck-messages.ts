import { fillTemplate, type Language, type LocalizedText } from '../localized-text.ts';
import type { DeckErrorCode, DeckExpectation, DeckIssue, DeckNoteCode } from './deck-issue.ts';

/**
 * The words of every deck-file error and note, in both languages. Keyed by the closed unions of
 * deck-issue.ts, so a new code without its wording fails to compile. `{name}` placeholders are filled from the
 * issue's values (fillTemplate); where the issue has a line, `describeDeckIssue` puts it in front.
 */
export const deckMessages = {
  errors: {
    FILE_TOO_LARGE: {
      zh: '文件有 {bytes} 字节，超过了牌组文件的上限 {limit} 字节。',
      en: 'The file has {bytes} bytes, more than the {limit} bytes a deck file may have.',
    },
    FILE_EMPTY: { zh: '文件是空的。', en: 'The file is empty.' },
    FILE_BINARY: {
      zh: '这里有一个空字节（NUL），这不是文本文件。',
      en: 'There is a NUL byte here: this is not a text file.',
    },
    FILE_UTF16: {
      zh: '文件是 {encoding} 编码，请另存为 UTF-8 后再导入。',
      en: 'The file is in {encoding}; save it as UTF-8 and import it again.',
    },
    FILE_NOT_UTF8: {
      zh: '这里的字节不是 UTF-8（可能是 GBK 编码），请另存为 UTF-8 后再导入。',
      en: 'The bytes here are not UTF-8 (GBK, perhaps); save the file as UTF-8 and import it again.',
    },
    FORMAT_UNKNOWN: {
      zh: '无法识别扩展名「{extension}」，牌组文件的扩展名应为 {known}。',
      en: 'Unknown file extension "{extension}": a deck file is one of {known}.',
    },
    DECK_NO_ITEMS: {
      zh: '文件中没有找到任何卡片或选择题。',
      en: 'The file holds no cards or questions.',
    },
    DECK_TOO_MANY_ITEMS: {
      zh: '文件中有 {count} 项，一个牌组最多 {limit} 项。',
      en: 'The file holds {count} items; a deck may hold at most {limit}.',
    },
    ID_DUPLICATE: {
      zh: 'id「{id}」已在第 {firstLine} 行用过。',
      en: 'The id "{id}" is already used on line {firstLine}.',
    },
    ID_INVALID: {
      zh: 'id「{id}」无效：只能用字母、数字、「-」「_」「.」「:」，最多 100 个字符。',
      en: 'The id "{id}" is not valid: use letters, digits, "-", "_", "." and ":", at most 100 characters.',
    },
    TEXT_EMPTY: { zh: '「{field}」是空的。', en: 'The {field} is empty.' },
    MCQ_NO_ANSWER: {
      zh: '这道选择题没有给出答案（例如 B 或 AC；Markdown 中写在题干末尾的括号里）。',
      en: 'This question gives no answer (such as B or AC; in Markdown, in parentheses at the end of the stem).',
    },
    MCQ_ANSWER_NOT_OPTION: {
      zh: '答案 {letter} 不是这道题的选项（选项为 {letters}）。',
      en: 'The answer {letter} is not one of the options ({letters}).',
    },
    MCQ_ANSWER_REPEATED: {
      zh: '答案中 {letter} 出现了两次。',
      en: 'The answer names {letter} twice.',
    },
    MCQ_TOO_FEW_OPTIONS: {
      zh: '选择题至少要有 2 个选项，这道题有 {count} 个。',
      en: 'A multiple-choice question needs at least 2 options; this one has {count}.',
    },
    MCQ_OPTION_REPEATED: {
      zh: '选项 {letter} 出现了两次。',
      en: 'Option {letter} appears twice.',
    },
    BASIC_NO_BACK: {
      zh: '卡片只有正面（Q:），缺少背面（A:）。',
      en: 'The card has a front (Q:) but no back (A:).',
    },
    CLOZE_UNCLOSED: {
      zh: '填空「{{c…::」没有用「}}」结束。',
      en: 'The cloze "{{c…::" is never closed with "}}".',
    },
    CLOZE_EMPTY: {
      zh: '填空 c{number} 没有答案（编号从 c1 开始）。',
      en: 'The cloze c{number} has no answer (numbers start at c1).',
    },
    CLOZE_NO_DELETION: {
      zh: '填空卡片中没有「{{c1::…}}」。',
      en: 'The cloze card has no "{{c1::…}}".',
    },
    FIELD_UNKNOWN: {
      zh: '无法识别字段「{field}」。',
      en: 'Unknown field "{field}".',
    },
    FIELD_REPEATED: {
      zh: '字段「{field}」出现了两次。',
      en: 'The field "{field}" is given twice.',
    },
    FIELD_INVALID: {
      zh: '「{field}」应为{expected}。',
      en: '"{field}" should be {expected}.',
    },
    KIND_UNKNOWN: {
      zh: '无法识别类型「{kind}」，应为 basic、cloze 或 mcq。',
      en: 'Unknown kind "{kind}": use basic, cloze or mcq.',
    },
    CSV_COLUMN_MISSING: {
      zh: 'CSV 表头缺少列「{column}」。',
      en: 'The CSV header has no "{column}" column.',
    },
    CSV_COLUMN_UNKNOWN: {
      zh: '无法识别 CSV 列「{column}」。',
      en: 'Unknown CSV column "{column}".',
    },
    CSV_COLUMN_REPEATED: {
      zh: 'CSV 列「{column}」出现了两次。',
      en: 'The CSV column "{column}" appears twice.',
    },
    CSV_QUOTES: {
      zh: '这一行的引号没有配对。',
      en: 'The quotes on this row do not pair up.',
    },
    CSV_ROW_LENGTH: {
      zh: '这一行有 {found} 列，表头有 {expected} 列。',
      en: 'This row has {found} columns; the header has {expected}.',
    },
    JSON_SYNTAX: {
      zh: '这不是有效的 JSON。',
      en: 'This is not valid JSON.',
    },
    JSON_NOT_A_DECK: {
      zh: '这个 JSON 不是 DeepDrill 牌组：缺少「"format": "deepdrill-deck"」。',
      en: 'This JSON is not a DeepDrill deck: "format": "deepdrill-deck" is missing.',
    },
    JSON_VERSION_UNSUPPORTED: {
      zh: '牌组格式版本 {version} 无法读取，本程序能读取版本 {supported}。',
      en: 'Deck format version {version} cannot be read; this app reads version {supported}.',
    },
  } satisfies Record<DeckErrorCode, LocalizedText>,

  notes: {
    SKIPPED_PROBLEM: {
      zh: '第 {number} 题没有选项，是计算题，已跳过。',
      en: 'Entry {number} has no options: a worked problem, skipped.',
    },
    SKIPPED_TEXT: {
      zh: '「{text}」不属于任何题目或卡片，已跳过。',
      en: '"{text}" belongs to no question or card: skipped.',
    },
  } satisfies Record<DeckNoteCode, LocalizedText>,

  /** The `expected` value of FIELD_INVALID, worded. */
  expectations: {
    text: { zh: '一段文字', en: 'a text' },
    localizedText: {
      zh: '一段文字，或 {"zh": …, "en": …}',
      en: 'a text, or {"zh": …, "en": …}',
    },
    list: { zh: '一个列表', en: 'a list' },
    object: { zh: '一个对象 {…}', en: 'an object {…}' },
    letter: { zh: '一个大写字母 A 到 Z', en: 'one capital letter A to Z' },
    answer: { zh: '选项字母，例如 B 或 AC', en: 'option letters such as B or AC' },
    parameters: {
      zh: '「名称=数字」的列表，例如 k=3, s=1',
      en: 'a list of name=number, such as k=3, s=1',
    },
  } satisfies Record<DeckExpectation, LocalizedText>,

  where: {
    line: { zh: '第 {line} 行', en: 'line {line}' },
    lineColumn: { zh: '第 {line} 行第 {column} 列', en: 'line {line}, column {column}' },
  } satisfies Record<string, LocalizedText>,
};

/** An error or note as one sentence in `language`, without where it is. */
export function deckIssueMessage(issue: DeckIssue<DeckErrorCode | DeckNoteCode>, language: Language): string {
  const template =
    issue.code in deckMessages.errors
      ? deckMessages.errors[issue.code as DeckErrorCode]
      : deckMessages.notes[issue.code as DeckNoteCode];
  const expected = issue.values['expected'];
  const values =
    typeof expected === 'string' && expected in deckMessages.expectations
      ? { ...issue.values, expected: deckMessages.expectations[expected as DeckExpectation][language] }
      : issue.values;
  return fillTemplate(template[language], values);
}

/** Where an issue is, as the UI says it (`第 12 行第 3 列`, `line 12, column 3`), or null for the whole file. */
export function deckIssuePlace(issue: DeckIssue<string>, language: Language): string | null {
  if (issue.line === null) return null;
  const template = issue.column === null ? deckMessages.where.line : deckMessages.where.lineColumn;
  return fillTemplate(template[language], { line: issue.line, column: issue.column ?? '' });
}
