import { formatText, type Locale } from '../../lib/i18n/locale.svelte.ts';
import type { DatabaseProblem } from '../../lib/db/startup-check.ts';
import { backupsMessages as messages } from './messages.ts';

/** One problem the start-up check found, as a sentence in `locale`. */
export function damageText(problem: DatabaseProblem, locale: Locale): string {
  switch (problem.code) {
    case 'SCHEMA_VERSION':
      return formatText(messages.problems.SCHEMA_VERSION[locale], problem, locale);
    case 'DANGLING_REFERENCE':
      return formatText(
        messages.problems.DANGLING_REFERENCE[locale],
        {
          count: problem.count,
          example: problem.example,
          what: messages.references[problem.reference][locale],
        },
        locale,
      );
  }
}
