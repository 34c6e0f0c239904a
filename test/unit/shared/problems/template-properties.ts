import { expect } from 'vitest';
import { fieldKind } from '../../../../src/shared/problems/fields/index.ts';
import type { MistakeCode } from '../../../../src/shared/problems/mistakes.ts';
import type {
  FieldSpec,
  FieldValue,
  Problem,
  ProblemTemplate,
} from '../../../../src/shared/problems/problem.ts';

/** The value as a student types it: the app's own printing (`25,690,112`, `32×32×10`), which the reader reads. */
export function typed(field: FieldSpec, value: FieldValue): string {
  return fieldKind(field.kind).print(value, field);
}

/** The solution of a problem, typed field by field. */
export function typedSolution<Parameters>(
  template: ProblemTemplate<Parameters>,
  problem: Problem<Parameters>,
): Record<string, string> {
  const { answers } = template.solve(problem);
  return Object.fromEntries(problem.fields.map((field) => [field.id, typed(field, answers[field.id]!)]));
}

/**
 * The acceptance properties of issue 14 over `seeds` variants: the same seed gives the same problem; the
 * solution passes the grader with full credit and no diagnosis; every mistake that can be told apart from the
 * answer, typed in place of the right value, is diagnosed with its code and not right; and every code in
 * `codes` applies to some variant (so the property cannot pass by never running). `sensible` checks ranges.
 */
export function checkTemplateProperties<Parameters>(
  template: ProblemTemplate<Parameters>,
  codes: readonly MistakeCode[],
  sensible: (problem: Problem<Parameters>) => void,
  seeds = 1000,
): void {
  const applied = new Map<MistakeCode, number>();
  for (let seed = 0; seed < seeds; seed++) {
    const problem = template.generate(seed);
    expect(template.generate(seed)).toEqual(problem);
    expect(problem).toMatchObject({ id: `${template.id}#${seed}`, template: template.id, seed });
    sensible(problem);
    const solution = template.solve(problem);
    expect(solution.steps.length).toBeGreaterThan(0);
    expect(problem.hints.length).toBeGreaterThan(1);
    const answer = typedSolution(template, problem);
    const grade = template.grade(problem, answer);
    if (grade.credit !== 1 || grade.fields.some((field) => field.diagnoses.length > 0)) {
      throw new Error(
        `${problem.id}: its own solution ${JSON.stringify(answer)} grades ${JSON.stringify(grade)}`,
      );
    }
    for (const mistake of template.mistakes(problem)) {
      const field = problem.fields.find((candidate) => candidate.id === mistake.field)!;
      expect(field, `${problem.id}: ${mistake.code} names field ${mistake.field}`).toBeDefined();
      if (fieldKind(field.kind).matches(solution.answers[field.id]!, mistake.value, field)) continue;
      const graded = template.grade(problem, { ...answer, [field.id]: typed(field, mistake.value) });
      const verdict = graded.fields.find((candidate) => candidate.id === field.id)!;
      if (verdict.correct || !verdict.diagnoses.includes(mistake.code)) {
        throw new Error(
          `${problem.id}: ${mistake.code} (${typed(field, mistake.value)}) grades ${JSON.stringify(verdict)}`,
        );
      }
      applied.set(mistake.code, (applied.get(mistake.code) ?? 0) + 1);
    }
  }
  expect([...applied.keys()].sort()).toEqual([...codes].sort());
}
