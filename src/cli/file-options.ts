import type { Language } from '../shared/deck/localized-text.ts';
import { readChoice, readLanguage, readOnePositional, readOptions } from './options.ts';

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
  const { positional, options } = readOptions(args, ['format', 'lang']);
  return {
    file: readOnePositional(positional, `Name a ${noun} file.`, 'One file at a time.'),
    format: readChoice(options, 'format', ['text', 'json'] as const, 'text'),
    language: readLanguage(options),
  };
}
