import { fieldKind } from '../../../../../src/shared/problems/fields/index.ts';
import type {
  FieldSpec,
  FieldValue,
  MistakeValue,
  Problem,
  ProblemTemplate,
} from '../../../../../src/shared/problems/problem.ts';

/**
 * Mistakes packed into answers that can be graded together: one mistake per field, and never a field beside
 * one it depends on (its dependency would then be wrong, and it would be graded by follow-through instead).
 * Grading a few answers instead of one per mistake keeps 1,000 seeds quick on a shared machine.
 */
function batches(fields: readonly FieldSpec[], mistakes: readonly MistakeValue[]): MistakeValue[][] {
  const dependencies = new Map(fields.map((field) => [field.id, new Set(field.dependsOn ?? [])]));
  const linked = (one: string, other: string) =>
    dependencies.get(one)!.has(other) || dependencies.get(other)!.has(one);
  const result: MistakeValue[][] = [];
  let pending = [...mistakes];
  while (pending.length > 0) {
    const batch: MistakeValue[] = [];
    const taken = new Set<string>();
    for (const mistake of pending) {
      if (taken.has(mistake.field) || [...taken].some((field) => linked(field, mistake.field))) continue;
      batch.push(mistake);
      taken.add(mistake.field);
    }
    result.push(batch);
    pending = pending.filter((mistake) => !batch.includes(mistake));
  }
  return result;
}

/**
 * The issue's acceptance properties for one problem of a template, through the shared grader: the solution,
 * typed as the app prints it, gets full credit and no diagnosis; each mistake value that differs from the
 * answer, typed into its field while the fields it depends on hold no wrong value, is diagnosed with its code
 * and is not right. Returns how many mistakes were checked, so that a caller sees the property is not empty,
 * and what failed, in words (collected rather than asserted one by one: 1,000 seeds make many checks).
 */
export function gradeProperties<Parameters>(
  template: ProblemTemplate<Parameters>,
  problem: Problem<Parameters>,
): { checked: number; failures: string[] } {
  const failures: string[] = [];
  const { answers } = template.solve(problem);
  const byId = new Map(problem.fields.map((field) => [field.id, field]));
  const fieldOf = (id: string) => byId.get(id)!;
  const typed = (id: string, value: FieldValue) => fieldKind(fieldOf(id).kind).print(value, fieldOf(id));
  const right = Object.fromEntries(
    problem.fields.map((field) => [field.id, typed(field.id, answers[field.id]!)]),
  );
  const grade = template.grade(problem, right);
  if (grade.credit !== 1) failures.push(`${problem.id}: the solution gets ${grade.credit}, not 1`);
  for (const field of grade.fields) {
    if (field.diagnoses.length > 0 || field.followThrough) {
      failures.push(`${problem.id}: ${field.id} is right but diagnosed ${field.diagnoses.join(', ')}`);
    }
  }
  const distinct = template.mistakes(problem).filter((mistake) => {
    const field = fieldOf(mistake.field);
    return !fieldKind(field.kind).matches(answers[field.id]!, mistake.value, field);
  });
  for (const batch of batches(problem.fields, distinct)) {
    // Only the batch's fields are answered: a dependency left unanswered is no wrong value to follow.
    const answer: Record<string, string> = {};
    for (const mistake of batch) answer[mistake.field] = typed(mistake.field, mistake.value);
    const graded = new Map(template.grade(problem, answer).fields.map((field) => [field.id, field]));
    for (const mistake of batch) {
      const field = graded.get(mistake.field)!;
      if (field.correct || !field.diagnoses.includes(mistake.code)) {
        failures.push(
          `${problem.id}: ${field.id} = ${answer[field.id]} should be diagnosed ${mistake.code}, got ` +
            `${field.correct ? 'right' : `[${field.diagnoses.join(', ')}]`}`,
        );
      }
    }
  }
  return { checked: distinct.length, failures };
}

/** The properties over many problems: how many mistakes were checked, and the first failures. */
export function gradePropertiesOver<Parameters>(
  template: ProblemTemplate<Parameters>,
  problems: readonly Problem<Parameters>[],
): { checked: number; failures: string[] } {
  let checked = 0;
  const failures: string[] = [];
  for (const problem of problems) {
    const result = gradeProperties(template, problem);
    checked += result.checked;
    failures.push(...result.failures);
  }
  return { checked, failures: failures.slice(0, 20) };
}
