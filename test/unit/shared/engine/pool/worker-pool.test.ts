import type { Worker, WorkerOptions } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnNodeWorker } from '../../../../../src/main/compute/node-worker-adapter.ts';
import { spawnWebWorker } from '../../../../../src/renderer/lib/host/web-worker-adapter.ts';
import {
  WorkerPool,
  type SpawnWorker,
  type WorkerPoolOptions,
} from '../../../../../src/shared/engine/pool/worker-pool.ts';
import { testPoolOptions } from '../../../../support/test-pool.ts';
import { ThreadWebWorker } from '../../../../support/thread-web-worker.ts';
import createNodeEntry from './fixtures/node-entry.ts?nodeWorker';
import createSilentEntry from './fixtures/silent-entry.ts?nodeWorker';
import createWebEntry from './fixtures/web-entry.ts?nodeWorker';

type ThreadFactory = (options: WorkerOptions) => Worker;

/**
 * The two adapters under test, each over a real thread: worker_threads as main runs it, and a Web Worker (the
 * ThreadWebWorker double: the browser's Worker interface over a thread) as the WebHost and the image lab run it.
 * Both fixture entries run the real worker body (handleWorkerMessage) with the suite's jobs (fixtures/pool-jobs.ts).
 */
const adapters: Array<{ name: string; spawn: (entry: 'jobs' | 'silent') => SpawnWorker }> = [
  {
    name: 'worker_threads',
    spawn: (entry) => spawnNodeWorker(entry === 'jobs' ? createNodeEntry : createSilentEntry),
  },
  {
    name: 'Web Worker',
    spawn: (entry) => {
      const thread: ThreadFactory = entry === 'jobs' ? createWebEntry : createSilentEntry;
      return spawnWebWorker(() => new ThreadWebWorker(thread));
    },
  },
];

