import { isMultipleAnswer } from '../deck/item.ts';
import { accountUntil, finishAt, tick } from './clock.ts';
import { DrillError, type DrillErrorCode } from './drill-error.ts';
import { type DrillState, displayLetter, displayPosition, isOpen, updateQuestion } from './drill-state.ts';

/**
 * What the student can do. `question` names the question the student acted on (the one on screen); if the
 * drill has moved on meanwhile (a per-question timeout), the action is refused rather than applied to another
 * question. `option` is a display letter ('A' is the first option shown), not the item's own letter.
 */
export type DrillAction =
  | { type: 'choose'; question: number; option: string }
  | { type: 'clear'; question: number }
  | { type: 'toggle-mark'; question: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'go'; question: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'submit' };

export type DrillActionType = DrillAction['type'];

/**
 * Applies `action` at time `now` and returns the new state. Timeouts due by `now` are applied first (tick), so
 * an answer after the exam's deadline meets a finished drill. Choosing on a single-answer question replaces
 * the choice; on a multiple-answer question it toggles that option. A `submit` that arrives after the time ran
 * out returns the drill finished by the clock. Throws DrillError when the action is impossible (see
 * checkAction); the state passed in is never changed.
 */
export function applyDrillAction(state: DrillState, action: DrillAction, now: number): DrillState {
  const ticked = tick(state, now);
  if (action.type === 'submit' && state.status !== 'finished' && ticked.status === 'finished') return ticked;
  const error = checkAction(ticked, action);
  if (error) throw error;
  switch (action.type) {
    case 'choose':
      return updateQuestion(ticked, action.question, (question) => {
        const letter = question.optionOrder[displayPosition(action.option)]!;
        if (!isMultipleAnswer(question.item)) return { ...question, chosen: [letter] };
        const toggled = question.chosen.includes(letter)
          ? question.chosen.filter((chosen) => chosen !== letter)
          : [...question.chosen, letter];
        const itemOrder = question.item.options.map((option) => option.letter);
        return { ...question, chosen: itemOrder.filter((own) => toggled.includes(own)) };
      });
    case 'clear':
      return updateQuestion(ticked, action.question, (question) => ({ ...question, chosen: [] }));
    case 'toggle-mark':
      return updateQuestion(ticked, action.question, (question) => ({
        ...question,
        marked: !question.marked,
      }));
    case 'next':
      return { ...accountUntil(ticked, now), current: openNeighbour(ticked, 1)! };
    case 'previous':
      return { ...accountUntil(ticked, now), current: openNeighbour(ticked, -1)! };
    case 'go':
      return { ...accountUntil(ticked, now), current: action.question };
    case 'pause':
      return { ...accountUntil(ticked, now), status: 'paused', activeSince: null };
    case 'resume':
      return { ...ticked, status: 'running', activeSince: now, lastSeenAt: Math.max(ticked.lastSeenAt, now) };
    case 'submit':
      return finishAt(ticked, now, 'submitted');
  }
}

/** Submits the drill at `now` (the same as the `submit` action). */
export function finishDrill(state: DrillState, now: number): DrillState {
  return applyDrillAction(state, { type: 'submit' }, now);
}

/**
 * Why `action` is impossible in `state` as it stands (no clock applied), or null when it is allowed. Use it
 * to enable buttons; keyToAction uses it so a key never produces a refused action.
 */
export function checkAction(state: DrillState, action: DrillAction): DrillError | null {
  const refuse = (code: DrillErrorCode, message: string) => new DrillError(code, message);
  if (state.status === 'finished') return refuse('DRILL_FINISHED', `drill ${state.id} is already finished`);
  if (state.status === 'paused' && action.type !== 'resume' && action.type !== 'submit') {
    return refuse('DRILL_PAUSED', `drill ${state.id} is paused: resume it before ${action.type}`);
  }
  switch (action.type) {
    case 'choose':
    case 'clear':
    case 'toggle-mark':
    case 'go':
      return checkQuestion(state, action);
    case 'next':
      return openNeighbour(state, 1) === null
        ? refuse('NO_NEXT_QUESTION', `no open question after question ${state.current + 1}`)
        : null;
    case 'previous':
      return openNeighbour(state, -1) === null
        ? refuse('NO_PREVIOUS_QUESTION', `no open question before question ${state.current + 1}`)
        : null;
    case 'pause':
    case 'submit':
      return null;
    case 'resume':
      return state.status === 'running'
        ? refuse('DRILL_NOT_PAUSED', `drill ${state.id} is not paused`)
        : null;
    default:
      return refuse(
        'UNKNOWN_ACTION',
        `unknown drill action ${JSON.stringify((action as { type?: unknown }).type)}`,
      );
  }
}

function checkQuestion(
  state: DrillState,
  action: Extract<DrillAction, { type: 'choose' | 'clear' | 'toggle-mark' | 'go' }>,
): DrillError | null {
  const index = action.question;
  const question = Number.isInteger(index) ? state.questions[index] : undefined;
  if (!question) {
    return new DrillError(
      'QUESTION_OUT_OF_RANGE',
      `${action.type}: no question ${index} (the drill has questions 0 to ${state.questions.length - 1})`,
    );
  }
  if (action.type !== 'go' && index !== state.current) {
    return new DrillError(
      'NOT_CURRENT_QUESTION',
      `${action.type}: question ${index + 1} is not on screen (question ${state.current + 1} is)`,
    );
  }
  if (action.type !== 'toggle-mark' && !isOpen(question)) {
    return new DrillError(
      'QUESTION_LOCKED',
      `${action.type}: question ${index + 1} is locked, its time ran out`,
    );
  }
  if (action.type === 'choose') {
    const position = displayPosition(action.option);
    if (position < 0 || position >= question.optionOrder.length) {
      return new DrillError(
        'UNKNOWN_OPTION',
        `choose: question ${index + 1} has no option ${JSON.stringify(action.option)} (it has A to ${displayLetter(question.optionOrder.length - 1)})`,
      );
    }
  }
  return null;
}

/** The nearest open question in `direction` (+1 or -1) from the current one, or null. */
function openNeighbour(state: DrillState, direction: 1 | -1): number | null {
  for (
    let index = state.current + direction;
    index >= 0 && index < state.questions.length;
    index += direction
  ) {
    if (isOpen(state.questions[index]!)) return index;
  }
  return null;
}
