import type { PracticeAttempt } from '../problems/attempt.ts';

export interface TemplateMastery {
  template: string;
  attempts: number;
  /** The credit (0 to 1) of the latest attempt. */
  latestCredit: number;
  /** The mean credit of the `recent` latest attempts: what the mastery bar shows. */
  recentCredit: number;
  lastAt: number;
}

/**
 * Mastery per problem template: how the latest attempts went (the mean credit of the last `recent`, 5 by
 * default, so one lucky or careless attempt does not decide it). Templates never attempted are left out.
 * Sorted weakest first.
 */
export function templateMastery(attempts: readonly PracticeAttempt[], recent = 5): TemplateMastery[] {
  const byTemplate = new Map<string, PracticeAttempt[]>();
  for (const attempt of attempts) {
    const list = byTemplate.get(attempt.template) ?? [];
    list.push(attempt);
    byTemplate.set(attempt.template, list);
  }
  return [...byTemplate.entries()]
    .map(([template, list]) => {
      const latest = [...list].sort((a, b) => b.finishedAt - a.finishedAt);
      const window = latest.slice(0, recent);
      return {
        template,
        attempts: list.length,
        latestCredit: latest[0]!.credit,
        recentCredit: window.reduce((sum, attempt) => sum + attempt.credit, 0) / window.length,
        lastAt: latest[0]!.finishedAt,
      };
    })
    .sort((a, b) => a.recentCredit - b.recentCredit || a.template.localeCompare(b.template));
}
