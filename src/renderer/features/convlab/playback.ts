/**
 * The animation's position as plain data: `done` output cells are computed (0 = nothing yet, `total` = all),
 * so the window on screen is that of cell `done - 1`. Every control is a pure function of this state.
 */
export interface Playback {
  done: number;
  total: number;
  playing: boolean;
}

export const speeds = [0.5, 1, 2, 4] as const;
export type Speed = (typeof speeds)[number];

/** Milliseconds between steps while playing: 1x shows a window for 0.8 s. */
export function stepInterval(speed: Speed): number {
  return 800 / speed;
}

export function initialPlayback(total: number): Playback {
  return { done: 0, total, playing: false };
}

export function stepForward(playback: Playback): Playback {
  const done = Math.min(playback.total, playback.done + 1);
  return { ...playback, done, playing: playback.playing && done < playback.total };
}

export function stepBack(playback: Playback): Playback {
  return { ...playback, done: Math.max(0, playback.done - 1), playing: false };
}

export function rewind(playback: Playback): Playback {
  return { ...playback, done: 0, playing: false };
}

export function skipToEnd(playback: Playback): Playback {
  return { ...playback, done: playback.total, playing: false };
}

/** Play from where it is; at the end, play starts again from the first window. */
export function togglePlay(playback: Playback): Playback {
  if (playback.playing) return { ...playback, playing: false };
  if (playback.total === 0) return playback;
  const done = playback.done >= playback.total ? 0 : playback.done;
  return { ...playback, done, playing: true };
}

/** Shows output cell `index` (its window highlighted, the cells before it computed). */
export function showStep(playback: Playback, index: number): Playback {
  return { ...playback, done: Math.min(playback.total, Math.max(0, index + 1)), playing: false };
}

/** A new trace of `total` cells: the position is kept where it still exists. */
export function retarget(playback: Playback, total: number): Playback {
  const done = Math.min(playback.done, total);
  return { done, total, playing: playback.playing && done < total };
}
