import { deckError, deckFileLimit, type DeckIssue } from '../../shared/deck/import/deck-issue.ts';
import { deckIssueMessage, deckIssuePlace, deckMessages } from '../../shared/deck/import/deck-messages.ts';
import { type DeckRead } from '../../shared/deck/import/deck-read.ts';
import { readDeckFile } from '../../shared/deck/import/read-deck-file.ts';
import type { Item } from '../../shared/deck/item.ts';
import { fillTemplate, type Language, type LocalizedText } from '../../shared/deck/localized-text.ts';
import { defineCommand } from '../command.ts';
import { readFileOptions, type FileOptions } from '../file-options.ts';
import { UsageError } from '../options.ts';
import { readInputBytes } from '../read-input.ts';
import { wordReadProblem } from '../read-input-messages.ts';

const usage = `Usage: npm run cli -- deck check <file> [--format text|json] [--lang zh|en]

  <file>    a deck file: .md / .markdown, .csv or .json (docs/decks.md)
  --format  text (default) or json
  --lang    the language of messages and of texts written in both: en (default) or zh

Exit codes: 0 the deck reads; 1 the deck has errors (each with its line); 2 bad arguments or an unreadable file.
`;

function readArguments(args: readonly string[]): FileOptions {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'check') throw new UsageError(subcommand ? `Unknown deck command "${subcommand}".` : '');
  return readFileOptions(rest, 'deck');
}

/**
 * The file's bytes through the CLI's one reader (sized before it is read), or a deck error when it is too
 * large: part of the check's own result (exit 1, in the JSON), as an import would refuse it. A path that is
 * missing, a folder or unreadable is a usage problem (exit 2).
 */
async function readDeckBytes(file: string, cwd: string, language: Language): Promise<Uint8Array | DeckIssue> {
  const read = await readInputBytes(file, cwd, deckFileLimit);
  if (read.ok) return read.bytes;
  const { problem } = read;
  if (problem.code === 'TOO_LARGE')
    return deckError('FILE_TOO_LARGE', null, { bytes: problem.size, limit: deckFileLimit });
  if (problem.code === 'GREW_TOO_LARGE')
    return deckError('FILE_TOO_LARGE', null, { bytes: deckFileLimit + 1, limit: deckFileLimit });
  throw new UsageError(wordReadProblem(problem, language));
}

/** An item as `deck check` prints it: its texts in one language, math left as `$…$`. */
function itemJson(item: Item, language: Language): Record<string, unknown> {
  const text = (value: LocalizedText) => value[language];
  const common = { id: item.id, kind: item.kind };
  switch (item.kind) {
    case 'mcq':
      return {
        ...common,
        stem: text(item.stem),
        options: item.options.map((option) => ({ letter: option.letter, text: text(option.text) })),
        answer: item.answer,
        tags: item.tags,
      };
    case 'basic':
      return { ...common, front: text(item.front), back: text(item.back), tags: item.tags };
    case 'cloze':
      return {
        ...common,
        text: text(item.text),
        ...(item.extra ? { extra: text(item.extra) } : {}),
        tags: item.tags,
      };
    case 'problem':
      return { ...common, template: item.template, parameters: item.parameters ?? {}, tags: item.tags };
  }
}

function issueJson(issue: DeckIssue<string>, language: Language) {
  return {
    line: issue.line,
    column: issue.column,
    code: issue.code,
    message: deckIssueMessage(issue as DeckIssue, language),
  };
}

function render(read: DeckRead, file: string, { format, language }: FileOptions): string {
  if (format === 'json') {
    const body = read.ok
      ? {
          deck: {
            id: read.deck.id,
            title: read.deck.title[language],
            items: read.deck.items.map((item) => itemJson(item, language)),
          },
          notes: read.notes.map((note) => issueJson(note, language)),
        }
      : { errors: read.errors.map((error) => issueJson(error, language)) };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  const report = deckMessages.report;
  const lines = (read.ok ? read.notes : read.errors).map((issue) => {
    const place = deckIssuePlace(issue, language);
    const message = deckIssueMessage(issue as DeckIssue, language);
    return fillTemplate((place ? report.issueAt : report.issue)[language], {
      file,
      place: place ?? '',
      message,
    });
  });
  if (read.ok) {
    const kinds = new Map<string, number>();
    for (const item of read.deck.items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    const counts = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
    const values = { file, title: read.deck.title[language], count: read.deck.items.length, kinds: counts };
    lines.unshift(fillTemplate(report.summary[language], values));
  }
  return `${lines.join('\n')}\n`;
}

/** `deck check`: reads a deck file exactly as an import does and prints what it found, or every error. */
export const deckCommand = defineCommand({
  name: 'deck',
  summary: 'Check a deck file as the import reads it: deck check <file> [--format json]',
  usage,
  async run(args, io) {
    const options = readArguments(args);
    const bytes = await readDeckBytes(options.file, io.cwd, options.language);
    const read =
      bytes instanceof Uint8Array
        ? readDeckFile(options.file, bytes)
        : { ok: false as const, errors: [bytes] };
    io.stdout.write(render(read, options.file, options));
    return read.ok ? 0 : 1;
  },
});
