import type { DrillStatus } from './drill-state.ts';
import { DrillError } from './drill-error.ts';

/*
 * One writer per drill. Every stored drill carries a revision, 1 at its first write and one more at each
 * write. A window writes "revision base + 1 over base": if the stored drill moved on meanwhile (another window
 * wrote, took it over, or closed it), the write is refused and never applied. The check and the write run in
 * one transaction (lib/db/drills.ts), so nothing can slip in between.
 */

/** What the check needs of the stored drill; rows stored before revisions existed count as revision 0. */
export interface StoredRevision {
  revision: number;
  status: DrillStatus;
}

/**
 * Why writing drill `id` over `base` must be refused, or null when it may be written (as revision base + 1).
 * `stored` is undefined when no such drill is stored: only a first write (base 0) may create it.
 * DRILL_FINISHED: the stored drill is closed (submitted, timed out or abandoned) and stays so.
 * STALE_REVISION: the stored drill is at another revision than the one the writer read.
 */
export function checkRevision(
  id: string,
  stored: StoredRevision | undefined,
  base: number,
): DrillError | null {
  if (stored === undefined) {
    return base === 0
      ? null
      : new DrillError('STALE_REVISION', `drill ${id}: written over revision ${base}, but it is not stored`);
  }
  if (stored.status === 'finished') {
    return new DrillError('DRILL_FINISHED', `drill ${id} is already closed (revision ${stored.revision})`);
  }
  if (stored.revision !== base) {
    return new DrillError(
      'STALE_REVISION',
      `drill ${id}: written over revision ${base}, but the stored one is revision ${stored.revision}`,
    );
  }
  return null;
}
