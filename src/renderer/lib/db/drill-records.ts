import type { DrillResult } from '../../../shared/drill/result.ts';
import type { DrillState, DrillStatus } from '../../../shared/drill/drill-state.ts';

/**
 * One drill, from start to finish. `state` is the whole resumable drill (src/shared/drill); `result` is added
 * when it finishes. `status` is copied out of the state because it is indexed (find the unfinished drill).
 */
export interface DrillSessionRecord {
  id: string;
  deckId: string;
  status: DrillStatus;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  state: DrillState;
  result?: DrillResult;
}

/** One answer of a finished drill: what "only the ones I missed" and the progress charts read. */
export interface DrillAnswerRecord {
  sessionId: string;
  itemId: string;
  correct: boolean;
  outcome: DrillResult['questions'][number]['outcome'];
  chosen: string[];
  spentMs: number;
  at: number;
}
