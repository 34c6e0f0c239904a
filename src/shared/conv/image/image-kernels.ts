import { refuse } from '../../engine/payload.ts';

/** The kernels the lab offers for images; every one is applied as cross-correlation (no flip), like conv2d. */
export const imageKernelNames = [
  'identity',
  'box-blur',
  'gaussian',
  'sharpen',
  'emboss',
  'outline',
  'sobel-x',
  'sobel-y',
  'sobel-magnitude',
  'laplacian',
  'custom',
] as const;

export type ImageKernelName = (typeof imageKernelNames)[number];

/** The largest kernel side the image filter accepts (box, Gaussian and custom kernels). */
export const imageKernelSizeLimit = 31;

/** A kernel ready to apply: weights row-major and already normalised, with that normalisation stated. */
export interface ImageKernel {
  name: ImageKernelName;
  height: number;
  width: number;
  weights: Float64Array;
  /** Sobel magnitude: the second kernel (Gy); the output is sqrt(Gx^2 + Gy^2). */
  second: Float64Array | null;
  /** How the weights were scaled, for the screen: "divided by 16 (the sum)", "none (sums to 0)". */
  normalisation: string;
  /** Whether outputs can be negative, so the display mapping (clamp / absolute / rescale) matters. */
  signed: boolean;
}

export type ImageKernelSpec =
  | { name: Exclude<ImageKernelName, 'custom' | 'box-blur' | 'gaussian'> }
  | { name: 'box-blur' | 'gaussian'; size: number }
  | { name: 'custom'; height: number; width: number; weights: ArrayLike<number>; normalise: boolean };

const fixed: Record<string, { weights: number[]; normalisation: string }> = {
  identity: { weights: [0, 0, 0, 0, 1, 0, 0, 0, 0], normalisation: 'none (sums to 1)' },
  sharpen: { weights: [0, -1, 0, -1, 5, -1, 0, -1, 0], normalisation: 'none (sums to 1)' },
  emboss: { weights: [-2, -1, 0, -1, 1, 1, 0, 1, 2], normalisation: 'none (sums to 1)' },
  outline: { weights: [-1, -1, -1, -1, 8, -1, -1, -1, -1], normalisation: 'none (sums to 0)' },
  'sobel-x': { weights: [-1, 0, 1, -2, 0, 2, -1, 0, 1], normalisation: 'none (sums to 0)' },
  'sobel-y': { weights: [-1, -2, -1, 0, 0, 0, 1, 2, 1], normalisation: 'none (sums to 0)' },
  laplacian: { weights: [0, 1, 0, 1, -4, 1, 0, 1, 0], normalisation: 'none (sums to 0)' },
};

/** Row n-1 of Pascal's triangle: the binomial weights that approximate a Gaussian with variance (n-1)/4. */
function binomialRow(size: number): number[] {
  let row = [1];
  for (let step = 1; step < size; step++)
    row = [...row, 0].map((value, index) => value + (row[index - 1] ?? 0));
  return row;
}

/** Each side a positive integer, then both within the limit (the refusal names both sides and the limit). */
function checkSize(height: number, width: number, where: { height: string; width: string }): void {
  if (!Number.isInteger(height) || height < 1)
    throw refuse({ code: 'notPositive', field: where.height, actual: height });
  if (!Number.isInteger(width) || width < 1)
    throw refuse({ code: 'notPositive', field: where.width, actual: width });
  if (Math.max(height, width) > imageKernelSizeLimit)
    throw refuse({ code: 'kernelTooLarge', height, width, limit: imageKernelSizeLimit });
}

const squareSize = { height: 'kernel.size', width: 'kernel.size' };

/**
 * The weights of a named kernel. Box blur n x n: all ones divided by n^2. Gaussian n x n: the outer product of
 * binomial rows (n = 3: [1 2 1]), divided by its sum 4^(n-1). Sobel x responds to brightness growing to the
 * right, Sobel y downwards. Custom kernels are divided by their sum when asked and the sum is not 0.
 */
