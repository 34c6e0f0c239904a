import { finishAt, pauseAt } from './clock.ts';
import type { DrillState } from './drill-state.ts';

/**
 * Closes an unfinished drill because a newer one was started, at `now`. Only the time up to its `lastSeenAt`
 * counts (the drill may have been left running in a closed window); a deadline due by then finishes it as
 * `time-up` instead. A finished drill comes back unchanged. The answers given stay in the state (its result).
 */
export function abandonDrill(state: DrillState, now: number): DrillState {
  if (state.status === 'finished') return state;
  const paused = pauseAt(state, state.lastSeenAt);
  if (paused.status === 'finished') return paused;
  return finishAt(paused, Math.max(now, paused.lastSeenAt), 'abandoned');
}
