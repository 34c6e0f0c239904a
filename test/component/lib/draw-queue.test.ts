import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawInTurn } from '../../../src/renderer/lib/charts/draw-queue.ts';

/**
 * Frames run by hand and a clock that only draws move: `draw(name, ms)` is a chart that takes `ms` to draw and
 * is listed in `drawn` when it runs.
 */
function fakeFrames() {
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const drawn: string[] = [];
  const draw = (name: string, ms: number) => () => {
    drawn.push(name);
    clock += ms;
  };
  return { frames, drawn, draw };
}

describe('drawInTurn: chart creations sliced across frames', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs a frame’s budget of draws per frame, at least one, in order; a cancelled one never runs', () => {
    const { frames, drawn, draw } = fakeFrames();
    // Each draw takes 5 ms, the last one 30 ms (slower than the 12 ms budget).
    drawInTurn(draw('a', 5));
    drawInTurn(draw('b', 5));
    const cancel = drawInTurn(draw('gone', 5));
    drawInTurn(draw('c', 5));
    drawInTurn(draw('slow', 30));
    drawInTurn(draw('d', 5));
    cancel();
    expect([drawn, frames.length]).toEqual([[], 1]);
    frames.shift()!();
    // a and b (10 ms), then c starts within the budget and ends it (15 ms).
    expect(drawn).toEqual(['a', 'b', 'c']);
    frames.shift()!();
    expect(drawn).toEqual(['a', 'b', 'c', 'slow']);
    frames.shift()!();
    expect(drawn).toEqual(['a', 'b', 'c', 'slow', 'd']);
    expect(frames).toHaveLength(0);
    // A later draw starts a new frame.
    drawInTurn(draw('e', 1));
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(drawn.at(-1)).toBe('e');
    // A draw that throws does not stop the queue.
    drawInTurn(() => {
      throw new Error('broken chart');
    });
    drawInTurn(draw('f', 1));
    expect(() => frames.shift()!()).toThrow('broken chart');
    frames.shift()!();
    expect(drawn.at(-1)).toBe('f');
  });

  it('gives a chart whose last draw was slow a frame of its own', () => {
    const { frames, drawn, draw } = fakeFrames();
    // First time: nothing is known, so the year's reviews (30 ms) follow the doughnut in its frame.
    drawInTurn(draw('states', 2), 'states');
    drawInTurn(draw('reviews', 30), 'reviews');
    frames.shift()!();
    expect(drawn).toEqual(['states', 'reviews']);
    // Again: 2 ms spent and 30 expected would pass the 12 ms budget, so the reviews wait for the next frame.
    drawInTurn(draw('states', 2), 'states');
    drawInTurn(draw('reviews', 30), 'reviews');
    drawInTurn(draw('calendar', 2), 'calendar');
    frames.shift()!();
    expect(drawn.slice(2)).toEqual(['states']);
    frames.shift()!();
    expect(drawn.slice(2)).toEqual(['states', 'reviews']);
    frames.shift()!();
    expect(drawn.slice(2)).toEqual(['states', 'reviews', 'calendar']);
    expect(frames).toHaveLength(0);
  });
});
