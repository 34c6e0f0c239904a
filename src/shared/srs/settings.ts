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

const stepPattern = /^(\d+(\.\d+)?)[mhd]$/;

/** Returns the settings unchanged, or throws SrsError('INVALID_SETTINGS') naming the first bad field. */
export function checkSrsSettings(settings: SrsSettings): SrsSettings {
  const refuse = (field: string, value: unknown, rule: string) =>
    new SrsError('INVALID_SETTINGS', `settings.${field} is ${JSON.stringify(value)}: ${rule}`);
  const { desiredRetention, maximumIntervalDays, newPerDay, reviewsPerDay, dayStartHour } = settings;
  if (!(desiredRetention >= 0.7 && desiredRetention <= 0.99))
    throw refuse('desiredRetention', desiredRetention, 'must be between 0.7 and 0.99');
  if (!Number.isInteger(maximumIntervalDays) || maximumIntervalDays < 1)
    throw refuse('maximumIntervalDays', maximumIntervalDays, 'must be a whole number of days, at least 1');
  for (const [field, value] of Object.entries({ newPerDay, reviewsPerDay })) {
    if (!Number.isInteger(value) || value < 0)
      throw refuse(field, value, 'must be a whole number, 0 or more');
  }
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23)
    throw refuse('dayStartHour', dayStartHour, 'must be a whole hour from 0 to 23');
  if (!Number.isInteger(settings.utcOffsetMinutes) || Math.abs(settings.utcOffsetMinutes) > 14 * 60)
    throw refuse('utcOffsetMinutes', settings.utcOffsetMinutes, 'must be whole minutes within ±14 hours');
  for (const field of ['learningSteps', 'relearningSteps'] as const) {
    const bad = settings[field].find((step) => !stepPattern.test(step) || parseFloat(step) <= 0);
    if (bad !== undefined) throw refuse(field, bad, 'a step is a positive number and m, h or d, such as 10m');
  }
  return settings;
}
