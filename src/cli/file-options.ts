import { languages, type Language } from '../shared/deck/localized-text.ts';

/** Bad arguments: the command prints the message and its usage, and exits 2. */
export class UsageError extends Error {}

export interface FileOptions {
  file: string;
  format: 'text' | 'json';
  language: Language;
}

/**
 * The arguments of a command that reads one file: `<file> [--format text|json] [--lang zh|en]`, each option
 * as `--name value` or `--name=value`. `noun` names the file in the messages ("Name a deck file.").
 */
export function readFileOptions(args: readonly string[], noun: string): FileOptions {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (!argument.startsWith('--')) {
      files.push(argument);
      continue;
    }
    const [flag, inline] = argument.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== 'format' && flag !== 'lang') throw new UsageError(`Unknown option --${flag}.`);
    const value = inline ?? args[++index];
    if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value.`);
    options.set(flag, value);
  }
  if (files.length !== 1)
    throw new UsageError(files.length === 0 ? `Name a ${noun} file.` : 'One file at a time.');
  const format = options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format is text or json, got ${format}.`);
  const language = options.get('lang') ?? 'en';
  if (!(languages as readonly string[]).includes(language)) {
    throw new UsageError(`--lang is zh or en, got ${language}.`);
  }
  return { file: files[0]!, format, language: language as Language };
}
