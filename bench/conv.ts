import * as ort from 'onnxruntime-node';
import { conv2d } from '../src/shared/conv/conv2d.ts';
import { conv2dFast } from '../src/shared/conv/conv2d-fast.ts';
import { conv2dOutputShape, type Shape4 } from '../src/shared/conv/conv-shapes.ts';
import { wasmKernels } from '../src/shared/conv/wasm/kernels.ts';
import { filterImageReference } from '../src/shared/conv/image/filter-image-reference.ts';
import { convRunJob } from '../src/shared/engine/jobs/conv-run.ts';
import { imageFilterJob } from '../src/shared/engine/jobs/image-filter.ts';
import { encodeConvModel } from './onnx-conv-model.ts';
import type { BenchSuite } from './suite.ts';

/** A timing: medians of wall-clock and of this process's CPU time (user + system), in milliseconds. */
interface Timing {
  wallMs: number;
  cpuMs: number;
  runs: number;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/**
 * Wall-clock and CPU-time medians of several contenders, run in turns (A, B, A, B, ...) so that each sees the
 * same conditions: this machine's two cores are shared and its speed swings several-fold from minute to minute.
 * CPU time (this process, user + system) is printed too, though in a VM it also counts stolen cycles.
 */
async function timeInTurns(contenders: (() => unknown)[], runs: number, warmups: number): Promise<Timing[]> {
  for (let index = 0; index < warmups; index++) for (const work of contenders) await work();
  const walls = contenders.map((): number[] => []);
  const cpus = contenders.map((): number[] => []);
  for (let index = 0; index < runs; index++) {
    for (const [at, work] of contenders.entries()) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await work();
      walls[at]!.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpus[at]!.push((cpu.user + cpu.system) / 1000);
    }
  }
  return contenders.map((_, at) => ({ wallMs: median(walls[at]!), cpuMs: median(cpus[at]!), runs }));
}

async function time(work: () => unknown, runs: number, warmups: number): Promise<Timing> {
  return (await timeInTurns([work], runs, warmups))[0]!;
}

/** Deterministic uniform numbers in [-0.5, 0.5) (a linear congruential generator), so every run sees the same data. */
function numbers(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  });
}

interface ConvCase {
  name: string;
  input: Shape4;
  weight: Shape4;
  stride: number;
  pad: number;
  groups: number;
}

const convCases: ConvCase[] = [
  {
    name: '(a) 3x224x224 -> 64, 7x7, s2, p3',
    input: [1, 3, 224, 224],
    weight: [64, 3, 7, 7],
    stride: 2,
    pad: 3,
    groups: 1,
  },
  {
    name: '(b) 64x56x56 -> 64, 3x3, p1',
    input: [1, 64, 56, 56],
    weight: [64, 64, 3, 3],
    stride: 1,
    pad: 1,
    groups: 1,
  },
  {
    name: '(c) 256x28x28 -> 128, 1x1',
    input: [1, 256, 28, 28],
    weight: [128, 256, 1, 1],
    stride: 1,
    pad: 0,
    groups: 1,
  },
  {
    name: '(d) 1x1024x1024, 5x5, p2',
    input: [1, 1, 1024, 1024],
    weight: [1, 1, 5, 5],
    stride: 1,
    pad: 2,
    groups: 1,
  },
  {
    name: '(e) depthwise 32x112x112, 3x3, p1',
    input: [1, 32, 112, 112],
    weight: [32, 1, 3, 3],
    stride: 1,
    pad: 1,
    groups: 32,
  },
];

