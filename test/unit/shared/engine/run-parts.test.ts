import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import { handleWorkerMessage, progressIntervalMs } from '../../../../src/shared/engine/run-in-worker.ts';
import { runClaimedPlan, type StartedPart } from '../../../../src/shared/engine/split/run-plan.ts';
import type { JobPlan } from '../../../../src/shared/engine/split/job-plan.ts';
import type { FromWorker, PartReplies, SharedPart } from '../../../../src/shared/engine/worker-protocol.ts';

/** A 1x1 conv:run that doubles a 1x1x2x2 input held in shared memory. */
function doublingPart(values: number[]): SharedPart {
  const data = new Float32Array(new SharedArrayBuffer(16));
  data.set(values);
  return {
    payload: {
      input: { shape: [1, 1, 2, 2], data },
      weight: { shape: [1, 1, 1, 1], data: new Float32Array([2]) },
      stride: [1, 1],
      padding: [0, 0, 0, 0],
      dilation: [1, 1],
      groups: 1,
    },
  };
}

const sharedCounters = (claimed = 0) => {
  const counters = new Int32Array(new SharedArrayBuffer(8));
  counters[0] = claimed;
  return counters;
};

function runParts(parts: SharedPart[], counters: Int32Array, now?: () => number): FromWorker[] {
  const messages: FromWorker[] = [];
  handleWorkerMessage(
    { type: 'run-parts', taskId: 7, job: 'conv:run', parts, counters },
    (message) => messages.push(message),
    now,
  );
  return messages;
}

describe('the worker body: run-parts', () => {
  const parts = [doublingPart([1, 2, 3, 4]), doublingPart([5, 6, 7, 8]), doublingPart([9, 10, 11, 12])];

  it('claims parts until none is left and answers each reply with its index', () => {
    const counters = sharedCounters();
    const messages = runParts(parts, counters);
    const result = messages.at(-1)!;
    if (result.type !== 'result') throw new Error(JSON.stringify(result));
    const replies = result.reply as PartReplies;
    expect(replies.map(({ index }) => index)).toEqual([0, 1, 2]);
    expect(replies.map(({ reply }) => Array.from((reply as { data: Float32Array }).data))).toEqual([
      [2, 4, 6, 8],
      [10, 12, 14, 16],
      [18, 20, 22, 24],
    ]);
    expect(counters[1]).toBe(3);
  });

  it('runs only the parts the other workers have not claimed yet, and none when all are taken', () => {
    const late = runParts(parts, sharedCounters(2)).at(-1) as { reply: PartReplies };
    expect(late.reply.map(({ index }) => index)).toEqual([2]);
    const idle = runParts(parts, sharedCounters(3));
    expect(idle).toEqual([{ type: 'result', taskId: 7, reply: [] }]);
  });

  it('reports progress at most every progressIntervalMs, and always the end', () => {
    const quick = runParts(parts, sharedCounters(), () => 0);
    expect(quick.filter((message) => message.type === 'progress')).toEqual([
      { type: 'progress', taskId: 7, fraction: 1 },
    ]);
    let clock = 0;
    const slow = runParts(parts, sharedCounters(), () => (clock += progressIntervalMs));
    const fractions = slow.flatMap((message) => (message.type === 'progress' ? [message.fraction] : []));
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('fails the task with the part’s own error, and refuses counters that are not shared', () => {
    const bad = doublingPart([1, 2, 3, Number.NaN]);
    expect(runParts([parts[0]!, bad], sharedCounters()).at(-1)).toMatchObject({
      type: 'error',
      code: 'INVALID_INPUT',
      message: expect.stringContaining('input.data'),
    });
    expect(runParts(parts, new Int32Array(2)).at(-1)).toMatchObject({
      type: 'error',
      code: 'INVALID_INPUT',
      message: expect.stringContaining('counters'),
    });
  });
});

describe('runClaimedPlan', () => {
  const plan: JobPlan = {
    parts: ['a', 'b', 'c', 'd'].map((payload) => ({ payload, transfer: [] })),
    claimable: true,
    merge: (replies) => replies.join(''),
  };

  /** A task that answers `replies` (as a worker that claimed those parts would). */
  const answering =
    (...lists: PartReplies[]) =>
    (): StartedPart => ({ reply: Promise.resolve(lists.shift()), cancel: () => false });

  it('starts one task per worker with the same counters and merges the replies in part order', async () => {
    const counters: Int32Array[] = [];
    const start = vi.fn(
      answering(
        [
          { index: 3, reply: 'D' },
          { index: 0, reply: 'A' },
        ],
        [
          { index: 2, reply: 'C' },
          { index: 1, reply: 'B' },
        ],
      ),
    );
    const running = runClaimedPlan(plan, 2, (shared) => {
      counters.push(shared);
      return start();
    });
    await expect(running.reply).resolves.toBe('ABCD');
    expect(start).toHaveBeenCalledTimes(2);
    expect(counters[0]).toBe(counters[1]);
    expect(counters[0]!.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('refuses replies that leave a part out or answer one twice', async () => {
    const missing = runClaimedPlan(
      plan,
      2,
      answering([{ index: 0, reply: 'A' }], [{ index: 1, reply: 'B' }]),
    );
    await expect(missing.reply).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('2 of 4'),
    });
    const twice = runClaimedPlan(
      plan,
      2,
      answering(
        [
          { index: 0, reply: 'A' },
          { index: 1, reply: 'B' },
        ],
        [
          { index: 1, reply: 'B' },
          { index: 2, reply: 'C' },
        ],
      ),
    );
    await expect(twice.reply).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('cancels the other tasks when one fails, and passes on the largest progress only', async () => {
    const cancel = vi.fn(() => true);
    const progress: number[] = [];
    let report: ((fraction: number) => void) | undefined;
    const running = runClaimedPlan(
      plan,
      2,
      (_counters, onProgress) => {
        if (!report) {
          report = onProgress;
          return { reply: new Promise(() => undefined), cancel };
        }
        onProgress(0.5);
        report(0.25);
        onProgress(0.75);
        return { reply: Promise.reject(new EngineError('WORKER_CRASHED', 'gone')), cancel: () => false };
      },
      (fraction) => progress.push(fraction),
    );
    await expect(running.reply).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    expect(cancel).toHaveBeenCalled();
    expect(progress).toEqual([0.5, 0.75]);
  });
});
