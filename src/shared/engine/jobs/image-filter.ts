import { filterImage } from '../../conv/image/filter-image.ts';
import {
  borderRules,
  colourModes,
  displayMappings,
  imageGeometry,
  imagePixelLimit,
  type BorderRule,
  type ColourMode,
  type DisplayMapping,
  type FilteredImage,
  type ImageFilterRequest,
} from '../../conv/image/image-filter-options.ts';
import { imageKernel, imageKernelNames, type ImageKernelSpec } from '../../conv/image/image-kernels.ts';
import type { JobDefinition } from '../job.ts';
import { readBoolean, readChoice, readInteger, readRecord, refuse } from '../payload.ts';
import { describeValue } from '../refusal.ts';

/**
 * A kernel by name, as a caller sends it: what imageKernel builds the weights from, in the worker. A custom
 * kernel's weights are a plain array here (the lab edits them as one).
 */
export type KernelPayload =
  | Exclude<ImageKernelSpec, { name: 'custom' }>
  | (Extract<ImageKernelSpec, { name: 'custom' }> & { weights: number[] });

/** What a caller sends: the image and a kernel by name (parse reads it into an ImageFilterRequest). */
export interface ImageFilterPayload {
  width: number;
  height: number;
  /** RGBA bytes; transferred to the engine (unusable by the caller afterwards). */
  pixels: Uint8ClampedArray;
  kernel: KernelPayload;
  border: BorderRule;
  colour: ColourMode;
  display: DisplayMapping;
}

export interface ImageFilterReply extends FilteredImage {
  /** How the kernel's weights were scaled, to show beside the result. */
  normalisation: string;
}

function readKernelSpec(value: unknown): ImageKernelSpec {
  const record = readRecord(value, 'kernel');
  const name = readChoice(record.name, 'kernel.name', imageKernelNames);
  if (name === 'box-blur' || name === 'gaussian') {
    const size = record.size;
    if (typeof size !== 'number') {
      throw refuse({
        code: 'wrongType',
        field: 'kernel.size',
        expected: 'integer',
        got: describeValue(size),
      });
    }
    return { name, size };
  }
  if (name !== 'custom') return { name };
  const weights = record.weights;
  if (!Array.isArray(weights) && !(weights instanceof Float64Array) && !(weights instanceof Float32Array)) {
    throw refuse({
      code: 'wrongType',
      field: 'kernel.weights',
      expected: 'numberArray',
      got: describeValue(weights),
    });
  }
  return {
    name,
    height: Number(record.height),
    width: Number(record.width),
    weights: weights as ArrayLike<number>,
    normalise: readBoolean(record.normalise, 'kernel.normalise', false),
  };
}

/**
 * Filters an RGBA image with a catalogue or custom kernel (see conv/image/). The pixels arrive as a transferred
 * buffer, and the reply is written into that same buffer and transferred back, so a 12-megapixel image costs
 * no second 48 MB allocation. Over-limit sizes are refused from width and height before anything else is read.
 */
export const imageFilterJob: JobDefinition<ImageFilterRequest, ImageFilterReply> = {
  parse(payload) {
    const record = readRecord(payload, 'image:filter');
    const width = readInteger(record.width, 'width', 1, imagePixelLimit);
    const height = readInteger(record.height, 'height', 1, imagePixelLimit);
    if (width * height > imagePixelLimit) {
      throw refuse({ code: 'imageTooLarge', width, height, limit: imagePixelLimit });
    }
    const pixels = record.pixels;
    if (!(pixels instanceof Uint8ClampedArray)) {
      throw refuse({ code: 'wrongType', field: 'pixels', expected: 'rgbaBytes', got: describeValue(pixels) });
    }
    if (pixels.length !== width * height * 4) {
      throw refuse({
        code: 'wrongCount',
        field: 'pixels',
        unit: 'rgbaBytes',
        expected: width * height * 4,
        actual: pixels.length,
      });
    }
    const kernel = imageKernel(readKernelSpec(record.kernel));
    const request: ImageFilterRequest = {
      width,
      height,
      pixels,
      kernel,
      border: readChoice(record.border ?? 'zero', 'border', borderRules),
      colour: readChoice(record.colour ?? 'per-channel', 'colour', colourModes),
      display: readChoice(record.display ?? 'clamp', 'display', displayMappings),
    };
    const { outHeight, outWidth } = imageGeometry(request);
    if (outHeight < 1 || outWidth < 1) {
      throw refuse({
        code: 'kernelLargerThanImage',
        kernel: [kernel.height, kernel.width],
        image: [width, height],
      });
    }
    return request;
  },
  run(request, context) {
    const filtered = filterImage(request, context, request.pixels);
    return { ...filtered, normalisation: request.kernel.normalisation };
  },
  transferables: (reply) => [reply.pixels.buffer as ArrayBuffer],
};
