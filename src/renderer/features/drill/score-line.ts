import type { DrillModeKind } from '../../../shared/drill/drill-config.ts';
import type { DrillScore } from '../../../shared/stats/drill-scores.ts';
import { palette } from '../../lib/charts/palette.ts';

/** The latest drills the line shows: older ones are in the table below it and on the Stats screen. */
export const lineDrills = 30;

/** One drill on the line: its score, where it is drawn (the SVG's own units) and its colour by mode. */
export interface ScorePoint {
  sessionId: string;
  finishedAt: number;
  score: number;
  total: number;
  /** The share right as a whole percentage, rounded as the history table rounds it. */
  percent: number;
  mode: DrillModeKind;
  x: number;
  y: number;
  colour: string;
}

export interface ScoreLine {
  points: ScorePoint[];
  /** The SVG polyline through the points, oldest first. */
  path: string;
}

/**
 * The drill history's score line, from the Stats screen's aggregation (src/shared/stats/drill-scores.ts): the
 * latest `lineDrills` drills, oldest on the left, evenly spaced, 0 % at the bottom of a `width` × `height` box
 * and 100 % at its top (a `margin` inside, so the dots are whole); exam-mode drills in the Stats chart's colour.
 */
export function scoreLine(
  scores: readonly DrillScore[],
  width: number,
  height: number,
  margin = 4,
): ScoreLine {
  const shown = scores.slice(-lineDrills);
  const step = shown.length <= 1 ? 0 : (width - 2 * margin) / (shown.length - 1);
  const points = shown.map((score, index): ScorePoint => {
    return {
      sessionId: score.sessionId,
      finishedAt: score.finishedAt,
      score: score.score,
      total: score.total,
      percent: Math.round(score.share * 100),
      mode: score.mode,
      x: shown.length === 1 ? width / 2 : margin + index * step,
      y: margin + (1 - score.share) * (height - 2 * margin),
      colour: score.mode === 'exam' ? palette.vermillion : palette.blue,
    };
  });
  return {
    points,
    path: points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' '),
  };
}
