import * as ort from 'onnxruntime-node';
import { conv2d } from '../src/shared/conv/conv2d.ts';
import type { Shape4 } from '../src/shared/conv/conv-shapes.ts';
import { wasmKernels } from '../src/shared/conv/wasm/kernels.ts';
import { convMethod } from '../src/shared/conv/conv2d-fast.ts';
import { filterImageReference } from '../src/shared/conv/image/filter-image-reference.ts';
import type { EngineService } from '../src/main/compute/engine-service.ts';
import type { JobName } from '../src/shared/engine/job-names.ts';
import { convRunJob, type ConvRunReply } from '../src/shared/engine/jobs/conv-run.ts';
import { imageFilterJob, type ImageFilterReply } from '../src/shared/engine/jobs/image-filter.ts';
import { chooseConvSplitAxis } from '../src/shared/engine/split/split-conv-run.ts';
import { guidedPartition } from '../src/shared/engine/split/job-plan.ts';
import { benchWorkers, createBenchEngine, plannedParts } from './engine-pool.ts';
import { encodeConvModel } from './onnx-conv-model.ts';
import type { BenchSuite } from './suite.ts';
import { run, time, timeInTurns, type Contender, type Timing } from './turns.ts';
import { convCaseRequest, convCases, runOnEngine, type ConvCase } from './conv-cases.ts';

/**
 * onnxruntime on one thread. Spinning off: by default its threads keep spinning for a while after a run, and on
 * this 2-core machine that took a core from whichever contender ran next (the pooled engine's second worker:
 * (b) measured 3.8-6.4 ms right after an onnxruntime run, 3.4-3.5 ms with spinning off, 3.3-3.9 ms alone).
 * One thread has nothing to spin for, so its own times do not change.
 */
async function onnxSession(spec: Parameters<typeof encodeConvModel>[0], outputShape: number[]) {
  return ort.InferenceSession.create(encodeConvModel(spec, outputShape), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  });
}

function gflops(multiplyAdds: number, milliseconds: number): number {
  return (2 * multiplyAdds) / milliseconds / 1e6;
}

/** Largest |a - b| relative to the largest |b|: the engine against onnxruntime on the same data. */
function relativeDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let difference = 0;
  let scale = 0;
  for (let index = 0; index < expected.length; index++) {
    difference = Math.max(difference, Math.abs(actual[index]! - expected[index]!));
    scale = Math.max(scale, Math.abs(expected[index]!));
  }
  return difference / scale;
}

interface Row {
  case: string;
  gmacs: number;
  /**
   * How the engine runs it: conv2dFast's method (direct, winograd, gemm; "filter" for an image), then whole on
   * one worker or in parts ("4 x rows").
   */
  split: string;
  /** The engine as the app runs it: the main-process pool, 2 worker threads, the service's splitting. */
  engine: Timing & { gflops: number };
  /** The same job in this thread, no worker, no messages: the single-core kernels. */
  engineOneThread: Timing & { gflops: number };
  onnxruntime: Timing & { gflops: number };
  naive: Timing & { gflops: number };
  ratioWall: number;
  ratioCpu: number;
  ratioOneThread: number;
  /** Whether the pool's reply equals the in-thread job's, bit for bit. */
  sameAsOneThread: boolean;
  maxRelativeDifference: number;
  target: number;
}

/** The engine's fixed cost per request: a job too small to measure, as main would run it. */
async function emptyRoundTrip(engine: EngineService): Promise<Timing> {
  const payload = () => ({
    input: { shape: [1, 1, 4, 4], data: new Float32Array(16) },
    weight: { shape: [1, 1, 1, 1], data: new Float32Array(1) },
    stride: [1, 1],
    padding: [0, 0, 0, 0],
    dilation: [1, 1],
    groups: 1,
  });
  return time(
    {
      prepare() {
        const fresh = payload();
        return () => runOnEngine(engine, 'conv:run', fresh);
      },
    },
    41,
    10,
  );
}

