import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialPlayback,
  retarget,
  rewind,
  showStep,
  skipToEnd,
  stepBack,
  stepForward,
  stepInterval,
  togglePlay,
  type Playback,
} from '../../../src/renderer/features/convlab/playback.ts';

describe('playback', () => {
  it('steps forward to the end and stops playing there', () => {
    let playback = togglePlay(initialPlayback(2));
    expect(playback).toEqual({ done: 0, total: 2, playing: true });
    playback = stepForward(playback);
    expect(playback).toEqual({ done: 1, total: 2, playing: true });
    playback = stepForward(playback);
    expect(playback).toEqual({ done: 2, total: 2, playing: false });
    expect(stepForward(playback)).toEqual(playback);
  });

  it('plays again from the first window when play is pressed at the end', () => {
    expect(togglePlay(skipToEnd(initialPlayback(4)))).toEqual({ done: 0, total: 4, playing: true });
    expect(togglePlay(initialPlayback(0)).playing).toBe(false);
  });

  it('pauses on a step back, a rewind or a picked cell', () => {
    const playing: Playback = { done: 3, total: 5, playing: true };
    expect(stepBack(playing)).toEqual({ done: 2, total: 5, playing: false });
    expect(rewind(playing)).toEqual({ done: 0, total: 5, playing: false });
    expect(showStep(playing, 0)).toEqual({ done: 1, total: 5, playing: false });
    expect(stepBack(initialPlayback(5)).done).toBe(0);
  });

  it('keeps the place in a new trace where it still exists', () => {
    expect(retarget({ done: 3, total: 9, playing: true }, 4)).toEqual({ done: 3, total: 4, playing: true });
    expect(retarget({ done: 8, total: 9, playing: true }, 4)).toEqual({ done: 4, total: 4, playing: false });
  });

  it('1x shows each window for 0.8 s, 4x for 0.2 s', () => {
    expect(stepInterval(1)).toBe(800);
    expect(stepInterval(4)).toBe(200);
  });

  it('never leaves [0, total] whatever the controls pressed', () => {
    const controls = [stepForward, stepBack, rewind, skipToEnd, togglePlay];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.integer({ min: 0, max: controls.length - 1 })),
        (total, presses) => {
          let playback = initialPlayback(total);
          for (const press of presses) {
            playback = controls[press]!(playback);
            expect(playback.done).toBeGreaterThanOrEqual(0);
            expect(playback.done).toBeLessThanOrEqual(total);
            if (playback.playing) expect(playback.done).toBeLessThan(total);
          }
        },
      ),
    );
  });
});
