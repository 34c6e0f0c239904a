import { deckError, type DeckIssue, type DeckNote } from '../import/deck-issue.ts';
import type { DraftItem, FormatRead } from '../import/deck-read.ts';
import type { Item, McqOption } from '../item.ts';
import { joinBrokenLine, normalizeLayout } from '../layout-text.ts';
import { MarkdownFields } from './markdown-fields.ts';

/** One entry while the file is read: a numbered question, a `Q:` card, a `C:` cloze or a `P:` problem. */
type Entry = {
  line: number;
  fields: MarkdownFields;
  /** The text that the next continuation line extends. */
  target: { text: string };
} & (
  | { kind: 'numbered'; number: number; stem: { text: string }; options: { letter: string; text: string }[] }
  | { kind: 'basic'; front: { text: string }; back: { text: string } | null }
  | { kind: 'cloze'; text: { text: string } }
  | { kind: 'problem'; template: { text: string } }
);

const heading = /^#{1,6}\s+(.*)$/;
const numbered = /^(\d{1,4})\.\s+(.*)$/;
const option = /^[-*+]\s+([A-Z])[.．、]\s*(.*)$/;
const listMarker = /^[-*+]\s+/;
const cardStart = /^([QACP])[:：]\s*(.*)$/;
const field = /^>\s*([A-Za-z][\w.]*)\s*[:：]\s?(.*)$/;
const answerAtEnd = /[(（]\s*([A-Z]+)\s*[)）]$/;

/**
 * Reads a deck in Markdown (docs/decks.md): numbered multiple-choice questions in the homework's own format,
 * `Q:`/`A:` cards, `C:` cloze cards and `P:` problems, each with optional `> key: value` fields. A numbered
 * entry without options is a worked problem: skipped, with a note. Layout from a PDF conversion is undone: a
 * line broken by a page break (even one the converter made a list item) joins the text before it.
 */
export function readMarkdownDeck(markdown: string): FormatRead {
  const errors: DeckIssue[] = [];
  const notes: DeckNote[] = [];
  const items: DraftItem[] = [];
  const deckFields = new MarkdownFields();
  let title: string | null = null;
  let entry: Entry | null = null;
  let started = false;
  let afterBlank = false;
  let inLooseText = false;

  const finish = () => {
    if (entry !== null) finishEntry(entry, items, notes, errors);
    entry = null;
  };
  const start = (next: Entry) => {
    finish();
    entry = next;
    started = true;
  };

  markdown.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    if (line === '') {
      afterBlank = true;
      return;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    const loose = inLooseText;
    inLooseText = false;

    const headingMatch = heading.exec(line);
    const numberedMatch = numbered.exec(headingMatch ? headingMatch[1]!.trim() : line);
    if (numberedMatch) {
      const stem = { text: numberedMatch[2]! };
      const number = Number(numberedMatch[1]);
      start({
        kind: 'numbered',
        line: lineNumber,
        fields: new MarkdownFields(),
        target: stem,
        number,
        stem,
        options: [],
      });
      return;
    }
    if (headingMatch) {
      if (title === null && !started && line.startsWith('# ')) title = normalizeLayout(headingMatch[1]!);
      finish();
      return;
    }
    const fieldMatch = field.exec(line);
    if (fieldMatch) {
      const fields = entry?.fields ?? (started ? null : deckFields);
      if (fields === null) errors.push(deckError('FIELD_UNKNOWN', lineNumber, { field: fieldMatch[1]! }, 1));
      else fields.add(fieldMatch[1]!, fieldMatch[2]!, lineNumber, errors);
      if (entry !== null) entry.target = { text: '' };
      return;
    }
    if (line.startsWith('>')) {
      errors.push(
        deckError('FIELD_UNKNOWN', lineNumber, { field: line.slice(1).trim().split(/\s/)[0] ?? '' }, 1),
      );
      return;
    }
    const cardMatch = cardStart.exec(line);
    if (cardMatch && !(cardMatch[1] === 'A' && entry?.kind !== 'basic')) {
      const text = { text: cardMatch[2]! };
      const fields = new MarkdownFields();
      if (cardMatch[1] === 'Q')
        start({ kind: 'basic', line: lineNumber, fields, target: text, front: text, back: null });
      else if (cardMatch[1] === 'C') start({ kind: 'cloze', line: lineNumber, fields, target: text, text });
      else if (cardMatch[1] === 'P')
        start({ kind: 'problem', line: lineNumber, fields, target: text, template: text });
      else if (entry?.kind === 'basic' && entry.back === null) {
        entry.back = text;
        entry.target = text;
      } else errors.push(deckError('FIELD_REPEATED', lineNumber, { field: 'A:' }, 1));
      return;
    }
    const optionMatch = option.exec(line);
    if (optionMatch && entry?.kind === 'numbered') {
      const next = { letter: optionMatch[1]!, text: optionMatch[2]! };
      entry.options.push(next);
      entry.target = next;
      return;
    }
    // Any other line continues the text before it, unless it is a new paragraph after a finished question
    // (a section title such as 二、计算题), which belongs to nothing.
    const isListItem = listMarker.test(line);
    const continues =
      entry !== null &&
      (!wasAfterBlank || isListItem || (entry.kind === 'numbered' && entry.options.length === 0));
    if (entry !== null && continues) {
      const text = line.replace(listMarker, '');
      if (entry.target.text === '' && entry.fields.continueLast(text, joinBrokenLine)) return;
      entry.target.text = joinBrokenLine(entry.target.text, text);
      return;
    }
    finish();
    if (!loose || wasAfterBlank)
      notes.push({ code: 'SKIPPED_TEXT', line: lineNumber, column: null, values: { text: excerpt(line) } });
    inLooseText = true;
  });
  finish();

  const deckTitle = deckFields.localized('title', title ?? '');
  const description = deckFields.optionalLocalized('description');
  const id = deckFields.take('id') ?? null;
  errors.push(...deckFields.leftOver());
  return {
    id,
    title: title === null && deckTitle.zh === '' ? null : deckTitle,
    ...(description ? { description } : {}),
    items,
    notes,
    errors,
  };
}

