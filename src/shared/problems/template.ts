import { gradeProblem } from './grade.ts';
import type { ProblemTemplate, TemplateDefinition } from './problem.ts';

/** A template with the shared grader (grade.ts): every template grades, follows through and diagnoses alike. */
export function defineTemplate<Parameters>(
  definition: TemplateDefinition<Parameters>,
): ProblemTemplate<Parameters> {
  return { ...definition, grade: (problem, answer) => gradeProblem(definition, problem, answer) };
}

/** A variant's problem id: `conv-params#1234` (registry.ts reads it back). */
export function variantId(template: string, seed: number): string {
  return `${template}#${seed}`;
}
