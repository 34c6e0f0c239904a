import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { handleWorkerMessage } from '../../../src/shared/engine/run-in-worker.ts';
import type { FromWorker, ToWorker } from '../../../src/shared/engine/worker-protocol.ts';
import type { DeepDrillBridge } from '../../../src/shared/ipc/bridge.ts';
import { ElectronHost } from '../../../src/renderer/lib/host/electron-host.ts';
import { WebHost } from '../../../src/renderer/lib/host/web-host.ts';

const problem4 = {
  input: {
    shape: [1, 1, 4, 4],
    data: new Float64Array([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]),
  },
  weight: { shape: [1, 1, 2, 2], data: new Float64Array([-1, 0, 1, 2]) },
  bias: null,
  stride: [2, 2] as [number, number],
  padding: [0, 0, 0, 0] as [number, number, number, number],
  dilation: [1, 1] as [number, number],
  groups: 1,
  flipKernel: false,
};

/**
 * A worker that says it is ready, then runs the real shared handler asynchronously (reading the task's cancel
 * flag as a worker does), or never answers when `hang` is set. The pool suite (test/unit/shared/engine/pool) runs
 * the same pool over real threads; this one checks the WebHost's own part: planning, splitting, signals.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly hang: () => boolean) {
    setTimeout(() => this.deliver({ type: 'ready' }));
  }
  postMessage(message: ToWorker): void {
    if (message.type === 'cancel' || this.hang()) return;
    setTimeout(() => handleWorkerMessage(message, (reply) => this.deliver(reply)));
  }
  terminate(): void {
    this.terminated = true;
  }
  private deliver(reply: FromWorker): void {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<FromWorker>);
  }
}

/**
 * A WebHost of `size` fake workers, listed as they start; worker `index` hangs while `hang(index)` is true. Its
 * grace period is short enough that a hanging worker is replaced at once.
 */
function hostWithWorkers(size: number, hang: (index: number) => boolean = () => false) {
  const workers: FakeWorker[] = [];
  const host = new WebHost(
    () => {
      const index = workers.length;
      const worker = new FakeWorker(() => hang(index));
      workers.push(worker);
      return worker;
    },
    size,
    { cancelGraceMs: 5 },
  );
  return { host, workers };
}

