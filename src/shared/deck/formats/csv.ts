import Papa from 'papaparse';
import { deckError, type DeckIssue } from '../import/deck-issue.ts';
import type { DraftItem, FormatRead } from '../import/deck-read.ts';
import type { Item } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { DeckFormat } from './deck-format.ts';
import { placeOf } from './json-lines.ts';

const namedColumns = ['kind', 'id', 'tags', 'front', 'back', 'answer'] as const;
type NamedColumn = (typeof namedColumns)[number];
const optionColumn = /^[A-Z]$/;

/**
 * Reads a deck from CSV with a header row (docs/decks.md): `front` is required; `kind` (basic, cloze or mcq;
 * basic when absent), `back`, `tags`, `id`, and for multiple-choice questions `answer` and one column per
 * option letter (`A`, `B`, …). A cell's text is the card's text in both languages. Parsing is papaparse's
 * (quotes, doubled quotes, line breaks inside quotes, any delimiter); each row knows the line it starts on.
 */
export function readCsvDeck(text: string): FormatRead {
  const rows: { cells: string[]; line: number }[] = [];
  const errors: DeckIssue[] = [];
  let rowStart = 0;
  Papa.parse(text, {
    skipEmptyLines: 'greedy',
    step: (results) => {
      let start = rowStart;
      while (text[start] === '\n' || text[start] === '\r') start++;
      rowStart = results.meta.cursor;
      // papaparse also reports a delimiter it had to guess (it takes the comma): only quotes are an error.
      const line = placeOf(text, start).line;
      if (results.errors.some((error) => error.type === 'Quotes')) errors.push(deckError('CSV_QUOTES', line));
      rows.push({ cells: results.data, line });
    },
  });
  const empty = { id: null, title: null, items: [], notes: [] };
  const [header, ...body] = rows;
  if (header === undefined) return { ...empty, errors: [deckError('DECK_NO_ITEMS', null)] };
  const columns = header.cells.map((cell) => cell.trim());
  columns.forEach((column, index) => {
    const known =
      (namedColumns as readonly string[]).includes(column.toLowerCase()) || optionColumn.test(column);
    if (!known) errors.push(deckError('CSV_COLUMN_UNKNOWN', header.line, { column }, index + 1));
    else if (columns.indexOf(column) !== index)
      errors.push(deckError('CSV_COLUMN_REPEATED', header.line, { column }, index + 1));
  });
  if (!columns.some((column) => column.toLowerCase() === 'front')) {
    errors.push(deckError('CSV_COLUMN_MISSING', header.line, { column: 'front' }));
  }
  if (errors.length > 0) return { ...empty, errors };
  const items: DraftItem[] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      errors.push(
        deckError('CSV_ROW_LENGTH', row.line, { expected: columns.length, found: row.cells.length }),
      );
      continue;
    }
    const item = readRow(columns, row.cells, row.line, errors);
    if (item) items.push({ item, line: row.line });
  }
  return { ...empty, items, errors };
}

function readRow(columns: string[], cells: string[], line: number, errors: DeckIssue[]): Item | undefined {
  const cell = (name: NamedColumn) => {
    const index = columns.findIndex((column) => column.toLowerCase() === name);
    return index < 0 ? '' : cells[index]!.trim();
  };
  const both = (value: string): LocalizedText => ({ zh: value, en: value });
  const common = {
    id: cell('id'),
    tags: cell('tags')
      .split(/[\s,，、;；]+/)
      .filter((tag) => tag !== ''),
  };
  const kind = cell('kind').toLowerCase() || 'basic';
  switch (kind) {
    case 'basic':
      return { ...common, kind, front: both(cell('front')), back: both(cell('back')) };
    case 'cloze': {
      const extra = cell('back');
      return { ...common, kind, text: both(cell('front')), ...(extra ? { extra: both(extra) } : {}) };
    }
    case 'mcq': {
      const options = columns
        .map((column, index) => ({ letter: column, text: cells[index]!.trim() }))
        .filter((option) => optionColumn.test(option.letter) && option.text !== '')
        .sort((a, b) => a.letter.localeCompare(b.letter))
        .map((option) => ({ letter: option.letter, text: both(option.text), rationale: both('') }));
      const answer = cell('answer')
        .replace(/[\s,，、]/g, '')
        .toUpperCase();
      if (!/^[A-Z]*$/.test(answer)) {
        errors.push(deckError('FIELD_INVALID', line, { field: 'answer', expected: 'answer' }));
        return undefined;
      }
      return {
        ...common,
        kind,
        stem: both(cell('front')),
        options,
        answer: [...answer],
        explanation: both(cell('back')),
      };
    }
    default:
      errors.push(deckError('KIND_UNKNOWN', line, { kind }));
      return undefined;
  }
}

/** CSV reads decks; it does not export them (its cells cannot hold a question's rationales or two languages). */
export const csvFormat: DeckFormat = { name: 'csv', extensions: ['.csv'], read: readCsvDeck, write: null };
