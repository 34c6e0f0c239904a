import { afterEach, describe, expect, it } from 'vitest';
import { defaultPoolSize } from '../../../../src/shared/engine/worker-count.ts';
import {
  describeWorkerError,
  spawnNodeWorker,
  type WorkerFactory,
} from '../../../../src/main/compute/node-worker-adapter.ts';
import { WorkerPool, type WorkerPoolOptions } from '../../../../src/shared/engine/pool/worker-pool.ts';
import type { ResourceLimits } from 'node:worker_threads';
import { testPoolOptions } from '../../../support/test-pool.ts';
import createTestWorker from '../fixtures/test-worker.ts?nodeWorker';
import createBrokenWorker from '../fixtures/broken-worker.ts?nodeWorker';

const pools: WorkerPool[] = [];

/**
 * What only worker_threads can do, through the Node adapter on the shared pool: exit codes, heap limits, a
 * message Node would drop. What every adapter does alike is the shared suite's (test/unit/shared/engine/pool).
 */
function makePool(
  options: Partial<WorkerPoolOptions> & {
    createWorker?: WorkerFactory;
    resourceLimits?: ResourceLimits;
  } = {},
): WorkerPool {
  const { createWorker = createTestWorker, resourceLimits, ...rest } = options;
  const pool = new WorkerPool({
    spawn: spawnNodeWorker(createWorker, resourceLimits),
    ...testPoolOptions,
    ...rest,
  });
  pools.push(pool);
  return pool;
}

/** A task of the fixture worker (test-worker.ts): a `run` message for one of its misbehaving jobs. */
function run(pool: WorkerPool, job: string, payload: unknown, transfer: ArrayBuffer[] = []) {
  return pool.run({ type: 'run', job, payload }, { transfer });
}

/** After any failure the pool must still answer the next task. */
async function expectStillServing(pool: WorkerPool): Promise<void> {
  await expect(run(pool, 'echo', 'still here').reply).resolves.toBe('still here');
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('the worker_threads adapter', () => {
  it('receives a transferred typed array intact', async () => {
    const pool = makePool();
    const reply = await run(pool, 'double', new Float64Array([1, 2.5, -3])).reply;
    expect(reply).toBeInstanceOf(Float64Array);
    expect(Array.from(reply as Float64Array)).toEqual([2, 5, -6]);
  });

  it.each([
    ['throws outside any handler', 'throw', 'the fixture threw'],
    ['exits', 'exit', 'exit code 3'],
  ])('rejects with WORKER_CRASHED when the worker %s, and replaces it', async (_how, job, detail) => {
    const pool = makePool();
    await expect(run(pool, job, null).reply).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining(detail),
    });
    await expectStillServing(pool);
  });

  it('rejects with OUT_OF_MEMORY when the worker passes its heap limit', async () => {
    const pool = makePool({ resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    await expectStillServing(pool); // the worker started fine: the failure below is the task's
    await expect(run(pool, 'oom', null).reply).rejects.toMatchObject({
      code: 'OUT_OF_MEMORY',
      message: 'The engine worker ran out of memory (its heap limit is 48 MB).',
    });
    await expectStillServing(pool);
  });

  it('replaces a worker that sends an unreadable message', async () => {
    const pool = makePool();
    await expect(run(pool, 'garbage', null).reply).rejects.toMatchObject({ code: 'INTERNAL' });
    await expectStillServing(pool);
  });

  it('refuses a payload whose buffer was already moved away, instead of waiting for a reply that never comes', async () => {
    const pool = makePool();
    const payload = new Float32Array(4);
    await expect(run(pool, 'echo', payload, [payload.buffer]).reply).resolves.toEqual(new Float32Array(4));
    // Node drops a message whose transfer list holds a detached buffer: the task would only end by timing out.
    await expect(run(pool, 'echo', payload, [payload.buffer]).reply).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^payload: cannot be sent .*detached/),
    });
    await expectStillServing(pool);
  });

  it('fails one waiting task per worker that dies while starting, so it never respawns forever', async () => {
    const pool = makePool({ createWorker: createBrokenWorker });
    const first = run(pool, 'echo', 1).reply;
    const second = run(pool, 'echo', 2).reply;
    await expect(first).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('failed to start'),
    });
    await expect(second).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    expect(pool.size).toEqual({ workers: 0, running: 0, stopping: 0, queued: 0 });
  });

  it('fails a waiting task when a worker cannot even be created', async () => {
    const pool = makePool({
      createWorker: () => {
        throw new Error('no such file');
      },
    });
    await expect(run(pool, 'echo', 1).reply).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: 'The engine worker could not start: no such file',
    });
    expect(pool.size).toEqual({ workers: 0, running: 0, stopping: 0, queued: 0 });
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