describe('WebHost', () => {
  it('runs the homework problem 4 convolution in its worker', async () => {
    const host = new WebHost(() => new FakeWorker(() => false), 1);
    const reply = await host.run('conv:run', problem4);
    expect(reply.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(reply.data)).toEqual([160, 200, 320, 360]);
  });

  it('answers a bad payload with INVALID_INPUT naming the field', async () => {
    const host = new WebHost(() => new FakeWorker(() => false), 1);
    const error = await host.run('conv:run', { ...problem4, groups: 0 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('INVALID_INPUT');
    expect((error as EngineError).message).toContain('groups');
  });

  it('stops a cancelled job that checks its flag without replacing the worker', async () => {
    const { host, workers } = hostWithWorkers(1);
    await host.run('conv:run', problem4);
    const controller = new AbortController();
    // Cancelled after it was sent, before the worker ran it: the job reads the flag and answers CANCELLED.
    const cancelled = host.run('conv:run', problem4, { signal: controller.signal });
    await vi.waitFor(() => expect(host.size.running).toBe(1));
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Array.from((await host.run('conv:run', problem4)).data)).toEqual([160, 200, 320, 360]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('replaces a worker whose job ignores the cancel past the grace period, then serves the next one', async () => {
    let hang = true;
    const { host, workers } = hostWithWorkers(1, () => hang);
    const controller = new AbortController();
    const stuck = host.run('conv:run', problem4, { signal: controller.signal });
    const queued = host.run('conv:run', problem4);
    await vi.waitFor(() => expect(host.size.running).toBe(1));
    hang = false;
    controller.abort();
    await expect(stuck).rejects.toMatchObject({ code: 'CANCELLED' });
    await vi.waitFor(() => expect(workers[0]?.terminated).toBe(true));
    expect(Array.from((await queued).data)).toEqual([160, 200, 320, 360]);
    expect(workers).toHaveLength(2);
  });

  it('lets a newer request of the same lane supersede the older one, on the same worker', async () => {
    const { host, workers } = hostWithWorkers(2);
    const older = host.run('conv:run', problem4, { lane: 'lab' });
    const newer = host.run('conv:run', problem4, { lane: 'lab' });
    await expect(older).rejects.toMatchObject({
      code: 'CANCELLED',
      message: 'Superseded by a newer request (lab).',
    });
    expect(Array.from((await newer).data)).toEqual([160, 200, 320, 360]);
    expect(workers).toHaveLength(1);
  });

  it('drops a queued job that is cancelled before it starts', async () => {
    let hang = true;
    const host = new WebHost(() => new FakeWorker(() => hang), 1);
    const first = new AbortController();
    const second = new AbortController();
    const running = host.run('conv:run', problem4, { signal: first.signal });
    const waiting = host.run('conv:run', problem4, { signal: second.signal });
    second.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    hang = false;
    first.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('reports a crashed worker and recovers', async () => {
    const { host, workers } = hostWithWorkers(1, (index) => index === 0);
    const crashed = host.run('conv:run', problem4);
    await vi.waitFor(() => expect(host.size.running).toBe(1));
    workers[0]!.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(crashed).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    expect(Array.from((await host.run('conv:run', problem4)).data)).toEqual([160, 200, 320, 360]);
  });
});

/** 1000 x 560 RGBA pixels through a 5x5 kernel: 42 M multiply-adds, just over the split threshold. */
function largeImage() {
  return {
    width: 1000,
    height: 560,
    pixels: new Uint8ClampedArray(1000 * 560 * 4).map((_, index) => (index * 97) % 256),
    kernel: { name: 'gaussian', size: 5 },
    border: 'reflect',
    colour: 'per-channel',
    display: 'clamp',
  } as const;
}

/** The index of the first element where two arrays differ, or -1 (toEqual on 2,240,000 bytes is far too slow). */
function firstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Math.min(actual.length, expected.length);
  for (let index = 0; index < expected.length; index++) if (actual[index] !== expected[index]) return index;
  return -1;
}

describe('WebHost with two workers', () => {
  const twoWorkerHost = (hang?: (worker: number) => boolean) => hostWithWorkers(2, hang);

  it('filters a large image in two row bands on both workers, exactly as one worker would', async () => {
    const { host, workers } = twoWorkerHost();
    const payload = largeImage();
    const original = payload.pixels.slice();
    const whole = await new WebHost(() => new FakeWorker(() => false), 1).run('image:filter', {
      ...payload,
      pixels: payload.pixels.slice(),
    });
    const progress: number[] = [];
    const reply = await host.run('image:filter', payload, { onProgress: (f) => progress.push(f) });
    expect(workers).toHaveLength(2);
    expect([reply.width, reply.height, reply.normalisation]).toEqual([
      whole.width,
      whole.height,
      whole.normalisation,
    ]);
    expect(firstDifference(reply.pixels, whole.pixels)).toBe(-1);
    expect(progress.at(-1)).toBe(1);
    expect(whole.normalisation).toContain('[1 4 6 4 1]');
    // Not transferred by the caller, so the caller's pixels are left as they were.
    expect(firstDifference(payload.pixels, original)).toBe(-1);
  });

  it('writes the merged image into pixels the caller transferred, as the whole job does', async () => {
    const { host } = twoWorkerHost();
    const payload = largeImage();
    const reply = await host.run('image:filter', payload, { transfer: [payload.pixels.buffer] });
    expect(reply.pixels.buffer).toBe(payload.pixels.buffer);
  });

  it('runs two small requests side by side, one per worker', async () => {
    const { host, workers } = twoWorkerHost();
    const replies = await Promise.all([host.run('conv:run', problem4), host.run('conv:run', problem4)]);
    expect(replies.map((reply) => Array.from(reply.data))).toEqual([
      [160, 200, 320, 360],
      [160, 200, 320, 360],
    ]);
    expect(workers).toHaveLength(2);
  });

  it('cancels a split request mid-way, replacing both workers when the parts ignore it, then serves the next one', async () => {
    let hang = true;
    const { host, workers } = twoWorkerHost(() => hang);
    const controller = new AbortController();
    const stuck = host.run('image:filter', largeImage(), { signal: controller.signal });
    expect(workers).toHaveLength(2);
    await vi.waitFor(() => expect(host.size.running).toBe(2));
    hang = false;
    controller.abort();
    await expect(stuck).rejects.toMatchObject({ code: 'CANCELLED' });
    await vi.waitFor(() => expect(workers.map((worker) => worker.terminated)).toEqual([true, true]));
    expect(Array.from((await host.run('conv:run', problem4)).data)).toEqual([160, 200, 320, 360]);
    expect(workers).toHaveLength(3);
  });

  it('fails a split request with the crash of one part, stopping the other part’s worker', async () => {
    const { host, workers } = twoWorkerHost((worker) => worker < 2);
    const crashing = host.run('image:filter', largeImage());
    await vi.waitFor(() => expect(host.size.running).toBe(2));
    workers[1]!.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(crashing).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: 'The engine worker stopped: boom',
    });
    await vi.waitFor(() => expect(workers.map((worker) => worker.terminated)).toEqual([true, true]));
    const payload = largeImage();
    const reply = await host.run('image:filter', payload);
    expect(reply.height).toBe(payload.height);
    expect(workers).toHaveLength(4);
  });
});

describe('ElectronHost', () => {
  function fakeBridge(answer: (call: { requestId: string }) => unknown) {
    const progressListeners = new Set<(event: { requestId: string; fraction: number }) => void>();
    const cancel = vi.fn(async () => ({ ok: true as const, value: true }));
    const bridge = {
      invoke: {
        'conv:run': async (call: { requestId: string }) => {
          for (const listener of progressListeners) listener({ requestId: call.requestId, fraction: 0.5 });
          for (const listener of progressListeners) listener({ requestId: 'someone-else', fraction: 0.9 });
          return answer(call);
        },
        'engine:cancel': cancel,
      },
      on: {
        'engine:progress': (listener: (event: { requestId: string; fraction: number }) => void) => {
          progressListeners.add(listener);
          return () => progressListeners.delete(listener);
        },
      },
    } as unknown as DeepDrillBridge;
    return { bridge, cancel, progressListeners };
  }

  it('unwraps a result and passes on only its own progress', async () => {
    const { bridge, progressListeners } = fakeBridge(() => ({
      ok: true,
      value: { shape: [1], data: new Float64Array([7]) },
    }));
    const progress: number[] = [];
    const reply = await new ElectronHost(bridge, () => 'id-1').run('conv:run', problem4, {
      onProgress: (f) => progress.push(f),
    });
    expect(Array.from(reply.data)).toEqual([7]);
    expect(progress).toEqual([0.5]);
    expect(progressListeners.size).toBe(0);
  });

  it('turns an error result into an EngineError with its code', async () => {
    const { bridge } = fakeBridge(() => ({
      ok: false,
      error: { code: 'INPUT_TOO_LARGE', message: 'input: too big' },
    }));
    await expect(new ElectronHost(bridge).run('conv:run', problem4)).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
    });
  });

  it('asks main to cancel the older request of a lane when a newer one starts', async () => {
    const ids = ['id-1', 'id-2'];
    const { bridge, cancel } = fakeBridge(() => ({
      ok: true,
      value: { shape: [1], data: new Float64Array([7]) },
    }));
    const host = new ElectronHost(bridge, () => ids.shift()!);
    const older = host.run('conv:run', problem4, { lane: 'lab' });
    const newer = host.run('conv:run', problem4, { lane: 'lab' });
    await Promise.all([older, newer]);
    expect(cancel.mock.calls).toEqual([['id-1']]);
  });

  it('asks main to cancel when the signal aborts', async () => {
    const controller = new AbortController();
    const { bridge, cancel } = fakeBridge(() => {
      controller.abort();
      return { ok: false, error: { code: 'CANCELLED', message: 'cancelled' } };
    });
    await expect(
      new ElectronHost(bridge, () => 'id-9').run('conv:run', problem4, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(cancel).toHaveBeenCalledWith('id-9');
  });
});
