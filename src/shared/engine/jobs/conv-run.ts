import { conv2d, convOutputSize, type Padding4 } from '../../conv/conv2d.ts';
import type { Tensor } from '../../conv/tensor.ts';
import { EngineError } from '../engine-error.ts';
import type { JobDefinition } from '../job.ts';
import { readBoolean, readInteger, readIntegerTuple, readNumbers, readRecord, invalid } from '../payload.ts';

/** The largest tensor a `conv:run` request may read or produce, in elements (8 M = 64 MB of Float64). */
export const convRunElementLimit = 8_000_000;

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

export type ConvRunReply = Tensor<Float64Array>;

function readShape(value: unknown, where: string): [number, number, number, number] {
  return readIntegerTuple(value, where, 4, 1, convRunElementLimit) as [number, number, number, number];
}

function readTensor(value: unknown, where: string): Tensor {
  const record = readRecord(value, where);
  const shape = readShape(record.shape, `${where}.shape`);
  const count = shape.reduce((product, size) => product * size, 1);
  if (count > convRunElementLimit) {
    throw new EngineError(
      'INPUT_TOO_LARGE',
      `${where}: ${count} elements is over the limit of ${convRunElementLimit}`,
    );
  }
  return { shape, data: readNumbers(record.data, `${where}.data`, count) };
}

/** A 2-D convolution of small matrices: the homework's problem 4, and the lab's grids. */
export const convRunJob: JobDefinition<ConvRunRequest, ConvRunReply> = {
  parse(payload) {
    const record = readRecord(payload, 'conv:run');
    const input = readTensor(record.input, 'input');
    const weight = readTensor(record.weight, 'weight');
    const stride = readIntegerTuple(record.stride, 'stride', 2, 1, 1024) as [number, number];
    const padding = readIntegerTuple(record.padding, 'padding', 4, 0, 1024) as Padding4;
    const dilation = readIntegerTuple(record.dilation, 'dilation', 2, 1, 1024) as [number, number];
    const groups = readInteger(record.groups, 'groups', 1, 65_536);
    const flipKernel = readBoolean(record.flipKernel, 'flipKernel', false);
    const [batch, inChannels, height, width] = input.shape as [number, number, number, number];
    const [outChannels, groupInChannels, kernelHeight, kernelWidth] = weight.shape as [
      number,
      number,
      number,
      number,
    ];
    if (inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw invalid(
        'groups',
        `${groups} must divide input channels (${inChannels}) and output channels (${outChannels})`,
      );
    }
    if (groupInChannels !== inChannels / groups) {
      throw invalid(
        'weight.shape[1]',
        `must be input channels / groups = ${inChannels / groups}, got ${groupInChannels}`,
      );
    }
    const bias =
      record.bias === null || record.bias === undefined
        ? null
        : readNumbers(record.bias, 'bias', outChannels);
    const outHeight = convOutputSize(height, kernelHeight, stride[0], padding[0], padding[1], dilation[0]);
    const outWidth = convOutputSize(width, kernelWidth, stride[1], padding[2], padding[3], dilation[1]);
    if (outHeight < 1 || outWidth < 1) {
      throw invalid(
        'weight.shape',
        `the ${kernelHeight}x${kernelWidth} kernel (dilation ${dilation.join('x')}) is larger than the padded ${height}x${width} input`,
      );
    }
    const outputCount = batch * outChannels * outHeight * outWidth;
    if (outputCount > convRunElementLimit) {
      throw new EngineError(
        'INPUT_TOO_LARGE',
        `output: ${outputCount} elements is over the limit of ${convRunElementLimit}`,
      );
    }
    return { input, weight, bias, stride, padding, dilation, groups, flipKernel };
  },
  run(request) {
    return conv2d(request.input, request.weight, request.bias, request);
  },
  transferables: (reply) => [reply.data.buffer as ArrayBuffer],
};
