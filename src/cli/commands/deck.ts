import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deckError, deckFileLimit, type DeckIssue } from '../../shared/deck/import/deck-issue.ts';
import { deckIssueMessage, deckIssuePlace, deckMessages } from '../../shared/deck/import/deck-messages.ts';
import { type DeckRead } from '../../shared/deck/import/deck-read.ts';
import { readDeckFile } from '../../shared/deck/import/read-deck-file.ts';
import type { Item } from '../../shared/deck/item.ts';
import { fillTemplate, type Language, type LocalizedText } from '../../shared/deck/localized-text.ts';
import type { Command, CommandIo } from '../command.ts';
import { readFileOptions, UsageError, type FileOptions } from '../file-options.ts';

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
 * The file's bytes, or a deck error when it is too large to read at all (refused from its size, before
 * reading). A path that is missing, a folder or unreadable is a usage problem (exit 2). Local on purpose:
 * the CLI's shared file reader is being written at the same time and will replace this (keeping the size
 * check before the read).
 */
async function readDeckBytes(path: string): Promise<Uint8Array | DeckIssue> {
  const stats = await stat(path).catch(() => null);
  if (stats === null) throw new UsageError(`Cannot read ${path}: no such file.`);
  if (!stats.isFile()) throw new UsageError(`Cannot read ${path}: not a file.`);
  if (stats.size > deckFileLimit)
    return deckError('FILE_TOO_LARGE', null, { bytes: stats.size, limit: deckFileLimit });
  try {
    return new Uint8Array(await readFile(path));
  } catch (thrown) {
    throw new UsageError(`Cannot read ${path}: ${(thrown as NodeJS.ErrnoException).code ?? 'read error'}.`);
  }
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
export const deckCommand: Command = {
  name: 'deck',
  summary: 'Check a deck file as the import reads it: deck check <file> [--format json]',
  async run(args: string[], io: CommandIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(usage);
      return 0;
    }
    try {
      const options = readArguments(args);
      const bytes = await readDeckBytes(resolve(io.cwd, options.file));
      const read =
        bytes instanceof Uint8Array
          ? readDeckFile(options.file, bytes)
          : { ok: false as const, errors: [bytes] };
      io.stdout.write(render(read, options.file, options));
      return read.ok ? 0 : 1;
    } catch (thrown) {
      if (!(thrown instanceof UsageError)) throw thrown;
      io.stderr.write(`${thrown.message ? `deck: ${thrown.message}\n` : ''}${usage}`);
      return 2;
    }
  },
};
