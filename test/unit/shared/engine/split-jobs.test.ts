import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJob, type JobName } from '../../../../src/shared/engine/jobs.ts';
import type { ConvRunReply, ConvRunRequest } from '../../../../src/shared/engine/jobs/conv-run.ts';
import type { ImageFilterReply } from '../../../../src/shared/engine/jobs/image-filter.ts';
import {
  evenPartition,
  evenRanges,
  guidedPartition,
  type JobPlan,
} from '../../../../src/shared/engine/split/job-plan.ts';
import {
  chooseConvSplitAxis,
  convMultiplyAdds,
  convSplitAxes,
  convWork,
  splitConvRun,
} from '../../../../src/shared/engine/split/split-conv-run.ts';
import { planJob, splitWorkThreshold } from '../../../../src/shared/engine/split/split-jobs.ts';
import { isShared } from '../../../../src/shared/engine/memory/payload-buffers.ts';
import { SharedArena, type FloatArray } from '../../../../src/shared/engine/memory/shared-arena.ts';

const noProgress = { reportProgress() {} };

/** A job run in this thread, as a worker runs it: parse the payload, then run. */
function runWhole(job: JobName, payload: unknown): unknown {
  const definition = findJob(job);
  return definition.run(definition.parse(payload), noProgress);
}

/** Every part run in this thread, then merged: what a host does with its workers. */
function runPlanHere(job: JobName, plan: JobPlan): unknown {
  return plan.merge(plan.parts.map((part) => runWhole(job, part.payload)));
}

/** Split whatever can be split: the host owns nothing, so parts copy what postMessage would copy anyway. */
const splitEverything = { owns: () => false, threshold: 0 };

/** Deterministic numbers from a seed: integers in -4..4 (exact in Float64) or floats in [-1, 1). */
function numbers(count: number, seed: number, integers: boolean): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return integers ? (state % 9) - 4 : state / 2 ** 31 - 1;
  });
}

