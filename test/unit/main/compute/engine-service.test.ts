import { afterAll, describe, expect, it } from 'vitest';
import { createEngineService } from '../../../../src/main/compute/engine-service.ts';
import { WorkerPool } from '../../../../src/main/compute/worker-pool.ts';
import createTestWorker from '../fixtures/test-worker.ts?nodeWorker';

/** The homework's problem 4: a 4x4 input, a 2x2 kernel, padding 1, stride 1. */
const problemFour = {
  input: {
    shape: [1, 1, 4, 4],
    data: new Float64Array([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]),
  },
  weight: { shape: [1, 1, 2, 2], data: new Float64Array([-1, 0, 1, 2]) },
  bias: null,
  stride: [1, 1],
  padding: [1, 1, 1, 1],
  dilation: [1, 1],
  groups: 1,
};

describe('the real engine worker', () => {
  const engine = createEngineService();
  afterAll(() => engine.close());

  it('runs conv:run on problem 4 and answers the 5x5 map whose first row is [20, 50, 80, 110, 40]', async () => {
    const reply = (await engine.run('conv:run', 'problem-4', problemFour, () => undefined)) as {
      shape: number[];
      data: Float64Array;
    };
    expect(reply.shape).toEqual([1, 1, 5, 5]);
    expect(reply.data).toBeInstanceOf(Float64Array);
    expect(Array.from(reply.data.subarray(0, 5))).toEqual([20, 50, 80, 110, 40]);
  });

  it('answers a bad payload with INVALID_INPUT naming the field', async () => {
    const bad = { ...problemFour, stride: [0, 1] };
    await expect(engine.run('conv:run', 'bad', bad, () => undefined)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('stride[0]'),
    });
  });
});

describe('EngineService', () => {
  const pool = new WorkerPool({ createWorker: createTestWorker, size: 1, queueLimit: 4, timeoutMs: 10_000 });
  // The fixture worker understands its own job names; the service passes them through untouched.
  const engine = createEngineService(pool);
  const run = (job: string, requestId: string, payload: unknown) =>
    engine.run(job as 'conv:run', requestId, payload, () => undefined);
  afterAll(() => engine.close());

  it('cancels a job by the caller’s request id, and forgets the id once the job ended', async () => {
    const hanging = run('hang', 'slider-1', null);
    expect(engine.cancel('slider-1')).toBe(true);
    await expect(hanging).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(engine.cancel('slider-1')).toBe(false);
    await expect(run('echo', 'slider-1', 'reused')).resolves.toBe('reused');
  });

  it('refuses a second job under an id that is still running', async () => {
    const first = run('sleep', 'twice', 200);
    await expect(run('echo', 'twice', 'again')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^requestId:/),
    });
    await expect(first).resolves.toBe(200);
  });

  it('answers false for an id it never saw', () => {
    expect(engine.cancel('unknown')).toBe(false);
  });
});