async function onnxSession(spec: Parameters<typeof encodeConvModel>[0], outputShape: number[]) {
  return ort.InferenceSession.create(encodeConvModel(spec, outputShape), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
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
  engine: Timing & { gflops: number };
  onnxruntime: Timing & { gflops: number };
  naive: Timing & { gflops: number };
  ratioWall: number;
  ratioCpu: number;
  /** Conv cases only: the engine writing into a reused output buffer, and onnxruntime / that. */
  engineReusedOutput?: Timing & { gflops: number };
  ratioReused?: number;
  maxRelativeDifference: number;
  target: number;
}

async function benchConv(testCase: ConvCase): Promise<Row> {
  const input = numbers(
    testCase.input.reduce((a, b) => a * b, 1),
    1,
  );
  const weight = numbers(
    testCase.weight.reduce((a, b) => a * b, 1),
    2,
  );
  const padding: [number, number, number, number] = [testCase.pad, testCase.pad, testCase.pad, testCase.pad];
  const options = {
    stride: [testCase.stride, testCase.stride] as [number, number],
    padding,
    dilation: [1, 1] as [number, number],
    groups: testCase.groups,
  };
  const outputShape = conv2dOutputShape(testCase.input, testCase.weight, null, options);
  const multiplyAdds =
    outputShape.reduce((a, b) => a * b, 1) * testCase.weight[1] * testCase.weight[2] * testCase.weight[3];
  const payload = {
    input: { shape: testCase.input, data: input },
    weight: { shape: testCase.weight, data: weight },
    ...options,
  };
  // The engine as the app runs it: the conv:run job (payload check, then the WebAssembly kernels).
  const runEngine = () => convRunJob.run(convRunJob.parse(payload), { reportProgress() {} });
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
  const engineOutput = runEngine().data;
  const onnxOutput = (await runOnnx()).Y!.data as Float32Array;
  // The same kernels writing into a reused buffer: what the engine costs without this VM's page faults on a
  // freshly allocated output (onnxruntime's outputs come from its own arena).
  const reused = new Float32Array(engineOutput.length);
  const request = convRunJob.parse(payload);
  const runReused = () => conv2dFast(request.input, request.weight, null, request, wasmKernels(), reused);
  const [engine, onnxruntime, engineReused] = (await timeInTurns([runEngine, runOnnx, runReused], 15, 2)) as [
    Timing,
    Timing,
    Timing,
  ];
  const tensorInput = { shape: testCase.input, data: input };
  const tensorWeight = { shape: testCase.weight, data: weight };
  const naive = await time(() => conv2d(tensorInput, tensorWeight, null, options), 1, 0);
  await session.release();
  const target = testCase.name.startsWith('(d)') || testCase.name.startsWith('(e)') ? 1 : 0.35;
  return {
    case: testCase.name,
    gmacs: multiplyAdds / 1e9,
    engine: { ...engine, gflops: gflops(multiplyAdds, engine.wallMs) },
    onnxruntime: { ...onnxruntime, gflops: gflops(multiplyAdds, onnxruntime.wallMs) },
    naive: { ...naive, gflops: gflops(multiplyAdds, naive.wallMs) },
    ratioWall: onnxruntime.wallMs / engine.wallMs,
    ratioCpu: onnxruntime.cpuMs / engine.cpuMs,
    engineReusedOutput: { ...engineReused, gflops: gflops(multiplyAdds, engineReused.wallMs) },
    ratioReused: onnxruntime.wallMs / engineReused.wallMs,
    maxRelativeDifference: relativeDifference(engineOutput, onnxOutput),
    target,
  };
}

const imageWidth = 4000;
const imageHeight = 3000;

/** 12 megapixels of RGBA through 5x5 kernels with the image:filter job, against onnxruntime's grouped Conv. */
async function benchImage(kernelName: 'gaussian' | 'custom'): Promise<Row> {
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
  // The job writes its result into the request's buffer (the app transfers a fresh copy each time); here each
  // run filters the previous result in place, which is the same work: the kernels do not depend on the values.
  const pixels = source.slice();
  const runEngine = () =>
    imageFilterJob.run(
      imageFilterJob.parse({
        width: imageWidth,
        height: imageHeight,
        pixels,
        kernel,
        border: 'reflect',
        colour: 'per-channel',
        display: 'clamp',
      }),
      { reportProgress() {} },
    );
  const reparsed = imageFilterJob.parse({
    width: imageWidth,
    height: imageHeight,
    pixels: source.slice(),
    kernel,
    border: 'reflect',
    colour: 'per-channel',
    display: 'clamp',
  });
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
  const [engine, onnxruntime] = (await timeInTurns([runEngine, () => session.run(feeds)], 5, 1)) as [
    Timing,
    Timing,
  ];
  await session.release();
  const small = { ...reparsed, width: 1000, height: 1000, pixels: source.subarray(0, 4_000_000) };
  const naiveSmall = await time(() => filterImageReference(small), 1, 0);
  const scale = pixelCount / 1_000_000;
  const naive = { wallMs: naiveSmall.wallMs * scale, cpuMs: naiveSmall.cpuMs * scale, runs: 1 };
  const multiplyAdds = pixelCount * 3 * 25;
  return {
    case: `12 MP RGB, 5x5 ${kernelName === 'gaussian' ? 'Gaussian (separable)' : 'custom (not separable)'}`,
    gmacs: multiplyAdds / 1e9,
    engine: { ...engine, gflops: gflops(multiplyAdds, engine.wallMs) },
    onnxruntime: { ...onnxruntime, gflops: gflops(multiplyAdds, onnxruntime.wallMs) },
    naive: { ...naive, gflops: gflops(multiplyAdds, naive.wallMs) },
    ratioWall: onnxruntime.wallMs / engine.wallMs,
    ratioCpu: onnxruntime.cpuMs / engine.cpuMs,
    maxRelativeDifference: Number.NaN,
    target: Number.NaN,
  };
}

function format(row: Row): string {
  const cell = (timing: Timing & { gflops: number }) =>
    `${timing.wallMs.toFixed(2).padStart(8)} ms ${timing.cpuMs.toFixed(2).padStart(8)} cpu ${timing.gflops.toFixed(1).padStart(6)}`;
  return [
    row.case.padEnd(42),
    cell(row.engine),
    cell(row.onnxruntime),
    cell(row.naive),
    `${row.ratioWall.toFixed(2).padStart(6)} ${row.ratioCpu.toFixed(2).padStart(6)}`,
    row.engineReusedOutput
      ? `${row.engineReusedOutput.wallMs.toFixed(2).padStart(7)} ms ${row.ratioReused!.toFixed(2).padStart(6)}`
      : ''.padEnd(17),
    Number.isNaN(row.target) ? '' : `>= ${row.target}`,
  ].join(' | ');
}

export const convSuite: BenchSuite = {
  name: 'conv',
  summary:
    'conv2d and 12-MP image filtering: the engine (one thread, WebAssembly SIMD, as the conv:run and image:filter jobs run it) vs onnxruntime-node (1 thread) vs naive JS loops',
  async run(print) {
    if (!wasmKernels()) throw new Error('WebAssembly SIMD kernels did not load');
    print(
      'Engine: one worker thread, WebAssembly SIMD (128-bit), no threads; onnxruntime: intraOpNumThreads 1.',
    );
    print("Naive: the exact engine's plain loops (one run; the 12-MP row is a 1-MP run scaled by 12).");
    print(
      'Medians of wall time and of CPU time (this process, user + system); GFLOP/s = 2 x MACs / wall time.',
    );
    print(
      `${'case'.padEnd(42)} | ${'engine: wall, cpu, GFLOP/s'.padEnd(34)} | ${'onnxruntime (1 thread)'.padEnd(34)} | ${'naive loops'.padEnd(34)} | engine/ort wall cpu | reused out, ratio | target`,
    );
    const rows: Row[] = [];
    for (const testCase of convCases) {
      const row = await benchConv(testCase);
      rows.push(row);
      print(format(row));
    }
    for (const kernelName of ['gaussian', 'custom'] as const) {
      const row = await benchImage(kernelName);
      rows.push(row);
      print(format(row));
    }
    print(
      `Largest engine vs onnxruntime difference (relative to the largest output): ${Math.max(...rows.filter((row) => !Number.isNaN(row.maxRelativeDifference)).map((row) => row.maxRelativeDifference)).toExponential(1)}`,
    );
    print(
      '12-MP target: under 100 ms (engine wall column); ratios are onnxruntime time / engine time (above 1: engine faster).',
    );
    return rows;
  },
};
