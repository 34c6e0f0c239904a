import type { DrillModeKind } from '../drill/drill-config.ts';
import type { DrillResult } from '../drill/result.ts';

export interface DrillScore {
  sessionId: string;
  finishedAt: number;
  day: number;
  score: number;
  total: number;
  /** score / total, 0 for an empty drill. */
  share: number;
  mode: DrillModeKind;
}

/** Drill scores over time (the drill history's score line), oldest first, finished within [first, last]. */
export function drillScores(
  results: readonly DrillResult[],
  dayOf: (time: number) => number,
  first: number,
  last: number,
): DrillScore[] {
  return results
    .map((result) => ({ result, day: dayOf(result.finishedAt) }))
    .filter(({ day }) => day >= first && day <= last)
    .sort((a, b) => a.result.finishedAt - b.result.finishedAt)
    .map(({ result, day }) => ({
      sessionId: result.sessionId,
      finishedAt: result.finishedAt,
      day,
      score: result.score,
      total: result.total,
      share: result.total === 0 ? 0 : result.score / result.total,
      mode: result.config.mode.kind,
    }));
}