const pools: WorkerPool[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe.each(adapters)('WorkerPool over $name', ({ spawn }) => {
  /** A pool of the suite's workers, counting how many it starts. */
  function makePool(options: Partial<WorkerPoolOptions> = {}, entry: 'jobs' | 'silent' = 'jobs') {
    const starts = { count: 0 };
    const spawnWorker = spawn(entry);
    const pool = new WorkerPool({
      spawn: (events) => {
        starts.count++;
        return spawnWorker(events);
      },
      ...testPoolOptions,
      ...options,
    });
    pools.push(pool);
    return { pool, starts };
  }

  const echo = (pool: WorkerPool, payload: unknown) => pool.run({ type: 'run', job: 'echo', payload }).reply;
  /** A job of `rows` rows of `rowMs` each, checking for a cancel before each row. */
  const rows = (pool: WorkerPool, count: number, rowMs: number, lane?: string) =>
    pool.run({ type: 'run', job: 'rows', payload: { rows: count, rowMs } }, lane ? { lane } : {});
  const running = (pool: WorkerPool) =>
    vi.waitFor(() => expect(pool.size.running).toBe(1), { timeout: 30_000 });

  it('answers a task after the ready handshake and reports its progress, ending at 1', async () => {
    const { pool } = makePool();
    const progress: number[] = [];
    const task = pool.run(
      { type: 'run', job: 'rows', payload: { rows: 6, rowMs: 30 } },
      { onProgress: (fraction) => progress.push(fraction) },
    );
    await expect(task.reply).resolves.toBe(6);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('passes on a job’s own refusal, with its data, and keeps its worker', async () => {
    const { pool, starts } = makePool();
    await expect(pool.run({ type: 'run', job: 'fail', payload: null }).reply).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'size: must be between 2 and 4, got 5',
      refusal: { code: 'outOfRange', field: 'size', min: 2, max: 4, actual: 5 },
    });
    await expect(echo(pool, 'still here')).resolves.toBe('still here');
    expect(starts.count).toBe(1);
  });

  it('refuses a task with BUSY at once when the queue is full', async () => {
    const { pool } = makePool({ queueLimit: 1 });
    const waiting = echo(pool, 'first'); // waits while the worker starts
    await expect(echo(pool, 'second')).rejects.toMatchObject({ code: 'BUSY' });
    await expect(waiting).resolves.toBe('first');
  });

  it('fails a waiting task when its worker never says it is ready, one task per worker', async () => {
    const { pool, starts } = makePool({ startTimeoutMs: 300 }, 'silent');
    await expect(echo(pool, 1)).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('did not say it was ready'),
    });
    expect(starts.count).toBe(1);
    expect(pool.size).toEqual({ workers: 0, running: 0, stopping: 0, queued: 0 });
  });

  it('counts the timeout from when a task starts, not while it waits in the queue', async () => {
    const { pool } = makePool({ timeoutMs: 2_000 });
    await echo(pool, 'warm');
    // The second task waits ~0.8 s behind the first: its own run is well within the limit.
    const first = rows(pool, 8, 100).reply;
    const second = rows(pool, 8, 100).reply;
    await expect(Promise.all([first, second])).resolves.toEqual([8, 8]);
  });

  it('stops a task over its time limit with TIMEOUT; a job that checks for the cancel keeps its worker', async () => {
    const { pool, starts } = makePool({ timeoutMs: 200 });
    await echo(pool, 'warm');
    await expect(rows(pool, 1_000, 20).reply).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: 'rows ran longer than 200 ms and was stopped.',
    });
    await expect(echo(pool, 'next')).resolves.toBe('next');
    expect(starts.count).toBe(1);
  });

  it('cancels a running job cooperatively: it stops at its next row and the worker serves the next task', async () => {
    const { pool, starts } = makePool({ cancelGraceMs: 5_000 });
    const long = rows(pool, 10_000, 20);
    await running(pool);
    expect(pool.cancel(long.taskId)).toBe(true);
    await expect(long.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.cancel(long.taskId)).toBe(false);
    // With a grace of 5 s, the echo is answered only because the job stopped by itself.
    await expect(echo(pool, 'next')).resolves.toBe('next');
    expect(starts.count).toBe(1);
    expect(pool.size).toMatchObject({ workers: 1, stopping: 0 });
  });

  it('replaces a worker whose job ignores the cancel past the grace period', async () => {
    const { pool, starts } = makePool();
    const started = new Int32Array(new SharedArrayBuffer(4));
    const stubborn = pool.run({ type: 'run', job: 'stubborn', payload: { milliseconds: 600_000, started } });
    // Cancelled once it runs: a cancel read before the job starts stops it at once, and the worker is kept.
    await vi.waitFor(() => expect(Atomics.load(started, 0)).toBe(1), { timeout: 30_000 });
    pool.cancel(stubborn.taskId);
    await expect(stubborn.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.size).toMatchObject({ running: 0, stopping: 1 });
    await expect(echo(pool, 'after the grace period')).resolves.toBe('after the grace period');
    expect(starts.count).toBe(2);
  });

  it('without a shared cancel flag, keeps the worker of a job that ends within the grace period', async () => {
    const { pool, starts } = makePool({ shareCancelFlag: false, cancelGraceMs: 5_000 });
    const short = rows(pool, 5, 40);
    await running(pool);
    pool.cancel(short.taskId);
    await expect(short.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(echo(pool, 'next')).resolves.toBe('next');
    expect(starts.count).toBe(1);
  });

  it('cancels a waiting task without touching the running one', async () => {
    const { pool } = makePool();
    const first = rows(pool, 3, 50);
    const waiting = pool.run({ type: 'run', job: 'echo', payload: 'never' });
    expect(pool.cancel(waiting.taskId)).toBe(true);
    await expect(waiting.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(first.reply).resolves.toBe(3);
  });

  it('supersedes the running task of a lane; the newest waits for that worker rather than start one', async () => {
    // Two workers allowed, one started: the superseded job's worker stops within a row and runs the newest.
    const { pool, starts } = makePool({ size: 2, cancelGraceMs: 5_000 });
    await expect(rows(pool, 2, 10, 'other lane').reply).resolves.toBe(2);
    const old = rows(pool, 10_000, 20, 'analysis');
    await running(pool);
    expect(pool.supersede('analysis')).toBe(true);
    const newest = rows(pool, 3, 10, 'analysis');
    await expect(old.reply).rejects.toMatchObject({
      code: 'CANCELLED',
      message: expect.stringContaining('Superseded'),
    });
    await expect(newest.reply).resolves.toBe(3);
    expect(starts.count).toBe(1);
  });

  it('supersedes the waiting tasks of a lane too, and no other lane’s', async () => {
    const { pool } = makePool();
    const other = rows(pool, 3, 10, 'other lane');
    const waiting = rows(pool, 3, 10, 'analysis');
    expect(pool.supersede('analysis')).toBe(true);
    expect(pool.supersede('no such lane')).toBe(false);
    await expect(waiting.reply).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(other.reply).resolves.toBe(3);
  });

  it('rejects with WORKER_CRASHED when its worker crashes, and replaces it', async () => {
    const { pool, starts } = makePool();
    await expect(pool.run({ type: 'run', job: 'crash', payload: null }).reply).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('the fixture worker crashed'),
    });
    await expect(echo(pool, 'still here')).resolves.toBe('still here');
    expect(starts.count).toBe(2);
  });

  it('refuses a payload that cannot be cloned, and keeps its worker', async () => {
    const { pool, starts } = makePool();
    await echo(pool, 'warm');
    await expect(echo(pool, () => 1)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^payload: cannot be sent/),
    });
    await expect(echo(pool, 'still here')).resolves.toBe('still here');
    expect(starts.count).toBe(1);
  });

  it('spreads tasks over its workers', async () => {
    const { pool, starts } = makePool({ size: 2 });
    await Promise.all([rows(pool, 2, 30).reply, rows(pool, 2, 30).reply]);
    expect(starts.count).toBe(2);
  });

  it('closes: waiting and running tasks are cancelled, later ones refused', async () => {
    const { pool } = makePool();
    const long = rows(pool, 10_000, 20);
    await running(pool);
    const waiting = echo(pool, 'never');
    const settled = Promise.allSettled([long.reply, waiting]);
    await pool.close();
    const reasons = (await settled).map((outcome) => outcome.status === 'rejected' && outcome.reason.code);
    expect(reasons).toEqual(['CANCELLED', 'CANCELLED']);
    await expect(echo(pool, 'late')).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.size).toEqual({ workers: 0, running: 0, stopping: 0, queued: 0 });
  });
});
