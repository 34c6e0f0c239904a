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

/** The stored session of a finished drill, with its result. */
export function finishedRecord(
  state: DrillState,
  result: DrillResult,
  now: number,
  revision: number,
): DrillSessionRecord {
  return { ...recordOf(state, now, revision), finishedAt: result.finishedAt, result };
}

/** One row per question; of an abandoned drill only the questions answered (the rest were never attempted). */
export function answerRows(result: DrillResult): DrillAnswerRecord[] {
  const questions =
    result.finishReason === 'abandoned'
      ? result.questions.filter((question) => question.outcome !== 'unanswered')
      : result.questions;
  return questions.map((question) => ({
    sessionId: result.sessionId,
    itemId: question.itemId,
    correct: question.outcome === 'correct',
    outcome: question.outcome,
    chosen: question.chosen,
    spentMs: question.spentMs,
    at: result.finishedAt,
  }));
}

/** A drill's stored row as it stands, its status copied out of the state for the index. */
export function recordOf(state: DrillState, now: number, revision: number): DrillSessionRecord {
  return {
    id: state.id,
    revision,
    deckId: state.config.deckId,
    status: state.status,
    startedAt: state.startedAt,
    updatedAt: now,
    state,
  };
}
