import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { filterImageReference } from '../../../../src/shared/conv/image/filter-image-reference.ts';
import { imageKernel } from '../../../../src/shared/conv/image/image-kernels.ts';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import { findJob } from '../../../../src/shared/engine/jobs.ts';
import { imagePixelLimit } from '../../../../src/shared/conv/image/image-filter-options.ts';
import { handleWorkerMessage } from '../../../../src/shared/engine/run-in-worker.ts';
import type { FromWorker } from '../../../../src/shared/engine/worker-protocol.ts';

function image(width: number, height: number): Uint8ClampedArray {
  return Uint8ClampedArray.from({ length: width * height * 4 }, (_, index) => (index * 53) % 256);
}

function parseError(job: string, payload: unknown): EngineError {
  try {
    findJob(job).parse(payload);
  } catch (thrown) {
    if (thrown instanceof EngineError) return thrown;
    throw thrown;
  }
  throw new Error('the payload was accepted');
}

const filterPayload = {
  width: 8,
  height: 6,
  pixels: image(8, 6),
  kernel: { name: 'sobel-magnitude' },
  border: 'replicate',
};

describe('image:filter', () => {
  it(`refuses over ${imagePixelLimit} pixels from width and height alone, before reading the pixels`, () => {
    const error = parseError('image:filter', { width: 8000, height: 6000, pixels: undefined });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('image: 8000x6000 = 48000000 pixels is over the limit of 40000000');
  });

  it.each([
    ['a negative width', { width: -1 }, 'width: must be between 1 and 40000000, got -1'],
    ['a NaN height', { height: Number.NaN }, 'height: expected an integer, got NaN'],
    ['a fractional width', { width: 2.5 }, 'width: expected an integer, got 2.5'],
    ['a string height', { height: '6' }, 'height: expected an integer, got string'],
    [
      'pixels as a plain array',
      { pixels: [1, 2, 3] },
      'pixels: expected a Uint8ClampedArray of RGBA bytes, got an array',
    ],
    ['too few pixels', { pixels: image(8, 5) }, 'pixels: expected 192 bytes (width x height x 4), got 160'],
    ['an unknown kernel', { kernel: { name: 'blur' } }, 'kernel.name: expected one of identity, box-blur'],
    [
      'a Gaussian without its size',
      { kernel: { name: 'gaussian' } },
      'kernel.size: expected an integer, got undefined',
    ],
    ['a box blur sized by a string', { kernel: { name: 'box-blur', size: '3' } }, 'kernel.size: expected'],
    [
      'an unknown border',
      { border: 'wrap' },
      'border: expected one of zero, replicate, reflect, valid, got string',
    ],
    [
      'custom weights of the wrong count',
      { kernel: { name: 'custom', height: 2, width: 2, weights: [1, 2, 3] } },
      'kernel.weights: expected 4 numbers, got 3',
    ],
    [
      'a kernel larger than the image, "valid"',
      { kernel: { name: 'gaussian', size: 7 }, border: 'valid' },
      'kernel: the 7x7 kernel is larger than the 8x6 image ("valid" border)',
    ],
  ])('refuses %s as INVALID_INPUT naming the field', (_label, change, message) => {
    const error = parseError('image:filter', { ...filterPayload, ...change });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(message);
  });

  it('refuses a custom kernel over 31x31 as INPUT_TOO_LARGE', () => {
    const weights = new Array(32 * 32).fill(1);
    expect(
      parseError('image:filter', {
        ...filterPayload,
        kernel: { name: 'custom', height: 32, width: 32, weights },
      }).code,
    ).toBe('INPUT_TOO_LARGE');
  });

  it('runs in the worker body: progress, then the result in the transferred request buffer', () => {
    const pixels = image(8, 6);
    const expected = filterImageReference({
      width: 8,
      height: 6,
      pixels: pixels.slice(),
      kernel: imageKernel({ name: 'sobel-magnitude' }),
      border: 'replicate',
      colour: 'per-channel',
      display: 'clamp',
    });
    const messages: { message: FromWorker; transfer?: ArrayBuffer[] }[] = [];
    handleWorkerMessage(
      { type: 'run', taskId: 3, job: 'image:filter', payload: { ...filterPayload, pixels } },
      (message, transfer) => messages.push({ message, transfer }),
    );
    const last = messages.at(-1)!;
    expect(messages.slice(0, -1).every(({ message }) => message.type === 'progress')).toBe(true);
    expect(last.message.type).toBe('result');
    const reply = (last.message as { reply: { pixels: Uint8ClampedArray; normalisation: string } }).reply;
    expect(last.transfer).toEqual([pixels.buffer]);
    expect(reply.normalisation).toBe('none: sqrt(Gx^2 + Gy^2) of Sobel x and y');
    reply.pixels.forEach((value, index) =>
      expect(Math.abs(value - expected.pixels[index]!)).toBeLessThanOrEqual(1),
    );
  });

  it('loads the WebAssembly kernels inside a worker_threads worker', async () => {
    const require = createRequire(import.meta.url);
    // require.resolve picks the package's CommonJS build; the ESM bootstrap needs its .mjs twin.
    const tsx = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const body = pathToFileURL(
      new URL('../../../../src/shared/engine/run-in-worker.ts', import.meta.url).pathname,
    ).href;
    const kernels = pathToFileURL(
      new URL('../../../../src/shared/conv/wasm/kernels.ts', import.meta.url).pathname,
    ).href;
    const bootstrap = [
      `import { register } from ${JSON.stringify(tsx)}; register();`,
      `const { parentPort } = await import('node:worker_threads');`,
      `const { handleWorkerMessage } = await import(${JSON.stringify(body)});`,
      `const { wasmKernels } = await import(${JSON.stringify(kernels)});`,
      `parentPort.on('message', (message) => handleWorkerMessage(message, (reply, transfer) => parentPort.postMessage({ ...reply, wasm: wasmKernels() !== null }, transfer)));`,
    ].join('\n');
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
    try {
      const pixels = image(64, 48);
      const expected = filterImageReference({
        width: 64,
        height: 48,
        pixels: pixels.slice(),
        kernel: imageKernel({ name: 'gaussian', size: 5 }),
        border: 'reflect',
        colour: 'per-channel',
        display: 'clamp',
      });
      const result = await new Promise<{ type: string; wasm: boolean; reply: { pixels: Uint8ClampedArray } }>(
        (resolve, reject) => {
          worker.on('message', (message: { type: string }) => {
            if (message.type !== 'progress') resolve(message as never);
          });
          worker.on('error', reject);
          worker.postMessage(
            {
              type: 'run',
              taskId: 1,
              job: 'image:filter',
              payload: {
                width: 64,
                height: 48,
                pixels,
                kernel: { name: 'gaussian', size: 5 },
                border: 'reflect',
              },
            },
            [pixels.buffer as ArrayBuffer],
          );
        },
      );
      expect(result.type).toBe('result');
      expect(result.wasm).toBe(true);
      result.reply.pixels.forEach((value, index) =>
        expect(Math.abs(value - expected.pixels[index]!)).toBeLessThanOrEqual(1),
      );
    } finally {
      await worker.terminate();
    }
  });
});

