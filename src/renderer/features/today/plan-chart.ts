import type { PlanDay } from '../../../shared/srs/exam-plan.ts';

/** One bar of the plan's chart: a day, its card count, and where it is drawn in the SVG's own units. */
export interface PlanBar {
  day: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bars of a plan's days in a `width` × `height` box: one per day in order, a small gap between them,
 * heights in proportion to the busiest day (a day with no card has no bar height but keeps its place).
 */
export function planBars(days: readonly PlanDay[], width: number, height: number): PlanBar[] {
  const most = Math.max(1, ...days.map((entry) => entry.cardIds.length));
  const slot = days.length === 0 ? 0 : width / days.length;
  const gap = Math.min(2, slot * 0.2);
  return days.map((entry, index) => {
    const count = entry.cardIds.length;
    const barHeight = (count / most) * height;
    return {
      day: entry.day,
      count,
      x: index * slot + gap / 2,
      y: height - barHeight,
      width: slot - gap,
      height: barHeight,
    };
  });
}
