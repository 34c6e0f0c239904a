import { type DrillState, type FinishReason, isOpen, updateQuestion } from './drill-state.ts';

/*
 * Time accounting. Active time is only ever added by accountUntil, which gives the running interval since
 * `activeSince` to the drill and to the question on screen, so the questions' spentMs always sum to elapsedMs.
 * A clock that goes backwards adds nothing (and never subtracts).
 */

/** Active time of the whole drill at `now`: running time, pauses left out. */
export function elapsedTime(state: DrillState, now: number): number {
  return state.elapsedMs + unaccounted(state, now);
}

/** Time the question at `index` has been on screen at `now`, pauses left out. */
export function questionTimeSpent(state: DrillState, index: number, now: number): number {
  const spent = state.questions[index]?.spentMs ?? 0;
  return index === state.current ? spent + unaccounted(state, now) : spent;
}

/**
 * What the countdown shows at `now`: the whole drill's remaining time in exam mode, the current question's in
 * per-question mode, null in practice. Never negative; a paused drill keeps its value exactly.
 */
export function remainingTime(state: DrillState, now: number): number | null {
  const mode = state.config.mode;
  if (mode.kind === 'practice') return null;
  const used = mode.kind === 'exam' ? elapsedTime(state, now) : questionTimeSpent(state, state.current, now);
  return Math.max(0, mode.limitMs - used);
}

/**
 * Applies whatever the clock has made due by `now`: in exam mode, the countdown reaching zero submits the
 * drill; in per-question mode, the current question's countdown reaching zero locks it and moves to the next
 * open question (and submits when none is left), repeatedly if the drill was not ticked for a while. Each
 * deadline is accounted at its exact time, not at `now`. Call it every second or so while a drill runs and
 * keep what it returns: its `lastSeenAt` is where a restart will find the drill paused (see restoreDrill).
 * A drill that is paused or finished comes back unchanged.
 */
export function tick(state: DrillState, now: number): DrillState {
  if (state.status !== 'running' || state.activeSince === null) return state;
  let next = state;
  const mode = state.config.mode;
  if (mode.kind === 'exam') {
    const deadline = state.activeSince + (mode.limitMs - state.elapsedMs);
    if (now >= deadline) next = finishAt(state, deadline, 'time-up');
  } else if (mode.kind === 'per-question') {
    next = applyQuestionTimeouts(state, now, mode.limitMs);
  }
  return { ...next, lastSeenAt: Math.max(next.lastSeenAt, now) };
}

function applyQuestionTimeouts(state: DrillState, now: number, limitMs: number): DrillState {
  let next = state;
  while (next.status === 'running' && next.activeSince !== null) {
    const deadline = next.activeSince + (limitMs - next.questions[next.current]!.spentMs);
    if (now < deadline) break;
    const timedOut = updateQuestion(accountUntil(next, deadline), next.current, (question) => ({
      ...question,
      timedOut: true,
    }));
    const following = nextOpenCyclic(timedOut);
    next = following === null ? finishAt(timedOut, deadline, 'time-up') : { ...timedOut, current: following };
  }
  return next;
}

/** The next open question after the current one, wrapping around; null when every question is locked. */
function nextOpenCyclic(state: DrillState): number | null {
  const count = state.questions.length;
  for (let step = 1; step <= count; step++) {
    const index = (state.current + step) % count;
    if (isOpen(state.questions[index]!)) return index;
  }
  return null;
}

/** Gives the running interval up to `time` to the drill and to the question on screen. */
export function accountUntil(state: DrillState, time: number): DrillState {
  if (state.activeSince === null) return state;
  const interval = Math.max(0, time - state.activeSince);
  const accounted = updateQuestion(state, state.current, (question) => ({
    ...question,
    spentMs: question.spentMs + interval,
  }));
  return {
    ...accounted,
    elapsedMs: state.elapsedMs + interval,
    activeSince: Math.max(state.activeSince, time),
  };
}

/**
 * The drill paused at `time`: the running interval up to then accounted, the clock stopped. Deadlines due by
 * `time` are applied first, so a drill whose time ran out comes back finished, not paused.
 */
export function pauseAt(state: DrillState, time: number): DrillState {
  const due = tick(state, time);
  if (due.status !== 'running') return due;
  return { ...accountUntil(due, time), status: 'paused', activeSince: null };
}

/** The drill finished at `time`: the running interval (if any) accounted, the clock stopped. */
export function finishAt(state: DrillState, time: number, reason: FinishReason): DrillState {
  return {
    ...accountUntil(state, time),
    status: 'finished',
    activeSince: null,
    finishedAt: time,
    finishReason: reason,
  };
}

function unaccounted(state: DrillState, now: number): number {
  return state.status === 'running' && state.activeSince !== null ? Math.max(0, now - state.activeSince) : 0;
}
