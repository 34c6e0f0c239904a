import { SrsError } from './srs-error.ts';
import type { StudyClock } from './study-day.ts';

/** A (re)learning step as ts-fsrs writes it: minutes, hours or days, such as `1m`, `10m`, `1d`. */
export type Step = `${number}${'m' | 'h' | 'd'}`;

/**
 * How the student's reviews are scheduled. Retention is the recall probability FSRS aims for when a card
 * comes due; Anki allows 0.70–0.99 and defaults to 0.9, as here.
 */
export interface SrsSettings extends StudyClock {
  desiredRetention: number;
  learningSteps: readonly Step[];
  relearningSteps: readonly Step[];
  maximumIntervalDays: number;
  /** Spread review intervals by a few percent (seeded by this string, the card and its review count); null: off. */
  fuzzSeed: string | null;
  /** At most this many new cards a day, per deck. */
  newPerDay: number;
  /** At most this many review-state cards a day, per deck. */
  reviewsPerDay: number;
}

export const defaultSrsSettings: SrsSettings = {
  desiredRetention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36_500,
  fuzzSeed: null,
  newPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
  utcOffsetMinutes: 0,
};

/** The settings a check can refuse, each named so the catalogue can word its rule (srsMessages.settingsRules). */
export type SettingsField =
  | 'desiredRetention'
  | 'learningSteps'
  | 'relearningSteps'
  | 'maximumIntervalDays'
  | 'newPerDay'
  | 'reviewsPerDay'
  | 'dayStartHour'
  | 'utcOffsetMinutes';

/**
 * The allowed range of each number setting: the one copy of these limits (the Settings screen reads its
 * fields' bounds from here). The daily limits stop at 9,999, more than a day can hold.
 */
export const settingsRanges = {
  desiredRetention: { min: 0.7, max: 0.99, whole: false },
  maximumIntervalDays: { min: 1, max: 36_500, whole: true },
  newPerDay: { min: 0, max: 9_999, whole: true },
  reviewsPerDay: { min: 0, max: 9_999, whole: true },
  dayStartHour: { min: 0, max: 23, whole: true },
  utcOffsetMinutes: { min: -14 * 60, max: 14 * 60, whole: true },
} as const satisfies Partial<Record<SettingsField, { min: number; max: number; whole: boolean }>>;

/** A setting outside its rule: which one, and the value as it was given (for the message). */
export interface SettingsProblem {
  field: SettingsField;
  value: string;
}

const stepPattern = /^(\d+(\.\d+)?)[mhd]$/;

/** Whether `value` is a step such as `10m`: a positive number and m, h or d. */
export function isStep(value: string): value is Step {
  return stepPattern.test(value) && parseFloat(value) > 0;
}

/**
 * Steps as the student types them, separated by spaces or commas (`1m 10m`, `1m, 10m, 1d`): the steps, or
 * the first word that is not one. An empty text is no steps (FSRS then schedules from the first grading).
 */
export function readSteps(text: string): { steps: Step[] } | { bad: string } {
  const words = text.split(/[\s,，]+/).filter((word) => word !== '');
  const bad = words.find((word) => !isStep(word));
  return bad === undefined ? { steps: words as Step[] } : { bad };
}

/** The first setting that breaks its rule, or null when every one can be used. */
export function settingsProblem(settings: SrsSettings): SettingsProblem | null {
  for (const [field, range] of Object.entries(settingsRanges) as [
    keyof typeof settingsRanges,
    (typeof settingsRanges)[keyof typeof settingsRanges],
  ][]) {
    const value = settings[field];
    const inRange = value >= range.min && value <= range.max && (!range.whole || Number.isInteger(value));
    if (!inRange) return { field, value: String(value) };
  }
  for (const field of ['learningSteps', 'relearningSteps'] as const) {
    const bad = settings[field].find((step) => !isStep(step));
    if (bad !== undefined) return { field, value: JSON.stringify(bad) };
  }
  return null;
}

/** Each rule in English, for the thrown error's message (the screen words it with srsMessages.settingsRules). */
const rules: Record<SettingsField, string> = {
  desiredRetention: 'must be between 0.7 and 0.99',
  maximumIntervalDays: 'must be a whole number of days, from 1 to 36500',
  newPerDay: 'must be a whole number from 0 to 9999',
  reviewsPerDay: 'must be a whole number from 0 to 9999',
  dayStartHour: 'must be a whole hour from 0 to 23',
  utcOffsetMinutes: 'must be whole minutes within ±14 hours',
  learningSteps: 'a step is a positive number and m, h or d, such as 10m',
  relearningSteps: 'a step is a positive number and m, h or d, such as 10m',
};

/** Returns the settings unchanged, or throws SrsError('INVALID_SETTINGS') naming the first bad field. */
export function checkSrsSettings(settings: SrsSettings): SrsSettings {
  const problem = settingsProblem(settings);
  if (problem)
    throw new SrsError(
      'INVALID_SETTINGS',
      `settings.${problem.field} is ${problem.value}: ${rules[problem.field]}`,
    );
  return settings;
}

/** The settings the student chooses on the Settings screen (the rest come from the app and the host's clock). */
export type StudentSettings = Pick<
  SrsSettings,
  'desiredRetention' | 'newPerDay' | 'reviewsPerDay' | 'dayStartHour' | 'learningSteps' | 'relearningSteps'
>;

/** The student's part of `settings`, as it is stored. */
export function studentSettings(settings: SrsSettings): StudentSettings {
  const { desiredRetention, newPerDay, reviewsPerDay, dayStartHour, learningSteps, relearningSteps } =
    settings;
  return { desiredRetention, newPerDay, reviewsPerDay, dayStartHour, learningSteps, relearningSteps };
}

/**
 * `base` with the student's stored choices over it. A stored value is untrusted (an older release, a restored
 * backup): a field of the wrong type is ignored, and a whole that breaks a rule gives `base` unchanged.
 */
export function withStoredSettings(base: SrsSettings, stored: unknown): SrsSettings {
  if (typeof stored !== 'object' || stored === null) return base;
  const record = stored as Record<string, unknown>;
  const merged: SrsSettings = { ...base };
  for (const field of ['desiredRetention', 'newPerDay', 'reviewsPerDay', 'dayStartHour'] as const) {
    const value = record[field];
    if (typeof value === 'number') merged[field] = value;
  }
  for (const field of ['learningSteps', 'relearningSteps'] as const) {
    const value = record[field];
    if (Array.isArray(value) && value.every((step) => typeof step === 'string'))
      merged[field] = value as Step[];
  }
  return settingsProblem(merged) === null ? merged : base;
}
