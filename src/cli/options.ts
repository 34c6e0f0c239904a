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

/**
 * The one thing a command works on (a file, a problem, a selection): exactly one positional argument, else
 * a UsageError with `none` (nothing named) or `many` (more than one).
 */
export function readOnePositional(positional: readonly string[], none: string, many: string): string {
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? none : many);
  return positional[0]!;
}

/** An option with a closed set of values (`--format md|json`), `fallback` when it is not given. */
export function readChoice<Choice extends string>(
  options: ReadonlyMap<string, string>,
  flag: string,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  const value = options.get(flag) ?? fallback;
  if (!(choices as readonly string[]).includes(value)) {
    const listed = choices.length === 2 ? choices.join(' or ') : `one of ${choices.join(', ')}`;
    throw new UsageError(`--${flag} is ${listed}, got ${value}.`);
  }
  return value as Choice;
}

/** `--lang zh|en`, English by default. */
export function readLanguage(options: ReadonlyMap<string, string>): Language {
  return readChoice(options, 'lang', languages, 'en');
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
