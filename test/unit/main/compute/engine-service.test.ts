import { afterAll, describe, expect, it } from 'vitest';
import { createEnginePool } from '../../../../src/main/compute/engine-pool.ts';
import { createEngineService } from '../../../../src/main/compute/engine-service.ts';
import { nodeTimers, spawnNodeWorker } from '../../../../src/main/compute/node-worker-adapter.ts';
import { WorkerPool } from '../../../../src/shared/engine/pool/worker-pool.ts';
import { convRunJob } from '../../../../src/shared/engine/jobs/conv-run.ts';
import { imageFilterJob } from '../../../../src/shared/engine/jobs/image-filter.ts';
import { guidedPartition } from '../../../../src/shared/engine/split/job-plan.ts';
import { chooseConvSplitAxis } from '../../../../src/shared/engine/split/split-conv-run.ts';
import { planJob } from '../../../../src/shared/engine/split/split-jobs.ts';
import { SharedArena } from '../../../../src/shared/engine/memory/shared-arena.ts';
import createSabotageWorker from '../fixtures/sabotage-worker.ts?nodeWorker';
import { crashMarker, hangMarker } from '../fixtures/sabotage-markers.ts';

/**
 * The homework's problem 4: a 4x4 input, a 2x2 kernel, padding 1, stride 1. A new payload each time: the
 * service moves a payload's buffers to its worker, as main does with what arrived over IPC.
 */
const problemFour = () => ({
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
});

/**
 * The jobs below split at this many multiply-adds, not at the app's splitWorkThreshold (split-jobs.test.ts checks
 * that one), so that they stay small and quick.
 */
const splitThreshold = 16_000_000;

/** A single-plane 5x5 convolution large enough to be split into row bands (1024 x 640 x 25 MACs). */
const height = 1024;
const width = 640;
function largeConv(marks: Array<[row: number, value: number]> = []) {
  const data = new Float32Array(height * width).map((_, index) => ((index * 37) % 101) / 50 - 1);
  for (const [row, value] of marks) data[row * width] = value;
  return {
    input: { shape: [1, 1, height, width], data },
    weight: { shape: [1, 1, 5, 5], data: Float32Array.from({ length: 25 }, (_, index) => index / 25 - 0.5) },
    bias: new Float32Array([0.25]),
    stride: [1, 1],
    padding: [2, 2, 2, 2],
    dilation: [1, 1],
    groups: 1,
  };
}
/** A padded 3x3 Float32 convolution with a bias, large enough to be split. */
function convPayload(inputShape: number[], weightShape: number[], groups: number) {
  const count = (shape: number[]) => shape.reduce((product, size) => product * size, 1);
  return () => ({
    input: {
      shape: inputShape,
      data: new Float32Array(count(inputShape)).map((_, index) => ((index * 37) % 101) / 50 - 1),
    },
    weight: {
      shape: weightShape,
      data: new Float32Array(count(weightShape)).map((_, index) => ((index * 13) % 29) / 29 - 0.5),
    },
    bias: Float32Array.from({ length: weightShape[0]! }, (_, index) => index / 10),
    stride: [1, 1],
    padding: [1, 1, 1, 1],
    dilation: [1, 1],
    groups,
  });
}

/**
 * The second part's input starts 2 rows (the 5x5 kernel's halo) above its first output row. The workers claim
 * parts (guidedPartition): a worker that claims part 0 or 1 first hangs or crashes on it.
 */
const secondBandRow = guidedPartition(2).ranges(height)[1]![0] - 2;

function runHere(payload: unknown) {
  return convRunJob.run(convRunJob.parse(payload), { reportProgress() {} });
}

/** The same numbers bit for bit (toEqual walks millions of elements one by one, far too slowly). */
function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function expectSameTensor(actual: unknown, expected: { shape: number[]; data: Float32Array | Float64Array }) {
  const tensor = actual as typeof expected;
  expect(tensor.shape).toEqual(expected.shape);
  expect(tensor.data.constructor).toBe(expected.data.constructor);
  expect(bytesOf(tensor.data).equals(bytesOf(expected.data))).toBe(true);
}

