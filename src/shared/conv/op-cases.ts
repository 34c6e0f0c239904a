import { EngineError } from '../engine/engine-error.ts';
import { readBoolean, readInteger, readRecord, refuse } from '../engine/payload.ts';
import { describeValue, refusalWithin } from '../engine/refusal.ts';
import { conv2d, type Conv2dOptions } from './conv2d.ts';
import { checkElementCount, conv2dOutputShape, type Shape4 } from './conv-shapes.ts';
import {
  convTranspose2d,
  convTranspose2dOutputShape,
  type ConvTranspose2dOptions,
} from './conv-transpose2d.ts';
import { resolvePadding } from './padding.ts';
import { avgPool2d, maxPool2d, pool2dOutputShape, type Pool2dOptions } from './pool2d.ts';
import { elementCount, nestedShape, tensorFromNested, type Tensor } from './tensor.ts';

/**
 * One operation written as in conv_vectors.json (PyTorch's argument names, nested NCHW arrays): the format of
 * the `ops` CLI, the lab's examples and the graders' cases.
 */
export type OpCase = (
  | { op: 'conv2d'; input: Tensor; weight: Tensor; bias: Float64Array | null; options: Conv2dOptions }
  | {
      op: 'conv_transpose2d';
      input: Tensor;
      weight: Tensor;
      bias: Float64Array | null;
      options: ConvTranspose2dOptions;
    }
  | { op: 'maxpool2d' | 'avgpool2d'; input: Tensor; options: Pool2dOptions }
) & { cost: OpCost };

/** What running a case costs, known from its shapes before it runs (a whole ops file is budgeted by it). */
export interface OpCost {
  multiplyAdds: number;
  outputElements: number;
}

export const opNames = ['conv2d', 'conv_transpose2d', 'maxpool2d', 'avgpool2d'] as const;

/** Multiply-adds one case may cost the exact engine (about 2 s of plain loops), checked before running. */
export const opWorkLimit = 1_000_000_000;

const sizeLimit = 1024;

function readPair(value: unknown, where: string, min: number): [number, number] {
  if (typeof value === 'number') {
    const size = readInteger(value, where, min, sizeLimit);
    return [size, size];
  }
  if (!Array.isArray(value) || value.length !== 2) {
    throw refuse({ code: 'wrongType', field: where, expected: 'integerOrPair', got: describeValue(value) });
  }
  return [
    readInteger(value[0], `${where}[0]`, min, sizeLimit),
    readInteger(value[1], `${where}[1]`, min, sizeLimit),
  ];
}

function readPadding(
  value: unknown,
  where: string,
  kernel: [number, number],
  dilation: [number, number],
  stride: [number, number],
) {
  if (value === 'same' || value === 'valid') return resolvePadding(value, kernel, dilation, stride, where);
  if (Array.isArray(value) && value.length === 4) {
    const sides = value.map((side, index) => readInteger(side, `${where}[${index}]`, 0, sizeLimit));
    return resolvePadding(sides as [number, number, number, number], kernel, dilation, stride, where);
  }
  if (typeof value !== 'number' && !Array.isArray(value)) {
    throw refuse({ code: 'wrongType', field: where, expected: 'padding', got: describeValue(value) });
  }
  return resolvePadding(readPair(value, where, 0), kernel, dilation, stride, where);
}

/** A nested 4-D array, refused from its shape alone when too large, then copied into a Float64 tensor. */
function readTensor(value: unknown, where: string): Tensor<Float64Array> {
  const shape = nestedShape(value);
  if (shape.length !== 4) throw refuse({ code: 'tensorRank', field: where, rank: shape.length });
  shape.forEach((size, axis) => {
    if (size < 1) throw refuse({ code: 'emptyDimension', field: where, axis });
  });
  checkElementCount(shape, where);
  return tensorFromNested(value, where);
}

function readBias(value: unknown, where: string): Float64Array | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value))
    throw refuse({
      code: 'wrongType',
      field: where,
      expected: 'numberArrayOrNull',
      got: describeValue(value),
    });
  checkElementCount([value.length], where);
  return Float64Array.from(value, (entry, index) => {
    if (typeof entry !== 'number' || !Number.isFinite(entry)) {
      throw refuse({ code: 'notFinite', field: `${where}[${index}]`, got: describeValue(entry) });
    }
    return entry;
  });
}

/** Refuses a case whose output or work is over the limits, or returns what it costs. */
function checkCost(outputShape: Shape4, multiplyAdds: number, where: string): OpCost {
  const outputElements = checkElementCount(outputShape, `${where}.output`);
  if (multiplyAdds > opWorkLimit) {
    throw refuse({
      code: 'overLimit',
      field: where,
      unit: 'multiplyAdds',
      actual: multiplyAdds,
      limit: opWorkLimit,
    });
  }
  return { multiplyAdds, outputElements };
}

