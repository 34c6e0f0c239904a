import type { Pair } from '../../../shared/nn/shape.ts';

/** Inclusive input rows and columns one unit sees; may reach outside [0, size - 1] (into padding). */
export interface UnitRegion {
  rows: Pair;
  columns: Pair;
}

/**
 * The region of unit (row, column) of a layer on the input: unit 0 starts at `start`, each next unit `jump`
 * pixels further, and every unit spans `size` pixels (Distill 2019: u = start + index * jump, v = u + size - 1).
 */
export function unitRegion(field: { size: Pair; jump: Pair; start: Pair }, unit: Pair): UnitRegion {
  const first = (axis: 0 | 1) => field.start[axis] + unit[axis] * field.jump[axis];
  return {
    rows: [first(0), first(0) + field.size[0] - 1],
    columns: [first(1), first(1) + field.size[1] - 1],
  };
}

/** How many pixels the region reaches past each edge of the input (0 when it stays inside). */
export function paddingReach(region: UnitRegion, input: Pair) {
  return {
    top: Math.max(0, -region.rows[0]),
    bottom: Math.max(0, region.rows[1] - (input[0] - 1)),
    left: Math.max(0, -region.columns[0]),
    right: Math.max(0, region.columns[1] - (input[1] - 1)),
  };
}

/** The part of the plane to draw: the input and the whole region, with a margin of `margin` pixels around. */
export function viewport(region: UnitRegion, input: Pair, margin: number) {
  const top = Math.min(0, region.rows[0]) - margin;
  const left = Math.min(0, region.columns[0]) - margin;
  const bottom = Math.max(input[0], region.rows[1] + 1) + margin;
  const right = Math.max(input[1], region.columns[1] + 1) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A unit index typed by the student, kept inside [0, count - 1]. */
export function clampUnit(value: number, count: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(Math.trunc(value), 0), Math.max(count - 1, 0));
}
