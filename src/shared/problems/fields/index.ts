import type { FieldKind } from '../problem.ts';
import { choiceKind } from './choice.ts';
import type { FieldKindModule } from './field-kind.ts';
import { expressionKind } from './expression.ts';
import { integerKind } from './integer.ts';
import { matrixKind } from './matrix.ts';
import { numberKind } from './number.ts';
import { shapeKind } from './shape.ts';

export type { FieldKindModule, FieldReading } from './field-kind.ts';

/**
 * Every field kind, one module each (Netron's shape). The grader finds a field's kind here, so a new kind is
 * one module and one line.
 */
export const fieldKindList: readonly FieldKindModule[] = [
  integerKind,
  numberKind,
  shapeKind,
  choiceKind,
  matrixKind,
  expressionKind,
];

/** The module of a kind; a template that uses a kind no module reads is a bug, named here. */
export function fieldKind(kind: FieldKind): FieldKindModule {
  const found = fieldKindList.find((module) => module.kind === kind);
  if (!found) throw new Error(`no field kind module reads "${kind}" fields: register it in fields/index.ts`);
  return found;
}
