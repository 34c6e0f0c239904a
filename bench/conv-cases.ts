import { conv2dOutputShape, type Shape4 } from '../src/shared/conv/conv-shapes.ts';
import type { EngineService } from '../src/main/compute/engine-service.ts';
import type { JobName } from '../src/shared/engine/job-names.ts';

/** Deterministic uniform numbers in [-0.5, 0.5) (a linear congruential generator), so every run sees the same data. */
export function numbers(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  });
}

export interface ConvCase {
  name: string;
  input: Shape4;
  weight: Shape4;
  stride: number;
  pad: number;
  groups: number;
}

export const convCases: ConvCase[] = [
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

let requests = 0;

/** One request through the engine service, as main's IPC handler makes it. */
export function runOnEngine(engine: EngineService, job: JobName, payload: unknown): Promise<unknown> {
  return engine.run(job, `bench-${requests++}`, payload, () => undefined);
}

/**
 * A case as a conv:run request, with its data (seeded: every run sees the same numbers). The engine as the app
 * runs it: main's service checks the payload (conv:run's parse), splits it when large, the pool's worker threads
 * parse and run the parts on the WebAssembly kernels, and the replies are merged. Main owns a payload that came
 * over IPC and moves its buffers to the worker, so each run needs its own copy: `freshPayload`.
 */
export function convCaseRequest(testCase: ConvCase) {
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
  const freshPayload = () => ({
    ...payload,
    input: { ...payload.input, data: input.slice() },
    weight: { ...payload.weight, data: weight.slice() },
  });
  return { input, weight, options, padding, outputShape, multiplyAdds, payload, freshPayload };
}