describe('conv:trace and conv:run', () => {
  const homework = [
    [
      [
        [10, 20, 30, 40],
        [50, 60, 70, 80],
        [90, 100, 110, 120],
        [130, 140, 150, 160],
      ],
    ],
  ];

  it("conv:trace traces the homework's problem 4(b)", () => {
    const posted: FromWorker[] = [];
    handleWorkerMessage(
      {
        type: 'run',
        taskId: 1,
        job: 'conv:trace',
        payload: {
          op: 'conv2d',
          input: homework,
          weight: [
            [
              [
                [-1, 0],
                [1, 2],
              ],
            ],
          ],
          stride: 2,
        },
      },
      (message) => posted.push(message),
    );
    const reply = (posted[0] as { reply: { trace: { steps: { sum: number }[] } } }).reply;
    expect(reply.trace.steps.map((step) => step.sum)).toEqual([160, 200, 320, 360]);
  });

  it('conv:trace refuses transposed convolutions', () => {
    expect(
      parseError('conv:trace', { op: 'conv_transpose2d', input: homework, weight: [[[[1]]]] }).message,
    ).toBe('conv:trace.op: traces cover conv2d and pooling');
  });

  it('conv:run runs Float32 tensors on the fast kernels and Float64 on the exact engine', () => {
    const job = findJob('conv:run');
    const payload = (data: Float32Array | Float64Array) => ({
      input: { shape: [1, 1, 4, 4], data },
      weight: {
        shape: [1, 1, 2, 2],
        data:
          data instanceof Float32Array ? Float32Array.from([-1, 0, 1, 2]) : Float64Array.from([-1, 0, 1, 2]),
      },
      stride: [2, 2],
      padding: [0, 0, 0, 0],
      dilation: [1, 1],
      groups: 1,
    });
    const values = homework.flat(3);
    const fast = job.run(job.parse(payload(Float32Array.from(values))), { reportProgress() {} }) as {
      data: Float32Array;
    };
    const exact = job.run(job.parse(payload(Float64Array.from(values))), { reportProgress() {} }) as {
      data: Float64Array;
    };
    expect(fast.data).toBeInstanceOf(Float32Array);
    expect(exact.data).toBeInstanceOf(Float64Array);
    expect(Array.from(fast.data)).toEqual([160, 200, 320, 360]);
    expect(Array.from(exact.data)).toEqual([160, 200, 320, 360]);
  });
});
