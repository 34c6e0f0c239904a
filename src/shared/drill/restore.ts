import { pauseAt } from './clock.ts';
import { drillModeKinds } from './drill-config.ts';
import { DrillError } from './drill-error.ts';
import type { DrillState } from './drill-state.ts';

/**
 * Reads back a drill stored as JSON (e.g. from IndexedDB after a restart) and checks it. A drill that was
 * running when the app stopped is paused as of its `lastSeenAt` (the last tick or action), so the time the app
 * was closed is not counted (timeouts due by then are applied); the student resumes it. Paused and finished
 * drills come back as they were.
 * `seenAt`, when given, is a later moment the app is known to have been open with this very state (the
 * checkpoint written as the window closed: see lib/db/clock-checkpoint.ts); the drill is paused there instead.
 * Throws DrillError INVALID_STATE naming the first field that is wrong.
 */
export function restoreDrill(stored: unknown, seenAt?: number): DrillState {
  const state = checkState(stored);
  if (state.status !== 'running') return state;
  const lastSeen =
    seenAt !== undefined && Number.isFinite(seenAt) ? Math.max(state.lastSeenAt, seenAt) : state.lastSeenAt;
  return pauseAt({ ...state, lastSeenAt: lastSeen }, lastSeen);
}

function checkState(value: unknown): DrillState {
  const state = record(value, 'drill');
  check(state.version === 1, 'version', `must be 1, is ${JSON.stringify(state.version)}`);
  check(typeof state.id === 'string', 'id', 'must be a string');
  check(
    ['running', 'paused', 'finished'].includes(state.status as string),
    'status',
    'is not a drill status',
  );
  for (const field of ['seed', 'startedAt', 'elapsedMs', 'lastSeenAt']) {
    check(Number.isFinite(state[field]), field, 'must be a finite number');
  }
  check((state.elapsedMs as number) >= 0, 'elapsedMs', 'must not be negative');
  const running = state.status === 'running';
  check(
    running ? Number.isFinite(state.activeSince) : state.activeSince === null,
    'activeSince',
    'does not match the status',
  );
  const finished = state.status === 'finished';
  check(finished === Number.isFinite(state.finishedAt), 'finishedAt', 'does not match the status');
  check(
    finished === ['submitted', 'time-up', 'abandoned'].includes(state.finishReason as string),
    'finishReason',
    'does not match the status',
  );
  checkConfig(record(state.config, 'config'));
  check(
    Array.isArray(state.questions) && state.questions.length > 0,
    'questions',
    'must be a non-empty list',
  );
  const questions = state.questions as unknown[];
  questions.forEach((question, index) => checkQuestion(question, `questions[${index}]`));
  check(
    Number.isInteger(state.current) && questions[state.current as number] !== undefined,
    'current',
    'is not a question index',
  );
  return value as DrillState;
}

function checkConfig(config: Record<string, unknown>): void {
  const mode = record(config.mode, 'config.mode');
  check(drillModeKinds.includes(mode.kind as never), 'config.mode.kind', 'is not a drill mode');
  if (mode.kind !== 'practice') {
    check(
      Number.isFinite(mode.limitMs) && (mode.limitMs as number) > 0,
      'config.mode.limitMs',
      'must be positive',
    );
  }
  check(typeof config.deckId === 'string', 'config.deckId', 'must be a string');
  record(config.selection, 'config.selection');
}

function checkQuestion(value: unknown, where: string): void {
  const question = record(value, where);
  const item = record(question.item, `${where}.item`);
  check(item.kind === 'mcq' && typeof item.id === 'string', `${where}.item`, 'is not a multiple-choice item');
  check(
    Array.isArray(item.options) && Array.isArray(item.answer),
    `${where}.item`,
    'has no options or answer',
  );
  const letters = (item.options as unknown[]).map((option) => record(option, `${where}.item.options`).letter);
  const order = question.optionOrder;
  check(
    Array.isArray(order) &&
      order.length === letters.length &&
      letters.every((letter) => order.includes(letter)),
    `${where}.optionOrder`,
    "is not an order of the item's options",
  );
  check(
    Array.isArray(question.chosen) && question.chosen.every((letter) => letters.includes(letter)),
    `${where}.chosen`,
    "holds a letter that is not one of the item's options",
  );
  check(
    typeof question.marked === 'boolean' && typeof question.timedOut === 'boolean',
    where,
    'lacks its flags',
  );
  check(
    Number.isFinite(question.spentMs) && (question.spentMs as number) >= 0,
    `${where}.spentMs`,
    'must be a time',
  );
}

function record(value: unknown, where: string): Record<string, unknown> {
  check(typeof value === 'object' && value !== null && !Array.isArray(value), where, 'must be an object');
  return value as Record<string, unknown>;
}

function check(condition: boolean, field: string, what: string): asserts condition {
  if (!condition) throw new DrillError('INVALID_STATE', `stored drill: ${field} ${what}`);
}
