import type { GivenValues, Problem } from '../problem.ts';

/**
 * A template's `solve` or `mistakes`, worked once per problem object when no `given` is passed: the shared
 * grader asks for the true solution and mistakes again for every answer graded, and a problem never changes
 * once made. With `given` (follow-through) it is worked afresh.
 */
export function keptPerProblem<Parameters, Result>(
  work: (problem: Problem<Parameters>, given?: GivenValues) => Result,
): (problem: Problem<Parameters>, given?: GivenValues) => Result {
  const results = new WeakMap<Problem<Parameters>, Result>();
  return (problem, given) => {
    if (given) return work(problem, given);
    let result = results.get(problem);
    if (result === undefined) {
      result = work(problem);
      results.set(problem, result);
    }
    return result;
  };
}
