import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPoolSize } from '../../../../src/shared/engine/worker-count.ts';
import {
  describeWorkerError,
  WorkerPool,
  type WorkerPoolOptions,
} from '../../../../src/main/compute/worker-pool.ts';
import createTestWorker from '../fixtures/test-worker.ts?nodeWorker';
import createBrokenWorker from '../fixtures/broken-worker.ts?nodeWorker';

const pools: WorkerPool[] = [];

function makePool(options: Partial<WorkerPoolOptions> = {}): WorkerPool {
  const pool = new WorkerPool({
    createWorker: createTestWorker,
    size: 1,
    queueLimit: 4,
    timeoutMs: 10_000,
    ...options,
  });
  pools.push(pool);
  return pool;
}

/** After any failure the pool must still answer the next task. */
async function expectStillServing(pool: WorkerPool): Promise<void> {
  await expect(pool.run('echo', 'still here').reply).resolves.toBe('still here');
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('WorkerPool', () => {
  it('answers a task and reports its progress', async () => {
    const pool = makePool();
    const progress: number[] = [];
    await expect(pool.run('progress', null, (fraction) => progress.push(fraction)).reply).resolves.toBe(
      'done',
    );
    expect(progress).toEqual([0.5]);
  });

  it('receives a transferred typed array intact', async () => {
    const pool = makePool();
    const reply = await pool.run('double', new Float64Array([1, 2.5, -3])).reply;
    expect(reply).toBeInstanceOf(Float64Array);
    expect(Array.from(reply as Float64Array)).toEqual([2, 5, -6]);
  });

  it("passes on a task's own error and keeps its worker", async () => {
    const pool = makePool();
    await expect(pool.run('fail', null).reply).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'size: too odd',
    });
    expect(pool.size.workers).toBe(1);
    await expectStillServing(pool);
  });

  it.each([
    ['throws outside any handler', 'throw', 'the fixture threw'],
    ['exits', 'exit', 'exit code 3'],
  ])('rejects with WORKER_CRASHED when the worker %s, and replaces it', async (_how, job, detail) => {
    const pool = makePool();
    await expect(pool.run(job, null).reply).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining(detail),
    });
    await expectStillServing(pool);
  });

  it('rejects with OUT_OF_MEMORY when the worker passes its heap limit', async () => {
    const pool = makePool({ resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    await expectStillServing(pool); // the worker started fine: the failure below is the task's
    await expect(pool.run('oom', null).reply).rejects.toMatchObject({
      code: 'OUT_OF_MEMORY',
      message: 'The engine worker ran out of memory (its heap limit is 48 MB).',
    });
    await expectStillServing(pool);
  });

  it('stops a hanging task with TIMEOUT and serves the next one', async () => {
    const pool = makePool({ timeoutMs: 300 });
    await expect(pool.run('hang', null).reply).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: 'hang ran longer than 300 ms and was stopped.',
    });
    await expectStillServing(pool);
  });

  it('counts the timeout from when a task starts, not while it waits in the queue', async () => {
    const pool = makePool({ timeoutMs: 1_500 });
    await expectStillServing(pool);
    // The second task waits ~1 s behind the first: over the limit counted from queueing, well within it from start.
    const first = pool.run('sleep', 1_000).reply;
    const second = pool.run('sleep', 1_000).reply;
    await expect(Promise.all([first, second])).resolves.toEqual([1_000, 1_000]);
  });

  it('cancels a waiting task without touching the running one', async () => {
    const pool = makePool();
    const running = pool.run('sleep', 300);
    const waiting = pool.run('echo', 'never');
    expect(pool.cancel(waiting.taskId)).toBe(true);
    await expect(waiting.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(running.reply).resolves.toBe(300);
  });

  it('cancels a running task by replacing its worker', async () => {
    const pool = makePool();
    const hanging = pool.run('hang', null);
    await vi.waitFor(() => expect(pool.size.running).toBe(1), { timeout: 10_000 });
    expect(pool.cancel(hanging.taskId)).toBe(true);
    await expect(hanging.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.cancel(hanging.taskId)).toBe(false);
    await expectStillServing(pool);
  });

  it('answers BUSY at once when the queue is full', async () => {
    const pool = makePool({ queueLimit: 1 });
    const waiting = pool.run('echo', 'first'); // waits while the worker starts
    await expect(pool.run('echo', 'second').reply).rejects.toMatchObject({ code: 'BUSY' });
    await expect(waiting.reply).resolves.toBe('first');
  });

  it('replaces a worker that sends an unreadable message', async () => {
    const pool = makePool();
    await expect(pool.run('garbage', null).reply).rejects.toMatchObject({ code: 'INTERNAL' });
    await expectStillServing(pool);
  });

  it('refuses a payload that cannot be cloned, and keeps its worker', async () => {
    const pool = makePool();
    await expectStillServing(pool);
    await expect(pool.run('echo', () => 1).reply).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^payload: cannot be sent/),
    });
    expect(pool.size.workers).toBe(1);
    await expectStillServing(pool);
  });

  it('refuses a payload whose buffer was already moved away, instead of waiting for a reply that never comes', async () => {
    const pool = makePool();
    const payload = new Float32Array(4);
    await expect(pool.run('echo', payload, undefined, [payload.buffer]).reply).resolves.toEqual(
      new Float32Array(4),
    );
    // Node drops a message whose transfer list holds a detached buffer: the task would only end by timing out.
    await expect(pool.run('echo', payload, undefined, [payload.buffer]).reply).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^payload: cannot be sent .*detached/),
    });
    await expectStillServing(pool);
  });

  it('fails one waiting task per worker that dies while starting, so it never respawns forever', async () => {
    const pool = makePool({ createWorker: createBrokenWorker });
    const first = pool.run('echo', 1).reply;
    const second = pool.run('echo', 2).reply;
    await expect(first).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('failed to start'),
    });
    await expect(second).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    expect(pool.size).toEqual({ workers: 0, running: 0, queued: 0 });
  });

  it('fails a waiting task when a worker cannot even be created', async () => {
    const pool = makePool({
      createWorker: () => {
        throw new Error('no such file');
      },
    });
    await expect(pool.run('echo', 1).reply).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: 'The engine worker could not start: no such file',
    });
    expect(pool.size).toEqual({ workers: 0, running: 0, queued: 0 });
  });

  it('spreads tasks over its workers', async () => {
    const pool = makePool({ size: 2 });
    await Promise.all([pool.run('sleep', 50).reply, pool.run('sleep', 50).reply]);
    expect(pool.size.workers).toBe(2);
  });

  it('closes: waiting and running tasks are cancelled, later ones refused', async () => {
    const pool = makePool();
    const running = pool.run('hang', null);
    await vi.waitFor(() => expect(pool.size.running).toBe(1), { timeout: 10_000 });
    const waiting = pool.run('echo', 'never');
    const settled = Promise.allSettled([running.reply, waiting.reply]);
    await pool.close();
    const reasons = (await settled).map((outcome) => outcome.status === 'rejected' && outcome.reason.code);
    expect(reasons).toEqual(['CANCELLED', 'CANCELLED']);
    await expect(pool.run('echo', 'late').reply).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.size).toEqual({ workers: 0, running: 0, queued: 0 });
  });
});

describe('describeWorkerError', () => {
  it('maps ERR_WORKER_OUT_OF_MEMORY to OUT_OF_MEMORY and anything else to WORKER_CRASHED', () => {
    const outOfMemory = Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(describeWorkerError(outOfMemory).code).toBe('OUT_OF_MEMORY');
    expect(describeWorkerError(new Error('boom')).toData()).toEqual({
      code: 'WORKER_CRASHED',
      message: 'The engine worker crashed: boom',
    });
  });
});

describe('defaultPoolSize', () => {
  it('uses one worker per core, between one and two', () => {
    expect([1, 2, 3, 64].map(defaultPoolSize)).toEqual([1, 2, 2, 2]);
    expect(defaultPoolSize(0)).toBe(1);
  });
});