describe('the real engine workers', () => {
  const engine = createEngineService(createEnginePool(), splitThreshold);
  afterAll(() => engine.close());

  it('runs conv:run on problem 4 and answers the 5x5 map whose first row is [20, 50, 80, 110, 40]', async () => {
    const reply = (await engine.run('conv:run', 'problem-4', problemFour(), () => undefined)) as {
      shape: number[];
      data: Float64Array;
    };
    expect(reply.shape).toEqual([1, 1, 5, 5]);
    expect(reply.data).toBeInstanceOf(Float64Array);
    expect(Array.from(reply.data.subarray(0, 5))).toEqual([20, 50, 80, 110, 40]);
  });

  it('answers a bad payload with INVALID_INPUT naming the field', async () => {
    const bad = { ...problemFour(), stride: [0, 1] };
    await expect(engine.run('conv:run', 'bad', bad, () => undefined)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('stride[0]'),
    });
  });

  it.each([
    // Whole: main checks only structure and sizes; the worker's parse finds the number.
    ['a whole job', problemFour, 13],
    // Split: main checks the numbers itself, so the position is the request's, not a part's.
    ['a split job', largeConv, height * width - 3],
  ])('refuses a NaN in %s, naming its position in the request', async (_, make, position) => {
    const payload = make();
    payload.input.data[position] = Number.NaN;
    await expect(engine.run('conv:run', `nan-${position}`, payload, () => undefined)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `input.data[${position}]: is not a finite number`,
    });
  });

  it('runs a large convolution in parts on both workers and answers exactly the whole job’s reply', async () => {
    expect(height * width * 25).toBeGreaterThan(splitThreshold);
    const payload = largeConv();
    const expected = runHere(payload);
    const reply = await engine.run('conv:run', 'large', payload, () => undefined);
    expectSameTensor(reply, expected);
  });

  it.each([
    // Output rows of 32 channels by Winograd (bands start at even rows): each part writes its own shared block,
    // which the merge copies into place.
    ['rows', convPayload([1, 16, 96, 96], [32, 16, 3, 3], 1)],
    // Groups of a depthwise layer: each part writes its channels straight into the shared output.
    ['groups', convPayload([1, 128, 128, 128], [128, 1, 3, 3], 128)],
    // Output channels of a deep layer whose weights outweigh its input: both parts read one shared input.
    ['channels', convPayload([1, 256, 7, 7], [512, 256, 3, 3], 1)],
    // Two images: no part's output is one contiguous stretch.
    ['rows, batch of 2', convPayload([2, 8, 64, 64], [32, 8, 3, 3], 1)],
  ])(
    'splits by %s in shared memory, twice, and answers the whole job’s bits both times',
    async (axis, make) => {
      // The service's own plan for it (planJob with its lease and threshold): parts along the axis named.
      const payload = make();
      const lease = new SharedArena().lease();
      const plan = planJob('conv:run', payload, {
        workers: 2,
        owns: () => true,
        lease,
        threshold: splitThreshold,
      });
      expect(plan.parts.length).toBeGreaterThan(1);
      const request = convRunJob.parse(payload);
      expect(axis.startsWith(chooseConvSplitAxis(request, guidedPartition(2))!)).toBe(true);
      const expected = runHere(make());
      for (const attempt of ['first', 'second']) {
        const reply = await engine.run('conv:run', `shared-${attempt}`, make(), () => undefined);
        expectSameTensor(reply, expected);
        expect((reply as typeof expected).data.buffer).toBeInstanceOf(ArrayBuffer);
      }
    },
  );

  it('filters an image in row bands with the kernel named as sent, combining the bands’ progress', async () => {
    // 500 x 440 pixels x 3 channels x 25 = 16.5 M multiply-adds: just over the split threshold here.
    const pixels = new Uint8ClampedArray(500 * 440 * 4).map((_, index) => (index * 97) % 256);
    const payload = {
      width: 500,
      height: 440,
      pixels,
      kernel: { name: 'gaussian', size: 5 },
      border: 'reflect',
      colour: 'per-channel',
      display: 'clamp',
    };
    const expected = imageFilterJob.run(imageFilterJob.parse({ ...payload, pixels: pixels.slice() }), {
      reportProgress() {},
    });
    const progress: number[] = [];
    const reply = (await engine.run('image:filter', 'image', payload, (fraction) =>
      progress.push(fraction),
    )) as typeof expected;
    expect({ ...reply, pixels: null }).toEqual({ ...expected, pixels: null });
    expect(bytesOf(reply.pixels).equals(bytesOf(expected.pixels))).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe('EngineService over a pool whose workers can be made to crash or hang', () => {
  const pool = new WorkerPool({
    spawn: spawnNodeWorker(createSabotageWorker),
    size: 2,
    queueLimit: 4,
    timeoutMs: 10_000,
    // A worker here registers tsx before it loads the engine: seconds on a busy machine.
    startTimeoutMs: 30_000,
    cancelGraceMs: 200,
    timers: nodeTimers,
  });
  const engine = createEngineService(pool, splitThreshold);
  const run = (requestId: string, payload: unknown) =>
    engine.run('conv:run', requestId, payload, () => undefined);
  afterAll(() => engine.close());

  it('cancels every part of a split job by the caller’s request id, then forgets the id', async () => {
    const hanging = run(
      'slider-1',
      largeConv([
        [0, hangMarker],
        [secondBandRow, hangMarker],
      ]),
    );
    await until(() => pool.size.running === 2);
    expect(engine.cancel('slider-1')).toBe(true);
    await expect(hanging).rejects.toMatchObject({ code: 'CANCELLED' });
    // A worker stuck in a sabotaged part ignores the cancel flag and is replaced once the grace period is
    // over; one that was between parts stops by itself and is kept.
    expect(pool.size.running).toBe(0);
    await until(() => pool.size.stopping === 0);
    expect(engine.cancel('slider-1')).toBe(false);
    await expect(run('slider-1', problemFour())).resolves.toMatchObject({ shape: [1, 1, 5, 5] });
    // Up to three worker starts (two, then one after the grace period): each registers tsx, seconds when busy.
  }, 60_000);

  it('fails the whole job with the error of its one crashing part, and cancels the other part', async () => {
    const crashing = run(
      'crash',
      largeConv([
        [0, hangMarker],
        [secondBandRow, crashMarker],
      ]),
    );
    await expect(crashing).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    await until(() => pool.size.running === 0);
    const payload = largeConv();
    const expected = runHere(payload);
    expectSameTensor(await run('after', payload), expected);
  });

  it('refuses a second job under an id that is still running', async () => {
    const first = run('twice', largeConv([[0, hangMarker]]));
    await expect(run('twice', problemFour())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^requestId:/),
    });
    engine.cancel('twice');
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('answers false for an id it never saw', () => {
    expect(engine.cancel('unknown')).toBe(false);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
