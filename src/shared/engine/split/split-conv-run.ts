import type { Shape4 } from '../../conv/conv-shapes.ts';
import { winogradLayout, winogradRowStep } from '../../conv/winograd.ts';
import type { Tensor } from '../../conv/tensor.ts';
import {
  convRunMethod,
  convRunOutputShape,
  type ConvRunReply,
  type ConvRunRequest,
} from '../jobs/conv-run.ts';
import { type JobPart, type JobPlan, type Partition } from './job-plan.ts';
import { isShared } from '../memory/payload-buffers.ts';
import type { ArenaLease, FloatArray, FloatArrayKind } from '../memory/shared-arena.ts';

/** Which axis the parts share out: groups (no overlap at all), output channels, or output rows. */
export type ConvSplitAxis = 'groups' | 'channels' | 'rows';

/** The multiply-adds of a conv2d: every output element sums Cin/groups x kH x kW products. */
export function convMultiplyAdds(request: ConvRunRequest): number {
  const [batch, outChannels, outHeight, outWidth] = convRunOutputShape(request);
  const [, groupInChannels, kernelHeight, kernelWidth] = request.weight.shape as Shape4;
  return batch * outChannels * outHeight * outWidth * groupInChannels * kernelHeight * kernelWidth;
}

/**
 * The multiply-adds the kernels do for this request (what the split threshold compares). Winograd F(2x2, 3x3)
 * does 16 per tile and channel pair, over whole tiles (an odd output size computes one more row or column;
 * its transforms are not counted); every other method does the convolution's own multiply-adds.
 */
export function convWork(request: ConvRunRequest): number {
  if (convRunMethod(request, request.weight.shape as Shape4) !== 'winograd') return convMultiplyAdds(request);
  const [batch, inChannels, height, width] = request.input.shape as Shape4;
  const [, outChannels, outHeight, outWidth] = convRunOutputShape(request);
  const [groupIn, groupOut] = [inChannels / request.groups, outChannels / request.groups];
  const { tiles } = winogradLayout(groupIn, groupOut, height, width, outHeight, outWidth);
  return batch * request.groups * tiles * 16 * groupIn * groupOut;
}

/**
 * The axes along which the partition's parts (none empty) merge into exactly the unsplit reply. Groups: when
 * there are enough groups. Output channels: with one group, unless a part would switch to another method
 * (convRunMethod), whose float32 sums round differently. Output rows, in units of rowStep rows (2 for
 * Winograd): unless a band lies wholly in the padding.
 */
export function convSplitAxes(request: ConvRunRequest, partition: Partition): ConvSplitAxis[] {
  const [, outChannels] = convRunOutputShape(request);
  const { weight, groups } = request;
  const fills = (total: number) => partition.ranges(total).length === partition.count;
  const axes: ConvSplitAxis[] = [];
  if (fills(groups)) axes.push('groups');
  const smallest = Math.min(...partition.ranges(outChannels).map(([start, end]) => end - start));
  const [, ...kernelShape] = weight.shape as Shape4;
  const keepsPath =
    convRunMethod(request, weight.shape as Shape4) === convRunMethod(request, [smallest, ...kernelShape]);
  if (groups === 1 && fills(outChannels) && keepsPath) axes.push('channels');
  if (
    fills(rowSteps(request)) &&
    rowBands(request, partition).every((band) => band.endInputRow > band.firstInputRow)
  ) {
    axes.push('rows');
  }
  return axes;
}

/**
 * The axis that moves the least data, or null when none can be split. Groups first: each part gets only its own
 * input channels and weights. Otherwise output rows (each part gets its band of input rows plus the kernel's
 * halo, and all the weights) or output channels (all the input, its share of the weights), whichever sends
 * fewer elements: rows for images and early layers, channels for deep layers whose weights outweigh the input.
 */
export function chooseConvSplitAxis(request: ConvRunRequest, partition: Partition): ConvSplitAxis | null {
  const axes = convSplitAxes(request, partition);
  const parts = partition.count;
  if (axes.includes('groups')) return 'groups';
  const inputSize = request.input.data.length;
  const weightSize = request.weight.data.length;
  const channelsCheaper = parts * inputSize + weightSize < inputSize + parts * weightSize;
  if (axes.includes('channels') && (channelsCheaper || !axes.includes('rows'))) return 'channels';
  return axes.includes('rows') ? 'rows' : null;
}

/**
 * Where a split puts its arrays when the host shares memory with its workers (main's worker_threads): the parts
 * read one shared copy of the input and write straight into a shared output, and the merged reply is copied
 * into `reply` (memory the caller may keep: shared memory cannot be sent on over IPC).
 */
export interface SplitMemory {
  lease: ArenaLease;
  reply(kind: FloatArray, length: number): FloatArray;
}

/** A new array of `length` elements of the same kind as `template`, in `lease` when given. */
type Allocate = (template: FloatArray, length: number) => FloatArray;

