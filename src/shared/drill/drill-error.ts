/**
 * Every action or input the drill refuses. The renderer shows drillMessages.errors[code]; `message` holds the
 * details (what, where) in English for logs and tests.
 */
export type DrillErrorCode =
  | 'INVALID_CONFIG' // a time limit, count or seed that cannot be used
  | 'NO_QUESTIONS' // the selection holds no multiple-choice question
  | 'DRILL_FINISHED' // the drill was already submitted (or its time ran out)
  | 'DRILL_PAUSED' // only resume or submit while paused
  | 'DRILL_NOT_PAUSED' // resume while running
  | 'DRILL_NOT_FINISHED' // a result or review asked of a drill still in progress
  | 'QUESTION_OUT_OF_RANGE' // no question at that index
  | 'NOT_CURRENT_QUESTION' // answering or marking a question that is not on screen (the drill moved on)
  | 'QUESTION_LOCKED' // its own timer ran out (per-question mode)
  | 'UNKNOWN_OPTION' // the question has no option with that letter
  | 'NO_NEXT_QUESTION' // next from the last open question
  | 'NO_PREVIOUS_QUESTION' // previous from the first open question
  | 'UNKNOWN_ACTION' // an action type the drill does not know
  | 'INVALID_STATE' // a stored drill that cannot be read back (the message names the field)
  | 'STALE_REVISION'; // a write based on an older stored revision (another window wrote since): refused

export const drillErrorCodes: readonly DrillErrorCode[] = [
  'INVALID_CONFIG',
  'NO_QUESTIONS',
  'DRILL_FINISHED',
  'DRILL_PAUSED',
  'DRILL_NOT_PAUSED',
  'DRILL_NOT_FINISHED',
  'QUESTION_OUT_OF_RANGE',
  'NOT_CURRENT_QUESTION',
  'QUESTION_LOCKED',
  'UNKNOWN_OPTION',
  'NO_NEXT_QUESTION',
  'NO_PREVIOUS_QUESTION',
  'UNKNOWN_ACTION',
  'INVALID_STATE',
  'STALE_REVISION',
];

export class DrillError extends Error {
  override readonly name = 'DrillError';
  constructor(
    readonly code: DrillErrorCode,
    message: string,
  ) {
    super(message);
  }
}
