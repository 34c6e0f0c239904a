import type { LocalizedText } from '../deck/localized-text.ts';
import type { TopicTag } from '../deck/item.ts';
import type { Cell, ReadNote, ReadReason } from '../input/reading.ts';
import type { MistakeCode } from './mistakes.ts';

/**
 * The contract of a problem template (PRODUCT.md, "Problem templates"; issue 14): `generate(seed)` makes a
 * problem, `solve` works it (the answers and the worked steps), `mistakes` recomputes it under each catalogued
 * misconception, and `grade` (the same for every template, grade.ts) reads the student's text field by field
 * and compares it with all of these. The numbers come from the engine (src/shared/nn, src/shared/conv), never
 * a second copy of the math.
 */

/** A field's value: a count or a decimal, a shape, a matrix, a choice (a layer name) or an expression's text. */
export type FieldValue = number | readonly number[] | readonly (readonly number[])[] | string;

/** How a field is typed, read and compared: one module per kind behind one registry (fields/). */
export type FieldKind = 'integer' | 'number' | 'shape' | 'matrix' | 'choice' | 'expression';

/**
 * How far a number may be from the expected one and still be right: within `absolute`, or within `relative`
 * of the expected value (either suffices). Absent: exact. Rounded figures (the homework's 191.8M and 191.9M
 * for 191,889,408) get the rounding the homework uses.
 */
export interface Tolerance {
  absolute?: number;
  relative?: number;
}

/** One answer box. Field ids are a contract (the CLI, stored attempts and tests use them): never rename one. */
export interface FieldSpec {
  /** `params`, `rf.conv1`, `memory.pool5`, … */
  id: string;
  label: LocalizedText;
  kind: FieldKind;
  tolerance?: Tolerance;
  /** Other units that are also right, as factors of the expected value: memory in elements or bytes is [1, 4]. */
  scales?: readonly number[];
  /** A choice field's options (e.g. layer names), as the student may type them. */
  choices?: readonly string[];
  /** The matrix's size, for a grid to fill: [rows, columns]. */
  size?: readonly [number, number];
  /**
   * The fields this one is computed from. When the student's own values for them are wrong, this field is also
   * graded against an answer worked from the student's values (follow-through, 不重复扣分).
   */
  dependsOn?: readonly string[];
}

/** One problem to answer: a template's variant (`conv-params#1234`) or a fixed instance (`homework-2`). */
export interface Problem<Parameters = unknown> {
  id: string;
  template: string;
  /** The seed it was generated from; null for a fixed instance. */
  seed: number | null;
  parameters: Parameters;
  /** The question, Markdown with `$…$` math. */
  prompt: LocalizedText;
  fields: readonly FieldSpec[];
  /** Progressive hints, from a nudge to nearly the method. */
  hints: readonly LocalizedText[];
}

/** A step of the worked solution: what is done, the formula with the problem's numbers (KaTeX source). */
export interface WorkedStep {
  text: LocalizedText;
  formula?: string;
  /** The fields this step answers. */
  fields?: readonly string[];
}

export interface Solution {
  answers: Readonly<Record<string, FieldValue>>;
  steps: readonly WorkedStep[];
}

/**
 * A field's value under one catalogued misconception. A matrix mistake that affects one cell only
 * (`window-misplaced`) names the cell, and its value is that cell's number.
 */
export interface MistakeValue {
  code: MistakeCode;
  field: string;
  value: FieldValue;
  cell?: Cell;
}

/**
 * The student's own values of earlier fields, by field id, for follow-through: `solve` and `mistakes` work
 * from these where a field depends on them, and from the true values elsewhere.
 */
export type GivenValues = Readonly<Record<string, FieldValue>>;

/** What a template module defines; defineTemplate (template.ts) adds the shared grader. */
export interface TemplateDefinition<Parameters = unknown> {
  /** `conv-output-size`, `conv-params`, …: the FSRS item (skill) id is built from it. Never rename one. */
  id: string;
  title: LocalizedText;
  tags: readonly TopicTag[];
  /** A fresh variant; the same seed gives the same problem. */
  generate(seed: number): Problem<Parameters>;
  solve(problem: Problem<Parameters>, given?: GivenValues): Solution;
  mistakes(problem: Problem<Parameters>, given?: GivenValues): readonly MistakeValue[];
}

export interface ProblemTemplate<Parameters = unknown> extends TemplateDefinition<Parameters> {
  /** The answer, field id → the text the student typed; a field left out is graded as unanswered. */
  grade(problem: Problem<Parameters>, answer: Readonly<Record<string, string>>): Grade;
}

/** Why a field's text could not be read: the shared reader's reasons, plus those of choice and expression fields. */
export type FieldReason =
  | ReadReason
  | { code: 'unknown-choice'; text: string; choices: readonly string[] }
  | { code: 'expression-unreadable'; text: string; at: number | null };

/** One field graded. Something not understood is said (`error`), never marked wrong. */
export interface FieldGrade {
  id: string;
  answered: boolean;
  correct: boolean;
  /** Right against an answer worked from the student's own earlier values, not the true ones. */
  followThrough: boolean;
  /** The value as read, printed ("read as 25,700,000"); null when unanswered or unreadable. */
  read: string | null;
  notes: readonly ReadNote[];
  /** The expected value, printed. */
  expected: string;
  /** The misconceptions that produce the student's value; empty when it is right. */
  diagnoses: readonly MistakeCode[];
  error?: FieldReason;
  /** A matrix field's cells: right or wrong, and the cells diagnosed `window-misplaced`. */
  cells?: readonly (readonly boolean[])[];
  misplacedCells?: readonly Cell[];
}

export interface Grade {
  /** The share of fields right (by follow-through included), 0 to 1. */
  credit: number;
  fields: readonly FieldGrade[];
}
