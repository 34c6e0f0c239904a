import { languages, type Language } from '../shared/deck/localized-text.ts';

/** What the commands share to read their arguments: options read alike, and bad usage is an exit-2 UsageError. */

export class UsageError extends Error {}

export interface ReadOptions {
  positional: string[];
  options: Map<string, string>;
}

/** `<positional…> --flag value` or `--flag=value`, each flag of `flags` at most once, no other flag. */
export function readOptions(args: readonly string[], flags: readonly string[]): ReadOptions {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [flag, inline] = argument.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!flags.includes(flag)) throw new UsageError(`Unknown option --${flag}.`);
    const value = inline ?? args[++index];
    if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value.`);
    if (options.has(flag)) throw new UsageError(`--${flag} is given twice.`);
    options.set(flag, value);
  }
  return { positional, options };
}

/** `--lang zh|en`, English by default. */
export function readLanguage(options: ReadonlyMap<string, string>): Language {
  const lang = options.get('lang') ?? 'en';
  if (!(languages as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang is ${languages.join(' or ')}, got ${lang}.`);
  }
  return lang as Language;
}

/** A whole number option within [low, high] (a seed, a count), `fallback` when it is not given. */
export function readWholeNumber(
  options: ReadonlyMap<string, string>,
  flag: string,
  [low, high]: readonly [number, number],
  fallback: number,
): number {
  const text = options.get(flag);
  if (text === undefined) return fallback;
  const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!(value >= low && value <= high)) {
    throw new UsageError(`--${flag} is a whole number from ${low} to ${high}, got ${text}.`);
  }
  return value;
}

/** A variant's seed: 0 to 2³² − 1, as registry.ts takes it. */
export const seedRange = [0, 0xffffffff] as const;