/**
 * Splits a conv:run request into the partition's parts along `axis` (see chooseConvSplitAxis), with a merge
 * that puts the part outputs back into one [N, Cout, oH, oW] tensor. Each part is an ordinary conv:run payload;
 * a row band carries the input rows its outputs read (stride and dilation included) and the padding that falls
 * inside it, so the parts compute exactly the sums of the whole. Without `memory`, each part gets its own new
 * buffers, moved to its worker; with it, see SplitMemory.
 */
export function splitConvRun(
  request: ConvRunRequest,
  partition: Partition,
  axis: ConvSplitAxis,
  memory?: SplitMemory,
): JobPlan {
  const outputShape = convRunOutputShape(request);
  const [batch, outChannels, outHeight, outWidth] = outputShape;
  const { input, weight, bias, groups } = request;
  const [, inChannels, height, width] = input.shape as Shape4;
  const groupOutChannels = outChannels / groups;
  const groupInChannels = inChannels / groups;
  const lease = memory?.lease;
  const allocate: Allocate = (template, length) =>
    lease
      ? lease.array(template.constructor as FloatArrayKind, length)
      : new (template.constructor as new (length: number) => FloatArray)(length);
  // Parts by channels read all of the input and parts by groups (of one image) a stretch of it: one shared copy.
  const readsWholeInput = axis === 'channels' || (axis === 'groups' && batch === 1);
  const sharedInput = readsWholeInput ? lease?.copy(input.data) : undefined;
  const sharedWeight = lease?.copy(weight.data);
  const sharedBias = bias ? lease?.copy(bias) : undefined;
  const output = allocate(
    input.data,
    outputShape.reduce((product, size) => product * size, 1),
  );
  // Only the Float32 kernels write into a given output (JobContext.outputFloat32).
  const targets = lease !== undefined && output instanceof Float32Array;
  /** A part's output block: written in place when it is a contiguous stretch of the whole output. */
  const target = (channel: number, channels: number, row: number, rows: number) => {
    if (!targets) return undefined;
    const contiguous = batch === 1 && (rows === outHeight || channels === 1);
    if (!contiguous) return allocate(output, batch * channels * rows * outWidth) as Float32Array;
    const from = (channel * outHeight + row) * outWidth;
    return output.subarray(from, from + channels * rows * outWidth);
  };
  const blocks: Array<{ part: JobPart; channel: number; row: number }> = [];
  if (axis === 'rows') {
    for (const band of rowBands(request, partition)) {
      const bandInput = sliceInput(input, allocate, 0, inChannels, band.firstInputRow, band.endInputRow);
      const rows = band.endOutputRow - band.firstOutputRow;
      const shared = sharedWeight && {
        weight: { shape: [...weight.shape], data: sharedWeight },
        bias: sharedBias ?? null,
      };
      const part = partRequest(
        request,
        { input: bandInput, padding: band.padding, ...shared },
        target(0, outChannels, band.firstOutputRow, rows),
      );
      blocks.push({ part, channel: 0, row: band.firstOutputRow });
    }
  } else {
    const perGroup = axis === 'groups';
    const inPlane = height * width;
    for (const [first, end] of partition.ranges(perGroup ? groups : outChannels)) {
      const [firstOut, endOut] = perGroup ? [first * groupOutChannels, end * groupOutChannels] : [first, end];
      const [firstIn, endIn] = [first * groupInChannels, end * groupInChannels];
      let partInput: Tensor;
      if (!perGroup) partInput = sharedInput ? { shape: [...input.shape], data: sharedInput } : copy(input);
      else if (sharedInput && batch === 1) {
        const data = sharedInput.subarray(firstIn * inPlane, endIn * inPlane);
        partInput = { shape: [1, endIn - firstIn, height, width], data };
      } else partInput = sliceInput(input, allocate, firstIn, endIn);
      const perChannel = weight.data.length / weight.shape[0]!;
      const weightData = sharedWeight
        ? sharedWeight.subarray(firstOut * perChannel, endOut * perChannel)
        : weight.data.slice(firstOut * perChannel, endOut * perChannel);
      const part = partRequest(
        request,
        {
          input: partInput,
          weight: { shape: [endOut - firstOut, ...weight.shape.slice(1)], data: weightData },
          bias: sharedBias
            ? sharedBias.subarray(firstOut, endOut)
            : bias
              ? bias.slice(firstOut, endOut)
              : null,
          groups: perGroup ? end - first : 1,
        },
        target(firstOut, endOut - firstOut, 0, outHeight),
      );
      blocks.push({ part, channel: firstOut, row: 0 });
    }
  }
  return {
    parts: blocks.map((block) => block.part),
    merge(replies) {
      // Straight into the reply: a block a part wrote in place is copied out of the shared output, any other
      // block from the part's reply. One copy per element, whatever the axis.
      const data = memory ? memory.reply(output, output.length) : output;
      replies.forEach((reply, index) => {
        const { part, channel, row } = blocks[index]!;
        const partData = (reply as ConvRunReply).data;
        if (writtenInPlace(partData, part.output, output)) {
          const at = (part.output!.byteOffset - output.byteOffset) / output.BYTES_PER_ELEMENT;
          if (data !== output) data.set(part.output!, at);
        } else placeBlock(data, outputShape, reply as ConvRunReply, channel, row);
      });
      return { shape: outputShape, data } satisfies ConvRunReply;
    },
  };
}

