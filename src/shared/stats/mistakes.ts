import type { PracticeAttempt } from '../problems/attempt.ts';
import type { MistakeCode } from '../problems/mistakes.ts';
import { bucketIndex, bucketStarts } from './buckets.ts';

export interface MistakeSeries {
  code: MistakeCode;
  total: number;
  /** Per bucket of days: the attempts in which the mistake was diagnosed (once per attempt). */
  points: { day: number; count: number }[];
}

/** The codes an attempt was diagnosed with, each once however many fields showed it. */
function codesOf(attempt: PracticeAttempt): Set<MistakeCode> {
  return new Set(attempt.fields.flatMap((field) => field.diagnoses));
}

/**
 * Mistakes by diagnosis code over time (the chart no other tool has): in buckets of `width` days from `first`
 * to `last`, the number of attempts in which each mistake was made. Codes sorted by how often, most first.
 */
export function mistakesOverTime(
  attempts: readonly PracticeAttempt[],
  dayOf: (time: number) => number,
  first: number,
  last: number,
  width: number,
): MistakeSeries[] {
  const starts = bucketStarts(first, last, width);
  const series = new Map<MistakeCode, MistakeSeries>();
  for (const attempt of attempts) {
    const bucket = bucketIndex(dayOf(attempt.finishedAt), first, last, width);
    if (bucket < 0) continue;
    for (const code of codesOf(attempt)) {
      let entry = series.get(code);
      if (!entry) {
        entry = { code, total: 0, points: starts.map((day) => ({ day, count: 0 })) };
        series.set(code, entry);
      }
      entry.total += 1;
      entry.points[bucket]!.count += 1;
    }
  }
  return [...series.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
}

export interface UsualMistake {
  code: MistakeCode;
  /** In how many of the `of` latest attempts it was made. */
  count: number;
  of: number;
}

/**
 * A template's usual mistakes ("bias forgotten: 4 of the last 10 conv-params problems"): among its `last`
 * latest attempts, each code with the number of attempts that made it, most frequent first.
 */
export function usualMistakes(
  attempts: readonly PracticeAttempt[],
  template: string,
  last = 10,
): UsualMistake[] {
  const latest = attempts
    .filter((attempt) => attempt.template === template)
    .sort((a, b) => b.finishedAt - a.finishedAt)
    .slice(0, last);
  const counts = new Map<MistakeCode, number>();
  for (const attempt of latest)
    for (const code of codesOf(attempt)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count, of: latest.length }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
