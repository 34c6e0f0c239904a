import type { PracticeAttempt } from '../../../shared/problems/attempt.ts';
import type { DeepDrillDatabase } from './database.ts';

/**
 * The `last` latest attempts at a problem template, newest first, read through the `template` index so that
 * other templates' attempts (years of them) are not loaded: what "your usual mistakes here" counts.
 */
export async function latestTemplateAttempts(
  database: DeepDrillDatabase,
  template: string,
  last: number,
): Promise<PracticeAttempt[]> {
  const attempts = await database.attempts.where('template').equals(template).sortBy('finishedAt');
  return attempts.slice(-last).reverse();
}