const convCase = fc
  .record({
    batch: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 1, max: 3 }),
    groupIn: fc.integer({ min: 1, max: 3 }),
    groupOut: fc.integer({ min: 1, max: 3 }),
    kernel: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    padding: fc.tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    ),
    size: fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 9 })),
    bias: fc.boolean(),
    flipKernel: fc.boolean(),
    float32: fc.boolean(),
    parts: fc.integer({ min: 2, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .filter(({ kernel, dilation, padding, size }) => {
    const rows = size[0] + padding[0] + padding[1] - dilation[0] * (kernel[0] - 1);
    const columns = size[1] + padding[2] + padding[3] - dilation[1] * (kernel[1] - 1);
    return rows >= 1 && columns >= 1;
  })
  .map((spec) => {
    const Numbers = spec.float32 ? Float32Array : Float64Array;
    const inChannels = spec.groups * spec.groupIn;
    const outChannels = spec.groups * spec.groupOut;
    const inputShape = [spec.batch, inChannels, ...spec.size];
    const weightShape = [outChannels, spec.groupIn, ...spec.kernel];
    const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
    const integers = !spec.float32;
    const payload: ConvRunRequest = {
      input: { shape: inputShape, data: Numbers.from(numbers(count(inputShape), spec.seed, integers)) },
      weight: {
        shape: weightShape,
        data: Numbers.from(numbers(count(weightShape), spec.seed + 1, integers)),
      },
      bias: spec.bias ? Numbers.from(numbers(outChannels, spec.seed + 2, integers)) : null,
      stride: spec.stride,
      padding: spec.padding,
      dilation: spec.dilation,
      groups: spec.groups,
      flipKernel: spec.flipKernel,
    };
    return { payload, parts: spec.parts };
  });

describe('evenRanges', () => {
  it('covers 0..total in count ranges differing by at most one, none empty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 8 }), (total, count) => {
        const ranges = evenRanges(total, count);
        expect(ranges).toHaveLength(Math.min(total, count));
        expect(ranges[0]![0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(total);
        ranges.forEach(([start, end], index) => {
          expect(end).toBeGreaterThan(start);
          if (index > 0) expect(start).toBe(ranges[index - 1]![1]);
        });
        const sizes = ranges.map(([start, end]) => end - start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('guidedPartition', () => {
  it('covers 0..total in two rounds, the first about 70 % of it, in claim order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 4 }), (total, workers) => {
        const ranges = guidedPartition(workers).ranges(total);
        expect(ranges.length).toBeLessThanOrEqual(2 * workers);
        if (total >= 4 * workers) expect(ranges).toHaveLength(2 * workers);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(total);
        ranges.forEach(([start, end], index) => {
          expect(end).toBeGreaterThan(start);
          if (index > 0) expect(start).toBe(ranges[index - 1]![1]);
        });
        if (ranges.length === 2 * workers) {
          expect(ranges[workers - 1]![1]).toBe(Math.round(total * 0.7));
        }
      }),
    );
  });
});

/** A zero-filled conv:run request at stride 1 with padding 1 on every side (Float32 unless told). */
function request(
  input: number[],
  weight: number[],
  groups: number,
  Numbers: Float32ArrayConstructor | Float64ArrayConstructor = Float32Array,
): ConvRunRequest {
  const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
  return {
    input: { shape: input, data: new Numbers(count(input)) },
    weight: { shape: weight, data: new Numbers(count(weight)) },
    bias: null,
    stride: [1, 1],
    padding: [1, 1, 1, 1],
    dilation: [1, 1],
    groups,
    flipKernel: false,
  };
}

describe('splitting conv:run', () => {
  it('merges into exactly the unsplit reply along every possible axis (stride, padding, dilation, groups)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(convCase, ({ payload, parts }) => {
        const whole = runWhole('conv:run', payload) as ConvRunReply;
        const request = findJob('conv:run').parse(payload) as ConvRunRequest;
        for (const partition of [evenPartition(parts), guidedPartition(parts)])
          for (const axis of convSplitAxes(request, partition)) {
            seen.add(axis);
            const plan = splitConvRun(request, partition, axis);
            expect(plan.parts.length).toBeGreaterThan(1);
            const merged = runPlanHere('conv:run', plan) as ConvRunReply;
            expect(merged.shape).toEqual(whole.shape);
            expect(merged.data.constructor).toBe(whole.data.constructor);
            expect(merged.data).toEqual(whole.data);
          }
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['channels', 'groups', 'rows']);
  });

  it('merges into exactly the unsplit reply in shared memory, parts writing straight into their targets', () => {
    const arena = new SharedArena();
    fc.assert(
      fc.property(convCase, ({ payload, parts }) => {
        const whole = runWhole('conv:run', payload) as ConvRunReply;
        const request = findJob('conv:run').parse(payload) as ConvRunRequest;
        for (const partition of [evenPartition(parts), guidedPartition(parts)])
          for (const axis of convSplitAxes(request, partition)) {
            const lease = arena.lease();
            const reply = (kind: FloatArray, length: number) =>
              new (kind.constructor as new (length: number) => FloatArray)(length);
            const plan = splitConvRun(request, partition, axis, { lease, reply });
            for (const part of plan.parts) {
              const { input, weight } = part.payload as ConvRunRequest;
              expect(isShared(input.data.buffer) && isShared(weight.data.buffer)).toBe(true);
              expect(part.transfer).toEqual([]);
            }
            const replies = plan.parts.map((part) => {
              const definition = findJob('conv:run');
              return definition.run(definition.parse(part.payload), {
                ...noProgress,
                outputFloat32: (length) => (part.output?.length === length ? part.output : undefined),
              });
            });
            const merged = plan.merge(replies) as ConvRunReply;
            expect(isShared(merged.data.buffer)).toBe(false);
            expect(merged.data).toEqual(whole.data);
            // Recycled memory holds the last request's numbers: every element must be written again.
            lease.release();
          }
      }),
      { numRuns: 150 },
    );
  });

  it('sends each part only its share: a row band gets its rows plus the halo, and the padding inside it', () => {
    const payload = request([1, 1, 10, 4], [1, 1, 3, 3], 1, Float64Array);
    const plan = splitConvRun(payload, evenPartition(2), 'rows');
    const parts = plan.parts.map((part) => part.payload as ConvRunRequest);
    expect(parts.map((part) => part.input.shape)).toEqual([
      [1, 1, 6, 4],
      [1, 1, 6, 4],
    ]);
    expect(parts.map((part) => part.padding)).toEqual([
      [1, 0, 1, 1],
      [0, 1, 1, 1],
    ]);
    expect(plan.parts[0]!.transfer).toEqual([parts[0]!.input.data.buffer]);
  });

  it('chooses groups for depthwise, rows for an image, channels for a deep layer with small maps', () => {
    expect(chooseConvSplitAxis(request([1, 32, 112, 112], [32, 1, 3, 3], 32), evenPartition(2))).toBe(
      'groups',
    );
    expect(chooseConvSplitAxis(request([1, 1, 1024, 1024], [1, 1, 5, 5], 1), evenPartition(2))).toBe('rows');
    expect(chooseConvSplitAxis(request([1, 64, 56, 56], [64, 64, 3, 3], 1), evenPartition(2))).toBe('rows');
    expect(chooseConvSplitAxis(request([1, 512, 7, 7], [512, 512, 3, 3], 1), evenPartition(2))).toBe(
      'channels',
    );
    expect(chooseConvSplitAxis(request([1, 1, 1, 1], [1, 1, 3, 3], 1), evenPartition(2))).toBeNull();
  });

  it('counts work as the kernels do it: Winograd tiles for Float32, every multiply-add for exact Float64', () => {
    const layer = (Numbers: Float32ArrayConstructor | Float64ArrayConstructor) =>
      request([1, 16, 15, 11], [16, 16, 3, 3], 1, Numbers);
    const multiplyAdds = 15 * 11 * 16 * 16 * 9;
    expect(convMultiplyAdds(layer(Float64Array))).toBe(multiplyAdds);
    expect(convWork(layer(Float64Array))).toBe(multiplyAdds);
    // 15 x 11 outputs take 8 x 8 tiles (6 tiles a row, rounded up to 8 for the lanes): 16 per tile and pair.
    expect(convWork(layer(Float32Array))).toBe(8 * 8 * 16 * 16 * 16);
    // The exact loops have no tiles, so a band may start at an odd row; Winograd's start at even rows.
    const bandRows = (request: ConvRunRequest) =>
      splitConvRun(request, evenPartition(2), 'rows').parts.map(
        (part) => (runWhole('conv:run', part.payload) as ConvRunReply).shape[2],
      );
    expect(bandRows(layer(Float64Array))).toEqual([7, 8]);
    expect(bandRows(layer(Float32Array))).toEqual([8, 7]);
  });

  it('splits a Winograd layer at even output rows, and by channels only while each part stays Winograd', () => {
    // 16 -> 36 channels, 3x3, stride 1: conv2dFast takes Winograd, whose 2x2 tiles round their two rows
    // differently, so a band starting at an odd row, or a part with too few channels for Winograd, would not
    // give the whole job's bits.
    const input = [1, 16, 41, 11];
    const weight = [36, 16, 3, 3];
    const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
    const payload: ConvRunRequest = {
      input: { shape: input, data: Float32Array.from(numbers(count(input), 3, false)) },
      weight: { shape: weight, data: Float32Array.from(numbers(count(weight), 4, false)) },
      bias: Float32Array.from(numbers(36, 5, false)),
      stride: [1, 1],
      padding: [1, 1, 1, 1],
      dilation: [1, 1],
      groups: 1,
      flipKernel: false,
    };
    const whole = runWhole('conv:run', payload) as ConvRunReply;
    for (const parts of [2, 3, 4]) {
      for (const partition of [evenPartition(parts), guidedPartition(parts)]) {
        const axes = convSplitAxes(payload, partition);
        // 36 channels make two parts of 18 (Winograd) but not three of 12 (GEMM).
        const smallest = Math.min(...partition.ranges(36).map(([start, end]) => end - start));
        expect(axes.includes('channels')).toBe(smallest >= 16);
        expect(axes).toContain('rows');
        for (const axis of axes) {
          const plan = splitConvRun(payload, partition, axis);
          if (axis === 'rows') {
            const partRows = plan.parts.map(
              (part) => (runWhole('conv:run', part.payload) as ConvRunReply).shape[2]!,
            );
            const starts = partRows
              .slice(0, -1)
              .map((_, at) => partRows.slice(0, at + 1).reduce((a, b) => a + b));
            expect(starts.every((row) => row % 2 === 0)).toBe(true);
          }
          expect((runPlanHere('conv:run', plan) as ConvRunReply).data).toEqual(whole.data);
        }
      }
    }
  });
});

const imageCase = fc
  .record({
    width: fc.integer({ min: 1, max: 9 }),
    height: fc.integer({ min: 1, max: 16 }),
    kernel: fc.oneof(
      fc.constantFrom(
        { name: 'sobel-magnitude' },
        { name: 'sharpen' },
        { name: 'emboss' },
        { name: 'gaussian', size: 5 },
        { name: 'box-blur', size: 4 },
      ),
      fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.boolean())
        .map(([height, width, normalise]) => ({
          name: 'custom',
          height,
          width,
          normalise,
          weights: numbers(height * width, height * 7 + width, true).map((value) => value || 1),
        })),
    ),
    border: fc.constantFrom('zero', 'replicate', 'reflect', 'valid'),
    colour: fc.constantFrom('per-channel', 'grayscale'),
    display: fc.constantFrom('clamp', 'absolute', 'rescale'),
    parts: fc.integer({ min: 2, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((spec) => ({
    payload: {
      ...spec,
      pixels: Uint8ClampedArray.from(numbers(spec.width * spec.height * 4, spec.seed, false), (value) =>
        Math.floor((value + 1) * 128),
      ),
    },
    parts: spec.parts,
  }));

describe('splitting image:filter', () => {
  const arena = new SharedArena();
  it('merges into exactly the unsplit reply for every border rule, colour mode and display mapping', () => {
    let split = 0;
    fc.assert(
      fc.property(imageCase, fc.boolean(), ({ payload, parts }, owned) => {
        let whole: ImageFilterReply;
        try {
          // The job writes into the payload's pixels: the whole run gets its own copy.
          whole = runWhole('image:filter', {
            ...payload,
            pixels: payload.pixels.slice(),
          }) as ImageFilterReply;
        } catch {
          return; // a kernel larger than the image with the "valid" border: refused whole, refused split
        }
        // A host that owns the pixels splits only into shared memory (main's pool): the bands are shared copies.
        const lease = owned ? arena.lease() : undefined;
        const plan = planJob('image:filter', payload, {
          ...splitEverything,
          workers: parts,
          owns: () => owned,
          ...(lease && { lease }),
        });
        if (lease && plan.parts.length > 1) {
          for (const part of plan.parts) {
            expect(isShared((part.payload as { pixels: Uint8ClampedArray }).pixels.buffer)).toBe(true);
          }
        }
        if (plan.parts.length > 1) split++;
        if (payload.display === 'rescale') expect(plan.parts).toHaveLength(1);
        const merged = runPlanHere('image:filter', plan) as ImageFilterReply;
        expect(merged.width).toBe(whole.width);
        expect(merged.height).toBe(whole.height);
        expect(merged.normalisation).toBe(whole.normalisation);
        expect(merged.pixels).toEqual(whole.pixels);
        if (plan.parts.length > 1) expect(merged.pixels.buffer === payload.pixels.buffer).toBe(owned);
        lease?.release();
      }),
      { numRuns: 300 },
    );
    expect(split).toBeGreaterThan(100);
  });
});

describe('planJob', () => {
  const small = {
    input: { shape: [1, 1, 4, 4], data: new Float64Array(16) },
    weight: { shape: [1, 1, 2, 2], data: new Float64Array(4) },
    stride: [1, 1],
    padding: [0, 0, 0, 0],
    dilation: [1, 1],
    groups: 1,
  };

  it('runs a job under the threshold whole, with the payload as the caller sent it', () => {
    const plan = planJob('conv:run', small, { workers: 2, owns: () => false });
    expect(plan.parts).toEqual([{ payload: small, transfer: [] }]);
    expect(plan.merge(['reply'])).toBe('reply');
  });

  it('leaves the numbers of a whole job to its worker, and checks those of a split job itself', () => {
    const withNaN = {
      ...small,
      input: { ...small.input, data: Float64Array.from([Number.NaN, ...new Array(15).fill(0)]) },
    };
    expect(planJob('conv:run', withNaN, { workers: 2, owns: () => false }).parts).toHaveLength(1);
    expect(() => planJob('conv:run', withNaN, { ...splitEverything, workers: 2 })).toThrow(
      'input.data[0]: is not a finite number',
    );
  });

  it('moves the buffers of a whole job that the host owns, and only those', () => {
    const input = small.input.data.buffer;
    expect(planJob('conv:run', small, { workers: 2, owns: () => true }).parts[0]!.transfer).toEqual([
      input,
      small.weight.data.buffer,
    ]);
    const onlyInput = planJob('conv:run', small, { workers: 2, owns: (buffer) => buffer === input });
    expect(onlyInput.parts[0]!.transfer).toEqual([input]);
  });

  /** A single 1024 x 2048 plane through a 5x5 kernel: 52 M multiply-adds, over the split threshold. */
  const [height, width] = [1024, 2048];
  const large = {
    ...small,
    input: { shape: [1, 1, height, width], data: new Float32Array(height * width) },
    weight: { shape: [1, 1, 5, 5], data: new Float32Array(25) },
  };

  it('splits a job over the threshold across the workers, and never with one worker', () => {
    expect(height * width * 25).toBeGreaterThan(splitWorkThreshold);
    expect(planJob('conv:run', large, { workers: 2, owns: () => false }).parts).toHaveLength(2);
    expect(planJob('conv:run', large, { workers: 1, owns: () => false }).parts).toHaveLength(1);
  });

  it('runs whole a large job whose buffers the host owns, unless its parts can share memory', () => {
    // Cutting parts would copy the input in the host's thread, a browser's UI thread; whole, nothing is copied.
    const whole = planJob('conv:run', large, { workers: 2, owns: () => true });
    expect(whole.parts).toHaveLength(1);
    expect(whole.parts[0]!.transfer).toEqual([large.input.data.buffer, large.weight.data.buffer]);
    const lease = new SharedArena().lease();
    const shared = planJob('conv:run', large, { workers: 2, owns: () => true, lease });
    // In shared memory the workers claim parts in two rounds: 1020 output rows as 357 + 357 (70 %, 714 rows),
    // then 153 + 153, each part reading 4 input rows more (the 5x5 kernel's halo).
    expect(shared.claimable).toBe(true);
    const rows = shared.parts.map((part) => (part.payload as ConvRunRequest).input.shape[2]);
    expect(rows).toEqual([361, 361, 157, 157]);
  });

  it('refuses a bad payload with the job’s own error before any plan is made', () => {
    expect(() => planJob('conv:run', { ...small, groups: 0 }, { workers: 2, owns: () => true })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('groups') }),
    );
  });
});
