import type { DrillResult } from '../../../shared/drill/result.ts';
import type { DrillState, DrillStatus } from '../../../shared/drill/drill-state.ts';

/**
 * One drill, from start to finish. `state` is the whole resumable drill (src/shared/drill); `result` is added
 * when it finishes. `status` is copied out of the state because it is indexed (find the unfinished drill).
 * `revision` counts the writes (src/shared/drill/revision.ts); rows written before it existed lack it (0).
 * It is not indexed, so it needs no schema version.
 */
export interface DrillSessionRecord {
  id: string;
  revision?: number;
  deckId: string;
  status: DrillStatus;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  state: DrillState;
  result?: DrillResult;
}

/** One answer of a finished drill (of an abandoned one, only the questions answered): what "only the ones I missed" and the progress charts read. */
export interface DrillAnswerRecord {
  sessionId: string;
  itemId: string;
  correct: boolean;
  outcome: DrillResult['questions'][number]['outcome'];
  chosen: string[];
  spentMs: number;
  at: number;
}