export function imageKernel(spec: ImageKernelSpec): ImageKernel {
  const base = { name: spec.name, second: null };
  switch (spec.name) {
    case 'box-blur': {
      checkSize(spec.size, spec.size, squareSize);
      const area = spec.size * spec.size;
      return {
        ...base,
        height: spec.size,
        width: spec.size,
        weights: new Float64Array(area).fill(1 / area),
        normalisation: `divided by ${area} (the sum)`,
        signed: false,
      };
    }
    case 'gaussian': {
      checkSize(spec.size, spec.size, squareSize);
      const row = binomialRow(spec.size);
      const sum = 4 ** (spec.size - 1);
      return {
        ...base,
        height: spec.size,
        width: spec.size,
        weights: Float64Array.from(row.flatMap((a) => row.map((b) => (a * b) / sum))),
        normalisation: `binomial [${row.join(' ')}] outer product, divided by ${sum} (the sum)`,
        signed: false,
      };
    }
    case 'custom': {
      checkSize(spec.height, spec.width, { height: 'kernel.height', width: 'kernel.width' });
      if (spec.weights.length !== spec.height * spec.width) {
        throw refuse({
          code: 'wrongCount',
          field: 'kernel.weights',
          unit: 'numbers',
          expected: spec.height * spec.width,
          actual: spec.weights.length,
        });
      }
      const weights = Float64Array.from(spec.weights);
      weights.forEach((value, index) => {
        if (!Number.isFinite(value))
          throw refuse({ code: 'notFinite', field: `kernel.weights[${index}]`, got: null });
      });
      const sum = weights.reduce((total, value) => total + value, 0);
      const divide = spec.normalise && sum !== 0;
      return {
        ...base,
        height: spec.height,
        width: spec.width,
        weights: divide ? weights.map((value) => value / sum) : weights,
        normalisation: divide ? `divided by ${sum} (the sum)` : `none (sums to ${sum})`,
        signed: weights.some((value) => value < 0),
      };
    }
    case 'sobel-magnitude':
      return {
        ...base,
        height: 3,
        width: 3,
        weights: Float64Array.from(fixed['sobel-x']!.weights),
        second: Float64Array.from(fixed['sobel-y']!.weights),
        normalisation: 'none: sqrt(Gx^2 + Gy^2) of Sobel x and y',
        signed: false,
      };
    default: {
      const entry = fixed[spec.name]!;
      return {
        ...base,
        height: 3,
        width: 3,
        weights: Float64Array.from(entry.weights),
        normalisation: entry.normalisation,
        signed: entry.weights.some((value) => value < 0),
      };
    }
  }
}

/**
 * A kernel that is the outer product of a column and a row (Gaussian, box blur), split into the two, so the
 * filter costs kH + kW multiply-adds per pixel instead of kH * kW; null for any other kernel. The product of
 * the parts matches every weight within 1e-12 of the largest.
 */
export function separateKernel(kernel: ImageKernel): { column: Float64Array; row: Float64Array } | null {
  const { height, width, weights } = kernel;
  if (kernel.second || height === 1 || width === 1) return null;
  let pivot = 0;
  weights.forEach((value, index) => {
    if (Math.abs(value) > Math.abs(weights[pivot]!)) pivot = index;
  });
  const scale = Math.abs(weights[pivot]!);
  if (scale === 0) return null;
  const pivotRow = Math.floor(pivot / width);
  const pivotColumn = pivot % width;
  const column = Float64Array.from({ length: height }, (_, y) => weights[y * width + pivotColumn]!);
  const row = Float64Array.from(
    { length: width },
    (_, x) => weights[pivotRow * width + x]! / weights[pivot]!,
  );
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (Math.abs(column[y]! * row[x]! - weights[y * width + x]!) > 1e-12 * scale) return null;
    }
  }
  return { column, row };
}
