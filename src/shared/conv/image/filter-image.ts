import type { JobContext } from '../../engine/job.ts';
import { wasmKernels, type WasmKernels } from '../wasm/kernels.ts';
import { filterImageReference } from './filter-image-reference.ts';
import { separateKernel } from './image-kernels.ts';
import {
  borderRules,
  imageGeometry,
  rescaleFactor,
  type FilteredImage,
  type ImageFilterRequest,
} from './image-filter-options.ts';

/** Output modes of filterRgba in assembly/image-kernels.ts. */
const outputMode = { clamp: 0, absolute: 1, statistics: 2, rescale: 3 } as const;

/** Pixels per band: progress is reported after each band, and the expanded float rows stay small (~16 MB). */
const bandPixels = 1_000_000;

const noProgress: Pick<JobContext, 'reportProgress' | 'throwIfCancelled'> = { reportProgress() {} };

/**
 * Filters an RGBA image on the WebAssembly kernels, in bands of rows so progress comes regularly. Rescale needs
 * each channel's minimum and maximum first, so it runs the bands twice (statistics, then mapping), reporting
 * the first pass as the first half. The result is written into `output` when given (the job passes the
 * request's own transferred buffer, so no second 48 MB buffer is made for a 12-megapixel image).
 * Without WebAssembly it takes the Float64 reference path. A cancelled job (context.throwIfCancelled) stops
 * before its next band.
 */
export function filterImage(
  request: ImageFilterRequest,
  context: Pick<JobContext, 'reportProgress' | 'throwIfCancelled'> = noProgress,
  output?: Uint8ClampedArray,
  kernels: WasmKernels | null = wasmKernels(),
): FilteredImage {
  if (!kernels) {
    const result = filterImageReference(request);
    context.reportProgress(1);
    if (!output) return result;
    output.set(result.pixels);
    return { ...result, pixels: output.subarray(0, result.pixels.length) };
  }
  const { width, height, pixels, kernel } = request;
  const geometry = imageGeometry(request);
  const { outHeight, outWidth } = geometry;
  const paddedWidth = width + geometry.left + geometry.right;
  const bandRows = Math.max(1, Math.min(outHeight, Math.floor(bandPixels / paddedWidth)));
  const expandedRows = bandRows + kernel.height - 1;
  const separable = separateKernel(kernel);
  const area = kernel.height * kernel.width;

  kernels.reset();
  const sourceAddress = kernels.allocate(pixels.length);
  const expandedAddress = kernels.allocate(expandedRows * paddedWidth * 16);
  const rowsPassAddress = separable ? kernels.allocate(expandedRows * outWidth * 16) : 0;
  const bandAddress = kernels.allocate(bandRows * outWidth * 4);
  const weightsAddress = kernels.allocate(area * 4);
  const secondAddress = kernel.second ? kernels.allocate(area * 4) : 0;
  const statisticsAddress = kernels.allocate(32);
  kernels.bytes(sourceAddress, pixels.length).set(pixels);
  // A separable kernel keeps its row at weights[0..kW) and its column at weights[kW..kW+kH).
  if (separable) {
    kernels.floats(weightsAddress, area).set([...separable.row, ...separable.column]);
  } else {
    kernels.floats(weightsAddress, area).set(kernel.weights);
  }
  if (kernel.second) kernels.floats(secondAddress, area).set(kernel.second);
  const statistics = kernels.floats(statisticsAddress, 8);
  statistics.set([Infinity, Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity, -Infinity]);

  const result = output ?? new Uint8ClampedArray(outWidth * outHeight * 4);
  // assembly/image-kernels.ts numbers the rules zero 0, replicate 1, reflect 2; "valid" reads no border at all.
  const border = request.border === 'valid' ? 0 : borderRules.indexOf(request.border);
  const passes =
    request.display === 'rescale'
      ? [outputMode.statistics, outputMode.rescale]
      : [outputMode[request.display]];
  const bands = Math.ceil(outHeight / bandRows);
  passes.forEach((mode, pass) => {
    if (mode === outputMode.rescale) {
      // The per-channel scale 255 / (max - min), or 0 for a flat channel (it maps to 0).
      const scaled = kernels.floats(statisticsAddress, 8);
      for (let lane = 0; lane < 4; lane++) scaled[lane + 4] = rescaleFactor(scaled[lane]!, scaled[lane + 4]!);
    }
    for (let band = 0; band < bands; band++) {
      // A band is at most a megapixel (a few milliseconds): a cancelled filter stops within one.
      context.throwIfCancelled?.();
      const firstRow = band * bandRows;
      const rows = Math.min(bandRows, outHeight - firstRow);
      const run = kernels.exports;
      run.expandRgba(
        sourceAddress,
        width,
        height,
        firstRow - geometry.top,
        rows + kernel.height - 1,
        geometry.left,
        geometry.right,
        border,
        request.colour === 'grayscale',
        expandedAddress,
      );
      const alphaSource =
        sourceAddress + ((firstRow + geometry.alphaRowShift) * width + geometry.alphaColumnShift) * 4;
      if (separable) {
        run.filterRows(
          expandedAddress,
          paddedWidth,
          rows + kernel.height - 1,
          outWidth,
          weightsAddress,
          kernel.width,
          rowsPassAddress,
        );
      }
      run.filterRgba(
        separable ? rowsPassAddress : expandedAddress,
        separable ? outWidth : paddedWidth,
        rows,
        outWidth,
        separable ? weightsAddress + kernel.width * 4 : weightsAddress,
        secondAddress,
        kernel.height,
        separable ? 1 : kernel.width,
        mode,
        alphaSource,
        width,
        bandAddress,
        statisticsAddress,
      );
      if (mode !== outputMode.statistics) {
        result.set(kernels.bytes(bandAddress, rows * outWidth * 4), firstRow * outWidth * 4);
      }
      context.reportProgress((pass * bands + band + 1) / (passes.length * bands));
    }
  });
  return { width: outWidth, height: outHeight, pixels: result.subarray(0, outWidth * outHeight * 4) };
}
