/**
 * What reading a deck file can say, as data: a code from a closed union, where (line and column, 1-based, when
 * the file has one), and the values its message needs. deck-messages.ts words each code in Chinese and English.
 */
export type DeckErrorCode =
  // the bytes
  | 'FILE_TOO_LARGE' // {bytes, limit}
  | 'FILE_EMPTY'
  | 'FILE_BINARY' // a NUL byte at line/column
  | 'FILE_UTF16' // {encoding}: a UTF-16 byte-order mark
  | 'FILE_NOT_UTF8' // a byte sequence that is not UTF-8 (GBK, Latin-1, …) at line/column
  | 'FORMAT_UNKNOWN' // {extension, known}
  // the deck as a whole
  | 'DECK_NO_ITEMS'
  | 'DECK_TOO_MANY_ITEMS' // {count, limit}
  | 'ID_DUPLICATE' // {id, firstLine}
  | 'ID_INVALID' // {id}
  // one item
  | 'TEXT_EMPTY' // {field}
  | 'MCQ_NO_ANSWER'
  | 'MCQ_ANSWER_NOT_OPTION' // {letter, letters}
  | 'MCQ_ANSWER_REPEATED' // {letter}
  | 'MCQ_TOO_FEW_OPTIONS' // {count}
  | 'MCQ_OPTION_REPEATED' // {letter}
  | 'BASIC_NO_BACK'
  | 'CLOZE_UNCLOSED'
  | 'CLOZE_EMPTY' // {number}
  | 'CLOZE_NO_DELETION'
  | 'FIELD_UNKNOWN' // {field}
  | 'FIELD_REPEATED' // {field}
  | 'FIELD_INVALID' // {field, expected: DeckExpectation}: a value of the wrong kind
  | 'KIND_UNKNOWN' // {kind}
  // CSV
  | 'CSV_COLUMN_MISSING' // {column}
  | 'CSV_COLUMN_UNKNOWN' // {column}
  | 'CSV_COLUMN_REPEATED' // {column}
  | 'CSV_QUOTES' // unpaired quotes
  | 'CSV_ROW_LENGTH' // {expected, found}
  // JSON
  | 'JSON_SYNTAX'
  | 'JSON_NOT_A_DECK'
  | 'JSON_VERSION_UNSUPPORTED'; // {version, supported}

/** What an import leaves out on purpose and says so. */
export type DeckNoteCode =
  | 'SKIPPED_PROBLEM' // {number}: a numbered entry with no options (a worked problem)
  | 'SKIPPED_TEXT'; // {text}: the start of text outside any question

/** What a FIELD_INVALID value should have been (worded in deck-messages.ts). */
export type DeckExpectation =
  'text' | 'localizedText' | 'list' | 'object' | 'letter' | 'answer' | 'parameters';

export type DeckValues = Readonly<Record<string, string | number>>;

export interface DeckIssue<Code extends string = DeckErrorCode> {
  code: Code;
  line: number | null;
  column: number | null;
  values: DeckValues;
}

export type DeckNote = DeckIssue<DeckNoteCode>;

export function deckError(
  code: DeckErrorCode,
  line: number | null,
  values: DeckValues = {},
  column: number | null = null,
): DeckIssue {
  return { code, line, column, values };
}

/** The most a deck file may weigh: far above any course deck, well below what would hurt the app. */
export const deckFileLimit = 8 * 1024 * 1024;

/** The most items one deck may hold. */
export const deckItemLimit = 20_000;
