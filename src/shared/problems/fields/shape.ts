import { printShape, readShape } from '../../input/index.ts';
import type { FieldSpec, FieldValue } from '../problem.ts';
import type { FieldKindModule } from './field-kind.ts';

function asShape(value: FieldValue, field: FieldSpec): readonly number[] {
  if (!Array.isArray(value) || !value.every((size) => typeof size === 'number')) {
    throw new TypeError(`field ${field.id}: expected a shape as its value, got ${JSON.stringify(value)}`);
  }
  return value as readonly number[];
}

/**
 * A shape, compared size by size in the order the question asks for. The homework writes an output feature
 * map as width × height × depth (`32x32x10`, `32×32×10`); the field's label says the order, and its value
 * is stored in that order.
 */
export const shapeKind: FieldKindModule = {
  kind: 'shape',
  read(text) {
    const reading = readShape(text);
    return reading.ok ? { ...reading } : { ok: false, reason: reading.reason };
  },
  matches(expected, actual, field) {
    const want = asShape(expected, field);
    const got = asShape(actual, field);
    return want.length === got.length && want.every((size, axis) => size === got[axis]);
  },
  print: (value, field) => printShape(asShape(value, field)),
};