/** conv2dFast's method and how main's engine service plans the request (plannedParts). */
function describeSplit(job: JobName, payload: unknown): string {
  const parts = plannedParts(job, payload);
  const conv = job === 'conv:run' ? convRunJob.parse(payload) : null;
  const method = conv ? convMethod(conv.weight.shape as Shape4, conv) : 'filter';
  if (parts === 1) return `${method}, whole`;
  const axis = conv ? chooseConvSplitAxis(conv, guidedPartition(benchWorkers)) : 'rows';
  return `${method}, ${parts} x ${axis}`;
}

function sameBits(actual: ArrayBufferView, expected: ArrayBufferView): boolean {
  const a = new Uint8Array(actual.buffer, actual.byteOffset, actual.byteLength);
  const b = new Uint8Array(expected.buffer, expected.byteOffset, expected.byteLength);
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

interface Timings {
  pooled: Timing;
  oneThread: Timing;
  onnxruntime: Timing;
  naive: Timing;
}

/** A table row from the four timings: GFLOP/s and the onnxruntime / engine ratios. */
function makeRow(
  fields: Pick<Row, 'case' | 'split' | 'sameAsOneThread' | 'maxRelativeDifference' | 'target'>,
  multiplyAdds: number,
  { pooled, oneThread, onnxruntime, naive }: Timings,
): Row {
  const withGflops = (timing: Timing) => ({ ...timing, gflops: gflops(multiplyAdds, timing.wallMs) });
  return {
    ...fields,
    gmacs: multiplyAdds / 1e9,
    engine: withGflops(pooled),
    engineOneThread: withGflops(oneThread),
    onnxruntime: withGflops(onnxruntime),
    naive: withGflops(naive),
    ratioWall: onnxruntime.wallMs / pooled.wallMs,
    ratioCpu: onnxruntime.cpuMs / pooled.cpuMs,
    ratioOneThread: onnxruntime.wallMs / oneThread.wallMs,
  };
}

async function benchConv(engine: EngineService, testCase: ConvCase): Promise<Row> {
  const { input, weight, options, padding, outputShape, multiplyAdds, payload, freshPayload } =
    convCaseRequest(testCase);
  const runPooled: Contender = {
    prepare() {
      const fresh = freshPayload();
      return () => runOnEngine(engine, 'conv:run', fresh);
    },
  };
  // The same job in this thread: parse, then the kernels on one core, no messages. Its output goes into one
  // reused buffer, as a worker's goes into the request's own (JobContext.outputFloat32): fresh memory each run
  // would measure page faults, and its garbage would be collected during the other contenders' turns.
  const oneThreadOutput = new Float32Array(outputShape.reduce((a, b) => a * b, 1));
  const runOneThread = () =>
    convRunJob.run(convRunJob.parse(payload), {
      reportProgress() {},
      outputFloat32: (length) => oneThreadOutput.subarray(0, length),
    });
  const session = await onnxSession(
    {
      inputShape: testCase.input,
      weight,
      weightShape: testCase.weight,
      bias: null,
      strides: options.stride,
      pads: padding,
      dilations: [1, 1],
      group: testCase.groups,
    },
    outputShape,
  );
  const feeds = { X: new ort.Tensor('float32', input, testCase.input) };
  const runOnnx = () => session.run(feeds);
  const engineOutput = ((await run(runPooled)) as ConvRunReply).data;
  const oneThreadReply = runOneThread().data;
  const onnxOutput = (await runOnnx()).Y!.data as Float32Array;
  // 30 warm-up turns: each worker's isolate compiles and tiers up its own code, and measured on (a) the pooled
  // engine still went from 5.3 ms after 10 requests to 4.1 ms after 50.
  const [pooled, oneThread, onnxruntime] = (await timeInTurns(
    [runPooled, runOneThread, runOnnx],
    21,
    30,
  )) as [Timing, Timing, Timing];
  const tensorInput = { shape: testCase.input, data: input };
  const tensorWeight = { shape: testCase.weight, data: weight };
  const naive = await time(() => conv2d(tensorInput, tensorWeight, null, options), 1, 0);
  await session.release();
  const target = testCase.name.startsWith('(d)') || testCase.name.startsWith('(e)') ? 1 : 0.35;
  const fields = {
    case: testCase.name,
    split: describeSplit('conv:run', payload),
    sameAsOneThread: sameBits(engineOutput, oneThreadReply),
    maxRelativeDifference: relativeDifference(engineOutput, onnxOutput),
    target,
  };
  return makeRow(fields, multiplyAdds, { pooled, oneThread, onnxruntime, naive });
}

const imageWidth = 4000;
const imageHeight = 3000;

/** 12 megapixels of RGBA through 5x5 kernels with the image:filter job, against onnxruntime's grouped Conv. */
async function benchImage(engine: EngineService, kernelName: 'gaussian' | 'custom'): Promise<Row> {
  const pixelCount = imageWidth * imageHeight;
  const source = Uint8ClampedArray.from(
    { length: pixelCount * 4 },
    (_, index) => (index * 2_654_435_761) >>> 24,
  );
  const weights = Array.from({ length: 25 }, (_, index) => ((index * 7) % 5) - 2);
  const kernel =
    kernelName === 'gaussian'
      ? { name: 'gaussian', size: 5 }
      : { name: 'custom', height: 5, width: 5, weights };
  const payloadFor = (pixels: Uint8ClampedArray) => ({
    width: imageWidth,
    height: imageHeight,
    pixels,
    kernel,
    border: 'reflect',
    colour: 'per-channel',
    display: 'clamp',
  });
  // The job writes its result into the request's buffer (the app hands main a fresh copy each time, through
  // IPC); here each run filters the previous result in place, which is the same work: the kernels do not depend
  // on the values. The pool's service merges the bands into that same buffer.
  const pooledPayload = payloadFor(source.slice());
  const oneThreadPayload = payloadFor(source.slice());
  const runPooled = () => runOnEngine(engine, 'image:filter', pooledPayload);
  const runOneThread = () =>
    imageFilterJob.run(imageFilterJob.parse(oneThreadPayload), { reportProgress() {} });
  const pooledOnce = (await runOnEngine(
    engine,
    'image:filter',
    payloadFor(source.slice()),
  )) as ImageFilterReply;
  const oneThreadOnce = imageFilterJob.run(imageFilterJob.parse(payloadFor(source.slice())), {
    reportProgress() {},
  });
  const reparsed = imageFilterJob.parse(payloadFor(source.slice()));
  // onnxruntime's equivalent: three float planes, one 5x5 kernel per plane (Conv with group = 3), zero padding.
  const planes = new Float32Array(pixelCount * 3);
  for (let index = 0; index < pixelCount; index++) {
    for (let channel = 0; channel < 3; channel++)
      planes[channel * pixelCount + index] = source[index * 4 + channel]!;
  }
  const kernelWeights = Float32Array.from([0, 1, 2].flatMap(() => Array.from(reparsed.kernel.weights)));
  const shape: Shape4 = [1, 3, imageHeight, imageWidth];
  const session = await onnxSession(
    {
      inputShape: shape,
      weight: kernelWeights,
      weightShape: [3, 1, 5, 5],
      bias: null,
      strides: [1, 1],
      pads: [2, 2, 2, 2],
      dilations: [1, 1],
      group: 3,
    },
    [...shape],
  );
  const feeds = { X: new ort.Tensor('float32', planes, shape) };
  const [pooled, oneThread, onnxruntime] = (await timeInTurns(
    [runPooled, runOneThread, () => session.run(feeds)],
    7,
    3,
  )) as [Timing, Timing, Timing];
  await session.release();
  const small = { ...reparsed, width: 1000, height: 1000, pixels: source.subarray(0, 4_000_000) };
  const naiveSmall = await time(() => filterImageReference(small), 1, 0);
  const scale = pixelCount / 1_000_000;
  const naive = { wallMs: naiveSmall.wallMs * scale, cpuMs: naiveSmall.cpuMs * scale, runs: 1 };
  const multiplyAdds = pixelCount * 3 * 25;
  const fields = {
    case: `12 MP RGB, 5x5 ${kernelName === 'gaussian' ? 'Gaussian (separable)' : 'custom (not separable)'}`,
    split: describeSplit('image:filter', payloadFor(source.slice())),
    sameAsOneThread: sameBits(pooledOnce.pixels, oneThreadOnce.pixels),
    maxRelativeDifference: Number.NaN,
    target: Number.NaN,
  };
  return makeRow(fields, multiplyAdds, { pooled, oneThread, onnxruntime, naive });
}

function format(row: Row): string {
  const cell = (timing: Timing & { gflops: number }) =>
    `${timing.wallMs.toFixed(2).padStart(8)} ms ${timing.cpuMs.toFixed(2).padStart(8)} cpu ${timing.gflops.toFixed(1).padStart(6)}`;
  return [
    row.case.padEnd(38),
    row.split.padEnd(24),
    cell(row.engine),
    cell(row.engineOneThread),
    cell(row.onnxruntime),
    cell(row.naive),
    `${row.ratioWall.toFixed(2).padStart(6)} ${row.ratioCpu.toFixed(2).padStart(6)} ${row.ratioOneThread.toFixed(2).padStart(6)}`,
    row.sameAsOneThread ? 'yes ' : 'NO  ',
    Number.isNaN(row.target) ? '< 100 ms' : `>= ${row.target}`,
  ].join(' | ');
}

export const convSuite: BenchSuite = {
  name: 'conv',
  summary: `conv2d and 12-MP image filtering: the engine as the app runs it (main's worker pool, ${benchWorkers} worker threads, WebAssembly SIMD, large jobs split) and the same jobs on one thread, vs onnxruntime-node (1 thread) vs naive JS loops`,
  async run(print) {
    if (!wasmKernels()) throw new Error('WebAssembly SIMD kernels did not load');
    print(
      `Engine: main's WorkerPool with ${benchWorkers} worker_threads (engine-worker.ts) behind the engine service, which parses the ` +
        'payload, splits jobs over the threshold across the workers (split column) and merges the parts; ' +
        'WebAssembly SIMD (128-bit, no FMA); conv2dFast picks its method per layer (method column: Winograd F(2x2, 3x3) ' +
        "does 2.25x fewer multiply-adds, and GFLOP/s counts the direct method's). Not measured: the renderer-to-main " +
        'IPC copy of the payload and reply.',
    );
    print(
      'Engine, 1 thread: the same job (parse + kernels) in this thread, no worker, no messages. onnxruntime: intraOpNumThreads 1.',
    );
    print("Naive: the exact engine's plain loops (one run; the 12-MP row is a 1-MP run scaled by 12).");
    print(
      'Medians of wall time and of CPU time (the whole process, all threads: user + system); GFLOP/s = 2 x MACs / wall time.',
    );
    print(
      `${'case'.padEnd(38)} | ${'method, split'.padEnd(24)} | ${'engine, 2 workers: wall, cpu, GFLOP/s'.padEnd(34)} | ${'engine, 1 thread in-process'.padEnd(34)} | ${'onnxruntime (1 thread)'.padEnd(34)} | ${'naive loops'.padEnd(34)} | ort/engine: 2w wall cpu, 1t | same | target`,
    );
    const engine = createBenchEngine();
    const rows: Row[] = [];
    try {
      const roundTrip = await emptyRoundTrip(engine);
      print(
        `The pool's own cost: a 4x4 conv:run through the engine service takes ${roundTrip.wallMs.toFixed(3)} ms ` +
          '(median; a message to a sleeping worker and back), against which a sub-millisecond case is measured.',
      );
      for (const testCase of convCases) {
        const row = await benchConv(engine, testCase);
        rows.push(row);
        print(format(row));
      }
      for (const kernelName of ['gaussian', 'custom'] as const) {
        const row = await benchImage(engine, kernelName);
        rows.push(row);
        print(format(row));
      }
    } finally {
      await engine.close();
    }
    print(
      `Largest engine vs onnxruntime difference (relative to the largest output): ${Math.max(...rows.filter((row) => !Number.isNaN(row.maxRelativeDifference)).map((row) => row.maxRelativeDifference)).toExponential(1)}`,
    );
    print(
      'Ratios are onnxruntime time / engine time (above 1: engine faster); targets apply to the 2-worker engine ' +
        '(wall). "same": the pooled, split reply equals the one-thread reply bit for bit.',
    );
    return rows;
  },
};
