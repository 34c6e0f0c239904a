import type { GivenValues } from '../problem.ts';

/**
 * The student's own value of an earlier number field, for follow-through (不重复扣分); undefined when the
 * grader gave none (the field is right, unanswered or unreadable) and the true value is worked instead.
 */
export function givenNumber(given: GivenValues | undefined, field: string): number | undefined {
  const value = given?.[field];
  return typeof value === 'number' ? value : undefined;
}