/**
 * Whether a part's reply is already where it belongs: it came back as the shared view of the whole output the
 * part was given (a posted shared view arrives as a new object, so compare places, not identity).
 */
function writtenInPlace(data: FloatArray, target: Float32Array | undefined, output: FloatArray): boolean {
  return (
    target !== undefined &&
    target.buffer === output.buffer &&
    isShared(data.buffer) &&
    data.byteOffset === target.byteOffset &&
    data.length === target.length
  );
}

interface RowBand {
  firstOutputRow: number;
  endOutputRow: number;
  firstInputRow: number;
  endInputRow: number;
  padding: ConvRunRequest['padding'];
}

/**
 * How many rows a band's first row must be a multiple of: 2 for Winograd, whose 2x2 tiles start at even rows
 * (a tile's two rows round differently), else 1.
 */
function rowStep(request: ConvRunRequest): number {
  return convRunMethod(request, request.weight.shape as Shape4) === 'winograd' ? winogradRowStep : 1;
}

/** How many units of rowStep rows the output has: what the partition shares out. */
function rowSteps(request: ConvRunRequest): number {
  return Math.ceil(convRunOutputShape(request)[2] / rowStep(request));
}

/**
 * Output rows in the partition's bands (shared out in units of rowStep rows), each with the input rows it reads
 * and the padding that falls inside it. Output rows first..end-1 read padded rows first*s .. (end-1)*s + d(kH-1),
 * that is input rows shifted up by `top`; what lies outside the input becomes the band's own top or bottom
 * padding. A band can lie wholly in the padding (a tiny input, a large padding): it then has no input rows, and
 * rows cannot be split.
 */
function rowBands(request: ConvRunRequest, partition: Partition): RowBand[] {
  const [top, , left, right] = request.padding;
  const height = request.input.shape[2]!;
  const reach = request.dilation[0] * (request.weight.shape[2]! - 1);
  const outHeight = convRunOutputShape(request)[2];
  const step = rowStep(request);
  return partition.ranges(rowSteps(request)).map(([firstStep, endStep]) => {
    const [first, end] = [firstStep * step, Math.min(endStep * step, outHeight)];
    const start = first * request.stride[0] - top;
    const stop = (end - 1) * request.stride[0] + reach + 1 - top;
    const firstInputRow = Math.max(0, start);
    const endInputRow = Math.min(height, stop);
    const padding: RowBand['padding'] = [firstInputRow - start, stop - endInputRow, left, right];
    return { firstOutputRow: first, endOutputRow: end, firstInputRow, endInputRow, padding };
  });
}

/**
 * A part's payload: the request with some fields replaced; it moves those of the part's new buffers that are
 * not shared memory, and carries its output target when it has one.
 */
function partRequest(
  request: ConvRunRequest,
  changes: Partial<ConvRunRequest>,
  output?: Float32Array,
): JobPart {
  const payload = { ...request, ...changes };
  const fresh = [changes.input?.data, changes.weight?.data, changes.bias ?? undefined];
  const transfer = fresh.flatMap((data) =>
    data && !isShared(data.buffer) ? [data.buffer as ArrayBuffer] : [],
  );
  return output ? { payload, transfer, output } : { payload, transfer };
}

function copy(tensor: Tensor): Tensor {
  return { shape: [...tensor.shape], data: tensor.data.slice() };
}

/** Channels [firstChannel, endChannel) and rows [firstRow, endRow) of an NCHW tensor, as a new tensor. */
function sliceInput(
  tensor: Tensor,
  allocate: Allocate,
  firstChannel: number,
  endChannel: number,
  firstRow = 0,
  endRow = tensor.shape[2]!,
): Tensor {
  const [batch, channels, height, width] = tensor.shape as Shape4;
  const shape: Shape4 = [batch, endChannel - firstChannel, endRow - firstRow, width];
  const data = allocate(
    tensor.data,
    shape.reduce((product, size) => product * size, 1),
  );
  const block = (endRow - firstRow) * width;
  let at = 0;
  for (let n = 0; n < batch; n++) {
    for (let channel = firstChannel; channel < endChannel; channel++) {
      const from = ((n * channels + channel) * height + firstRow) * width;
      data.set(tensor.data.subarray(from, from + block), at);
      at += block;
    }
  }
  return { shape, data };
}

/** Copies a part's [N, c, r, oW] output into the whole [N, Cout, oH, oW] at channel `channel`, row `row`. */
function placeBlock(
  output: FloatArray,
  outputShape: Shape4,
  part: ConvRunReply,
  channel: number,
  row: number,
) {
  const [batch, outChannels, outHeight, outWidth] = outputShape;
  const [, partChannels, partRows] = part.shape as Shape4;
  const block = partRows * outWidth;
  let from = 0;
  for (let n = 0; n < batch; n++) {
    for (let c = 0; c < partChannels; c++) {
      const to = ((n * outChannels + channel + c) * outHeight + row) * outWidth;
      output.set(part.data.subarray(from, from + block), to);
      from += block;
    }
  }
}
