import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../../src/shared/engine/refusal.ts';
import { MatrixLabStore } from '../../../src/renderer/features/convlab/matrix-lab-store.svelte.ts';
import type { LabHost } from '../../../src/renderer/features/convlab/lab-engine.ts';
import { inProcessHost } from './in-process-host.ts';

/** A timer the test drives: `tick()` runs the animation's callback once. */
function manualTimer() {
  const timer = { callback: null as (() => void) | null, interval: 0, tick: () => timer.callback?.() };
  const every = (callback: () => void, interval: number) => {
    timer.callback = callback;
    timer.interval = interval;
    return () => {
      timer.callback = null;
    };
  };
  return { timer, every };
}

const outputs = (store: MatrixLabStore, which: 'steps' | 'flipped' = 'steps') =>
  (store.trace?.[which] ?? []).map((step) => ('sum' in step ? step.sum : step.result));

describe('MatrixLabStore', () => {
  it('traces the homework problem 4(a) in the engine and steps through it', async () => {
    const host = inProcessHost();
    const store = new MatrixLabStore({ host });
    await store.syncTrace();
    expect(host.calls).toEqual(['conv:trace']);
    expect(store.trace?.outputSize).toEqual([5, 5]);
    expect(outputs(store)).toEqual([
      20, 50, 80, 110, 40, 100, 160, 180, 200, 40, 180, 240, 260, 280, 40, 260, 320, 340, 360, 40, 0, -130,
      -140, -150, -160,
    ]);
    expect(store.playback).toEqual({ done: 0, total: 25, playing: false });
    expect(store.shownIndex).toBeNull();
    store.stepForward();
    store.stepForward();
    expect(store.shownIndex).toBe(1);
    store.inspected = 20;
    expect(store.shownIndex).toBe(20);
    store.skipToEnd();
    expect(store.matchesExample).toBe(true);
    await store.syncTrace();
    expect(host.calls).toHaveLength(1);
  });

  it('plays on its timer at the chosen speed and stops at the end', async () => {
    const { timer, every } = manualTimer();
    const store = new MatrixLabStore({ host: inProcessHost(), every });
    store.loadExample('homework-4b');
    await store.syncTrace();
    store.togglePlay();
    expect(timer.interval).toBe(800);
    store.setSpeed(4);
    expect(timer.interval).toBe(200);
    for (let tick = 0; tick < 4; tick++) timer.tick();
    expect(store.playback).toEqual({ done: 4, total: 4, playing: false });
    expect(timer.callback).toBeNull();
    expect(outputs(store)).toEqual([160, 200, 320, 360]);
  });

  it('traces the true convolution beside the cross-correlation when asked', async () => {
    const store = new MatrixLabStore({ host: inProcessHost() });
    store.loadExample('arithmetic-true-convolution');
    await store.syncTrace();
    expect(outputs(store)).toEqual([12, 12, 17, 10, 17, 19, 9, 6, 14]);
    expect(outputs(store, 'flipped')).toEqual([18, 20, 19, 10, 9, 17, 11, 8, 14]);
    store.skipToEnd();
    expect(store.matchesExample).toBe(true);
    store.setFlip(false);
    expect(store.exampleId).toBeNull();
    await store.syncTrace();
    expect(store.trace?.flipped).toBeNull();
  });

  it('traces pooling, and clears the trace while a field is wrong', async () => {
    const store = new MatrixLabStore({ host: inProcessHost() });
    store.loadExample('homework-max-pool');
    await store.syncTrace();
    expect(outputs(store)).toEqual([60, 80, 140, 160]);
    store.draft.input[0]![0] = 'ten';
    expect(store.requestKey).toBeNull();
    await store.syncTrace();
    expect(store.trace).toBeNull();
    expect(store.playback.total).toBe(0);
  });

  it('shows an engine refusal, and the next request works', async () => {
    const tooLong: EngineRefusal = { code: 'traceTooLong', pooling: false, cells: 20_001, limit: 20_000 };
    let refuse = true;
    const host = inProcessHost();
    const flaky: LabHost = {
      run: ((...args: Parameters<LabHost['run']>) => {
        if (refuse) return Promise.reject(EngineError.refusing(tooLong));
        return host.run(...args);
      }) as LabHost['run'],
    };
    const store = new MatrixLabStore({ host: flaky });
    await store.syncTrace();
    expect(store.problem).toEqual({ code: 'INPUT_TOO_LARGE', refusal: tooLong });
    refuse = false;
    store.draft.stride = '2';
    await store.syncTrace();
    expect(store.problem).toBeNull();
    expect(store.trace?.outputSize).toEqual([3, 3]);
  });

  it('keeps only the newest of two overlapping requests', async () => {
    const store = new MatrixLabStore({ host: inProcessHost() });
    const first = store.syncTrace();
    store.loadExample('homework-4b');
    const second = store.syncTrace();
    await Promise.all([first, second]);
    expect(store.trace?.outputSize).toEqual([2, 2]);
    expect(store.problem).toBeNull();
  });
});