/** Checks one case completely (fields, shapes, output size, work) before anything of its output size exists. */
export function parseOpCase(value: unknown, where: string): OpCase {
  const record = readRecord(value, where);
  const op = record.op;
  if (!(opNames as readonly unknown[]).includes(op)) {
    throw refuse({
      code: 'notChoice',
      field: `${where}.op`,
      choices: [...opNames],
      got: JSON.stringify(op) ?? 'nothing',
    });
  }
  const input = readTensor(record.input, `${where}.input`);
  const inputShape = input.shape as Shape4;
  const stride = readPair(record.stride ?? 1, `${where}.stride`, 1);
  const dilation = readPair(record.dilation ?? 1, `${where}.dilation`, 1);
  if (op === 'maxpool2d' || op === 'avgpool2d') {
    const kernel = readPair(record.kernel ?? record.kernel_size, `${where}.kernel`, 1);
    if (op === 'avgpool2d' && (dilation[0] !== 1 || dilation[1] !== 1)) {
      throw refuse({ code: 'avgPoolDilation', field: `${where}.dilation` });
    }
    const options: Pool2dOptions = {
      kernel,
      stride: record.stride === undefined || record.stride === null ? kernel : stride,
      padding: readPadding(record.padding ?? 0, `${where}.padding`, kernel, dilation, stride),
      dilation,
      ceilMode: readBoolean(record.ceil_mode, `${where}.ceil_mode`, false),
      countIncludePad: readBoolean(record.count_include_pad, `${where}.count_include_pad`, true),
    };
    const outputShape = withWhere(where, () => pool2dOutputShape(inputShape, options));
    const cost = checkCost(outputShape, elementCount(outputShape) * kernel[0] * kernel[1], where);
    return { op, input, options, cost };
  }
  const weight = readTensor(record.weight, `${where}.weight`);
  const weightShape = weight.shape as Shape4;
  const kernel: [number, number] = [weightShape[2], weightShape[3]];
  const bias = readBias(record.bias, `${where}.bias`);
  const groups = readInteger(record.groups ?? 1, `${where}.groups`, 1, 65_536);
  if (op === 'conv2d') {
    const options: Conv2dOptions = {
      stride,
      padding: readPadding(record.padding ?? 0, `${where}.padding`, kernel, dilation, stride),
      dilation,
      groups,
      flipKernel: readBoolean(record.flip_kernel, `${where}.flip_kernel`, false),
    };
    const outputShape = withWhere(where, () =>
      conv2dOutputShape(inputShape, weightShape, bias?.length ?? null, options),
    );
    const multiplyAdds = elementCount(outputShape) * weightShape[1] * kernel[0] * kernel[1];
    return { op, input, weight, bias, options, cost: checkCost(outputShape, multiplyAdds, where) };
  }
  const options: ConvTranspose2dOptions = {
    stride,
    padding: readPadding(record.padding ?? 0, `${where}.padding`, kernel, dilation, [1, 1]),
    outputPadding: readPair(record.output_padding ?? 0, `${where}.output_padding`, 0),
    dilation,
    groups,
  };
  const outputShape = withWhere(where, () =>
    convTranspose2dOutputShape(inputShape, weightShape, bias?.length ?? null, options),
  );
  const multiplyAdds = input.data.length * weightShape[1] * kernel[0] * kernel[1];
  return {
    op: 'conv_transpose2d',
    input,
    weight,
    bias,
    options,
    cost: checkCost(outputShape, multiplyAdds, where),
  };
}

/** Shape errors name their field ("weight.shape[1]"); this prefixes the case they belong to. */
function withWhere<Result>(where: string, check: () => Result): Result {
  try {
    return check();
  } catch (thrown) {
    if (thrown instanceof EngineError && thrown.refusal) throw refuse(refusalWithin(where, thrown.refusal));
    throw thrown;
  }
}

/** Runs a checked case on the exact (Float64) engine. */
export function runOpCase(opCase: OpCase): Tensor<Float64Array> {
  switch (opCase.op) {
    case 'conv2d':
      return conv2d(opCase.input, opCase.weight, opCase.bias, opCase.options);
    case 'conv_transpose2d':
      return convTranspose2d(opCase.input, opCase.weight, opCase.bias, opCase.options);
    case 'maxpool2d':
      return maxPool2d(opCase.input, opCase.options);
    case 'avgpool2d':
      return avgPool2d(opCase.input, opCase.options);
  }
}