function finishEntry(entry: Entry, items: DraftItem[], notes: DeckNote[], errors: DeckIssue[]): void {
  const fields = entry.fields;
  const common = { id: fields.take('id') ?? '', tags: readTags(fields.take('tags')) };
  let item: Item;
  switch (entry.kind) {
    case 'numbered': {
      const stem = normalizeLayout(entry.stem.text);
      const answer = answerAtEnd.exec(stem);
      if (entry.options.length === 0 && answer === null) {
        notes.push({
          code: 'SKIPPED_PROBLEM',
          line: entry.line,
          column: null,
          values: { number: entry.number },
        });
        return;
      }
      const options: McqOption[] = entry.options.map((choice) => ({
        letter: choice.letter,
        text: fields.localized(choice.letter, normalizeLayout(choice.text)),
        rationale: fields.optionalLocalized(`${choice.letter}.why`) ?? { zh: '', en: '' },
      }));
      item = {
        ...common,
        kind: 'mcq',
        stem: fields.localized('stem', normalizeLayout(answer ? stem.slice(0, answer.index) : stem)),
        options,
        answer: answer ? [...answer[1]!] : [],
        explanation: fields.optionalLocalized('explanation') ?? { zh: '', en: '' },
      };
      break;
    }
    case 'basic':
      item = {
        ...common,
        kind: 'basic',
        front: fields.localized('front', normalizeLayout(entry.front.text)),
        back: fields.localized('back', normalizeLayout(entry.back?.text ?? '')),
      };
      break;
    case 'cloze': {
      const extra = fields.optionalLocalized('extra');
      item = {
        ...common,
        kind: 'cloze',
        text: fields.localized('text', normalizeLayout(entry.text.text)),
        ...(extra ? { extra } : {}),
      };
      break;
    }
    case 'problem': {
      const parameters = readParameters(fields, errors);
      item = {
        ...common,
        kind: 'problem',
        template: normalizeLayout(entry.template.text),
        ...(parameters ? { parameters } : {}),
      };
      break;
    }
  }
  errors.push(...fields.leftOver());
  items.push({ item, line: entry.line });
}

/** The start of a skipped line, for the note that says what was skipped. */
function excerpt(line: string): string {
  return [...line].length > 30 ? `${[...line].slice(0, 30).join('')}…` : line;
}

/** `> tags: conv, params` (commas, spaces or 、 between tags). */
function readTags(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(/[\s,，、;；]+/).filter((tag) => tag !== '');
}

/** `> parameters: k=3, s=1` → { k: 3, s: 1 }. */
function readParameters(fields: MarkdownFields, errors: DeckIssue[]): Record<string, number> | undefined {
  const text = fields.take('parameters');
  if (text === undefined) return undefined;
  const parameters: Record<string, number> = {};
  for (const pair of text.split(/[\s,，;；]+/).filter((part) => part !== '')) {
    const match = /^(\w+)=(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(pair);
    if (!match) {
      errors.push(
        deckError('FIELD_INVALID', fields.lineOf('parameters'), {
          field: 'parameters',
          expected: 'parameters',
        }),
      );
      return undefined;
    }
    parameters[match[1]!] = Number(match[2]);
  }
  return parameters;
}
