/**
 * Everything the scheduling layer refuses. The renderer shows srsMessages.errors[code]; `message` holds the
 * details (what, where) in English for logs and tests.
 */
export type SrsErrorCode =
  | 'INVALID_SETTINGS' // a retention, limit, step or hour that cannot be used (the message names the field)
  | 'INVALID_TIME' // a time that is not a finite number, or a negative time spent
  | 'CARD_SUSPENDED' // grading a suspended card
  | 'NOT_LAST_GRADING' // undo with a log that is not the card's last grading
  | 'COUNTS_MISMATCH' // a log counted into the day counts of another deck or day
  | 'NO_CLOZE_DELETION' // a cloze item with no {{c1::…}} to ask
  | 'CLOZE_LANGUAGES_DIFFER' // a cloze item whose Chinese and English ask different deletions
  | 'UNKNOWN_CARD' // a drill answer for an item that has no card
  | 'EXAM_NOT_AHEAD'; // an exam date that is today or already past

export const srsErrorCodes: readonly SrsErrorCode[] = [
  'INVALID_SETTINGS',
  'INVALID_TIME',
  'CARD_SUSPENDED',
  'NOT_LAST_GRADING',
  'COUNTS_MISMATCH',
  'NO_CLOZE_DELETION',
  'CLOZE_LANGUAGES_DIFFER',
  'UNKNOWN_CARD',
  'EXAM_NOT_AHEAD',
];

export class SrsError extends Error {
  override readonly name = 'SrsError';
  constructor(
    readonly code: SrsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses a time that is not a finite number (a NaN would silently poison every due date after it). */
export function checkTime(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new SrsError('INVALID_TIME', `${what} is ${value}, not a time`);
}
