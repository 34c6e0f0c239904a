import { conv2d, type Padding4 } from '../../conv/conv2d.ts';
import { conv2dFast, convMethod, type ConvMethod } from '../../conv/conv2d-fast.ts';
import {
  checkElementCount,
  conv2dOutputShape,
  exactElementLimit,
  type Shape4,
} from '../../conv/conv-shapes.ts';
import type { Tensor } from '../../conv/tensor.ts';
import type { JobDefinition, ParseOptions } from '../job.ts';
import { readNumbers } from '../payload-numbers.ts';
import { readBoolean, readInteger, readIntegerTuple, readRecord } from '../payload.ts';

/** The largest tensor a `conv:run` request may read or produce, in elements (8 M = 64 MB of Float64). */
export const convRunElementLimit = exactElementLimit;

export interface ConvRunRequest {
  input: Tensor;
  weight: Tensor;
  bias: Float64Array | Float32Array | null;
  stride: [number, number];
  padding: Padding4;
  dilation: [number, number];
  groups: number;
  flipKernel: boolean;
}

/** What a caller sends: the request, with bias and flipKernel optional (none, cross-correlation). */
export type ConvRunPayload = Omit<ConvRunRequest, 'bias' | 'flipKernel'> & {
  bias?: ConvRunRequest['bias'];
  flipKernel?: boolean;
};

/** Float64 in, exact Float64 out; Float32 in, the fast kernels' Float32 out (within float32 rounding). */
export type ConvRunReply = Tensor<Float64Array | Float32Array>;

function readShape(value: unknown, where: string): [number, number, number, number] {
  return readIntegerTuple(value, where, 4, 1, convRunElementLimit) as [number, number, number, number];
}

function readTensor(value: unknown, where: string, options: ParseOptions): Tensor {
  const record = readRecord(value, where);
  const shape = readShape(record.shape, `${where}.shape`);
  const count = checkElementCount(shape, where, convRunElementLimit);
  return { shape, data: readNumbers(record.data, `${where}.data`, count, options.values) };
}

/** The [N, Cout, oH, oW] shape of a checked request's output. */
export function convRunOutputShape(request: ConvRunRequest): Shape4 {
  return conv2dOutputShape(
    request.input.shape as Shape4,
    request.weight.shape as Shape4,
    request.bias?.length ?? null,
    request,
  );
}

/**
 * How conv:run computes a request: Float64 by the exact loops, Float32 by conv2dFast's method (convMethod; its
 * plain-JS fallback where WebAssembly is missing is not told apart: it only matters for speed).
 */
export function convRunMethod(
  request: Pick<ConvRunRequest, 'input' | 'stride' | 'dilation' | 'groups'>,
  weightShape: Shape4,
): ConvMethod | 'exact' {
  return request.input.data instanceof Float32Array ? convMethod(weightShape, request) : 'exact';
}

/**
 * A 2-D convolution: the lab's small integer grids (Float64, exact, as the homework's problem 4) and real layer
 * sizes (Float32, on the WebAssembly kernels of conv2d-fast.ts).
 */
export const convRunJob: JobDefinition<ConvRunRequest, ConvRunReply> = {
  parse(payload, options = {}) {
    const record = readRecord(payload, 'conv:run');
    const input = readTensor(record.input, 'input', options);
    const weight = readTensor(record.weight, 'weight', options);
    const stride = readIntegerTuple(record.stride, 'stride', 2, 1, 1024) as [number, number];
    const padding = readIntegerTuple(record.padding, 'padding', 4, 0, 1024) as Padding4;
    const dilation = readIntegerTuple(record.dilation, 'dilation', 2, 1, 1024) as [number, number];
    const groups = readInteger(record.groups, 'groups', 1, 65_536);
    const flipKernel = readBoolean(record.flipKernel, 'flipKernel', false);
    const bias =
      record.bias === null || record.bias === undefined
        ? null
        : readNumbers(record.bias, 'bias', weight.shape[0]!, options.values);
    const outputShape = conv2dOutputShape(
      input.shape as Shape4,
      weight.shape as Shape4,
      bias?.length ?? null,
      {
        stride,
        padding,
        dilation,
        groups,
      },
    );
    checkElementCount(outputShape, 'output', convRunElementLimit);
    return { input, weight, bias, stride, padding, dilation, groups, flipKernel };
  },
  run(request, context) {
    const { input, weight, bias } = request;
    if (convRunMethod(request, weight.shape as Shape4) === 'exact')
      return conv2d(input, weight, bias, request, context.throwIfCancelled);
    // conv2dFast copies its inputs into WebAssembly memory first and writes the output last, as outputFloat32 needs.
    const length = convRunOutputShape(request).reduce((product, size) => product * size, 1);
    const output = context.outputFloat32?.(length);
    return conv2dFast(input, weight, bias, request, undefined, output);
  },
  transferables: (reply) => [reply.data.buffer as ArrayBuffer],
};
