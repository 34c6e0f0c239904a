import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../../src/shared/conv/conv2d.ts';
import { filterImage } from '../../../../src/shared/conv/image/filter-image.ts';
import { imageKernel } from '../../../../src/shared/conv/image/image-kernels.ts';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import { handleWorkerMessage } from '../../../../src/shared/engine/run-in-worker.ts';
import type { FromWorker, ToWorker } from '../../../../src/shared/engine/worker-protocol.ts';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { findPreset } from '../../../../src/shared/nn/presets/index.ts';

/** A check that lets `allowed` calls pass and then throws as a cancelled job's does; counts every call. */
function cancelAfter(allowed: number) {
  const check = { calls: 0, throwIfCancelled: () => {} };
  check.throwIfCancelled = () => {
    check.calls++;
    if (check.calls > allowed) throw new EngineError('CANCELLED', 'cancelled in the test');
  };
  return check;
}

/** 1200 x 2000 RGBA pixels: 2.4 megapixels, three bands of at most a megapixel. */
function largeImage() {
  return {
    width: 1200,
    height: 2000,
    pixels: new Uint8ClampedArray(1200 * 2000 * 4).map((_, index) => index % 251),
    kernel: imageKernel({ name: 'box-blur', size: 3 }),
    border: 'zero' as const,
    colour: 'per-channel' as const,
    display: 'clamp' as const,
  };
}

describe('the engine loops that check for a cancel', () => {
  it('analysis: before each layer, so a cancelled ResNet-50 stops after the layers it has done', () => {
    const network = findPreset('resnet50')!.build();
    const all = cancelAfter(Infinity);
    analyzeNetwork(network, { explain: false, throwIfCancelled: all.throwIfCancelled });
    expect(all.calls).toBe(network.layers.length);
    const early = cancelAfter(10);
    expect(() =>
      analyzeNetwork(network, { explain: false, throwIfCancelled: early.throwIfCancelled }),
    ).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(early.calls).toBe(11);
  });

  it('image filter: before each band of rows', () => {
    const all = cancelAfter(Infinity);
    filterImage(largeImage(), { reportProgress() {}, throwIfCancelled: all.throwIfCancelled });
    expect(all.calls).toBe(3);
    const early = cancelAfter(1);
    const progress: number[] = [];
    expect(() =>
      filterImage(largeImage(), {
        reportProgress: (fraction) => progress.push(fraction),
        throwIfCancelled: early.throwIfCancelled,
      }),
    ).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(progress).toHaveLength(1);
  });

  it('exact convolution: before each output row', () => {
    const input = { shape: [1, 2, 6, 5], data: new Float64Array(60).map((_, index) => index) };
    const weight = { shape: [3, 2, 3, 3], data: new Float64Array(54).fill(1) };
    const options = {
      stride: [1, 1] as [number, number],
      padding: [0, 0, 0, 0] as [number, number, number, number],
      dilation: [1, 1] as [number, number],
      groups: 1,
    };
    const all = cancelAfter(Infinity);
    conv2d(input, weight, null, options, all.throwIfCancelled);
    // 3 output channels x 4 output rows.
    expect(all.calls).toBe(12);
  });
});

describe('the worker body and the cancel flag', () => {
  function run(message: ToWorker): FromWorker[] {
    const replies: FromWorker[] = [];
    handleWorkerMessage(message, (reply) => replies.push(reply));
    return replies;
  }
  const analysis = {
    source: { type: 'preset', name: 'resnet50' },
    input: null,
    dtype: 'fp32',
    explain: false,
  };

  it('answers CANCELLED when the shared flag is set, and runs the job when it is not', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const job = { type: 'run', taskId: 3, job: 'nn:analyze', payload: analysis, cancelFlag: flag } as const;
    expect(run(job).at(-1)).toMatchObject({ type: 'result', taskId: 3 });
    Atomics.store(flag, 0, 1);
    expect(run(job)).toEqual([
      { type: 'error', taskId: 3, code: 'CANCELLED', message: 'The job stopped: it was cancelled.' },
    ]);
  });

  it('answers nothing to a cancel message: the task it names has already answered', () => {
    expect(run({ type: 'cancel', taskId: 3 })).toEqual([]);
  });
});
