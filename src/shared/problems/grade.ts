import type { Cell } from '../input/reading.ts';
import { fieldKind, type FieldReading } from './fields/index.ts';
import { numberMatches } from './fields/number.ts';
import type { MistakeCode } from './mistakes.ts';
import type {
  FieldGrade,
  FieldSpec,
  FieldValue,
  GivenValues,
  Grade,
  MistakeValue,
  Problem,
  TemplateDefinition,
} from './problem.ts';

/** A field's text read by its kind; null when it was left out or left blank (unanswered). */
type Readings = ReadonlyMap<string, FieldReading | null>;

function expectedAnswer(answers: Readonly<Record<string, FieldValue>>, field: FieldSpec, template: string) {
  const value = answers[field.id];
  if (value === undefined)
    throw new Error(`template ${template}: its solution has no answer for field ${field.id}`);
  return value;
}

/**
 * The student's readable values of the fields `field` depends on that differ from the true ones: what
 * follow-through works from. Empty when every dependency is right, unanswered or unreadable.
 */
function wrongDependencies(
  field: FieldSpec,
  fields: readonly FieldSpec[],
  readings: Readings,
  answers: Readonly<Record<string, FieldValue>>,
): GivenValues {
  const given: Record<string, FieldValue> = {};
  for (const id of field.dependsOn ?? []) {
    const dependency = fields.find((candidate) => candidate.id === id);
    const reading = readings.get(id);
    if (!dependency || !reading?.ok) continue;
    const truth = answers[id];
    if (truth === undefined || !fieldKind(dependency.kind).matches(truth, reading.value, dependency)) {
      given[id] = reading.value;
    }
  }
  return given;
}

/** Two matrices of the same rows and columns: only then does a cell of one stand for the same window in the other. */
function sameShape(first: FieldValue, second: FieldValue): boolean {
  if (!Array.isArray(first) || !Array.isArray(second) || first.length !== second.length) return false;
  return first.every((row: unknown, index) => {
    const other: unknown = second[index];
    return Array.isArray(row) && Array.isArray(other) && row.length === other.length;
  });
}

function cellValue(value: FieldValue, cell: Cell): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const row: unknown = value[cell.row];
  if (!Array.isArray(row)) return undefined;
  const found: unknown = row[cell.column];
  return typeof found === 'number' ? found : undefined;
}

/**
 * The mistakes that produce the student's value, from those whose value can be told apart from `expected`:
 * a whole value (matched by the field's kind), or one matrix cell (`window-misplaced`: the cell typed is the
 * mistake's number, and the right number differs; only in a matrix of the expected size).
 */
function diagnose(
  field: FieldSpec,
  expected: FieldValue,
  actual: FieldValue,
  mistakes: readonly MistakeValue[],
): { codes: MistakeCode[]; cells: Cell[] } {
  const kind = fieldKind(field.kind);
  const codes: MistakeCode[] = [];
  const cells: Cell[] = [];
  for (const mistake of mistakes) {
    if (mistake.field !== field.id) continue;
    if (mistake.cell) {
      if (!sameShape(expected, actual)) continue;
      const typed = cellValue(actual, mistake.cell);
      const right = cellValue(expected, mistake.cell);
      if (typeof mistake.value !== 'number' || typed === undefined || right === undefined) continue;
      if (numberMatches(right, mistake.value, field) || !numberMatches(mistake.value, typed, field)) continue;
      cells.push(mistake.cell);
    } else if (kind.matches(expected, mistake.value, field) || !kind.matches(mistake.value, actual, field)) {
      continue;
    }
    if (!codes.includes(mistake.code)) codes.push(mistake.code);
  }
  return { codes, cells };
}

function unanswered(field: FieldSpec, expected: string): FieldGrade {
  return {
    id: field.id,
    answered: false,
    correct: false,
    followThrough: false,
    read: null,
    notes: [],
    expected,
    diagnoses: [],
  };
}

/**
 * The shared grader (issue 14, "Grading"), one field at a time:
 * 1. the text is read by the field's kind; what cannot be read is an `error`, not a wrong answer;
 * 2. it is right when it matches the true answer (the kind's tolerance and scales);
 * 3. else, when the field depends on fields whose student values are wrong, it is right by follow-through
 *    (不重复扣分) when it matches `solve(problem, given)` worked from the student's own values;
 * 4. else it is diagnosed with every mistake (of `mistakes(problem)`, and of `mistakes(problem, given)` for a
 *    dependent field) whose value it matches; a mistake that gives the right answer is dropped, since it
 *    cannot be told apart, so a right answer is never diagnosed.
 * credit = fields right (follow-through included) / fields, an unanswered field counting as not right.
 */
export function gradeProblem<Parameters>(
  template: TemplateDefinition<Parameters>,
  problem: Problem<Parameters>,
  answer: Readonly<Record<string, string>>,
): Grade {
  if (problem.fields.length === 0) throw new Error(`problem ${problem.id} has no fields to grade`);
  const solution = template.solve(problem);
  const mistakes = template.mistakes(problem);
  const readings = new Map<string, FieldReading | null>();
  for (const field of problem.fields) {
    const text = Object.hasOwn(answer, field.id) ? answer[field.id] : undefined;
    readings.set(
      field.id,
      text === undefined || text.trim() === '' ? null : fieldKind(field.kind).read(text, field),
    );
  }

  const fields = problem.fields.map((field): FieldGrade => {
    const kind = fieldKind(field.kind);
    const truth = expectedAnswer(solution.answers, field, template.id);
    const expected = kind.print(truth, field);
    const reading = readings.get(field.id) ?? null;
    if (reading === null) return unanswered(field, expected);
    if (!reading.ok) return { ...unanswered(field, expected), answered: true, error: reading.reason };

    const graded = {
      id: field.id,
      answered: true,
      read: reading.text,
      notes: reading.notes,
      expected,
      ...(kind.cells ? { cells: kind.cells(truth, reading.value, field) } : {}),
    };
    if (kind.matches(truth, reading.value, field)) {
      return { ...graded, correct: true, followThrough: false, diagnoses: [] };
    }
    const given = wrongDependencies(field, problem.fields, readings, solution.answers);
    const ownAnswer =
      Object.keys(given).length > 0
        ? expectedAnswer(template.solve(problem, given).answers, field, template.id)
        : null;
    if (ownAnswer !== null && kind.matches(ownAnswer, reading.value, field)) {
      return { ...graded, correct: true, followThrough: true, diagnoses: [] };
    }
    const { codes, cells } = diagnose(field, truth, reading.value, mistakes);
    if (ownAnswer !== null) {
      const more = diagnose(field, ownAnswer, reading.value, template.mistakes(problem, given));
      for (const code of more.codes) if (!codes.includes(code)) codes.push(code);
      cells.push(...more.cells);
    }
    return {
      ...graded,
      correct: false,
      followThrough: false,
      diagnoses: codes,
      ...(cells.length > 0 ? { misplacedCells: cells } : {}),
    };
  });
  const right = fields.filter((field) => field.correct).length;
  return { credit: right / fields.length, fields };
}
