import {
  imageKernel,
  imageKernelSizeLimit,
  type ImageKernelName,
} from '../../../shared/conv/image/image-kernels.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { parseMatrixText, type Parsed } from './grid-text.ts';
import type { KernelPayload } from './lab-engine.ts';

/** The kernel fields of the image panel. */
export interface KernelChoice {
  name: ImageKernelName;
  /** Box blur and Gaussian: the side n of the n x n kernel. */
  size: number;
  /** Custom: the weights as typed. */
  customText: string;
  /** Custom: divide by the sum (when it is not 0). */
  normalise: boolean;
}

export const sizedKernels: readonly ImageKernelName[] = ['box-blur', 'gaussian'];

/** The request's kernel, or where the custom weights are wrong. Sizes over the limit are the engine's to refuse. */
export function kernelPayload(choice: KernelChoice): Parsed<KernelPayload> {
  const { name } = choice;
  if (name === 'box-blur' || name === 'gaussian') return { ok: true, value: { name, size: choice.size } };
  if (name !== 'custom') return { ok: true, value: { name } };
  const parsed = parseMatrixText(choice.customText);
  if (!parsed.ok) return parsed;
  const rows = parsed.value;
  return {
    ok: true,
    value: {
      name,
      height: rows.length,
      width: rows[0]!.length,
      weights: rows.flat(),
      normalise: choice.normalise,
    },
  };
}

/** The weights a kernel applies (after normalisation), for the small preview grid; null when too big to show. */
export function kernelPreview(
  payload: KernelPayload,
  largestSide = 7,
): { rows: number[][]; second: number[][] | null } | null {
  const side =
    payload.name === 'custom'
      ? Math.max(payload.height, payload.width)
      : 'size' in payload
        ? payload.size
        : 3;
  if (side > Math.min(largestSide, imageKernelSizeLimit)) return null;
  try {
    const kernel = imageKernel(payload);
    const toRows = (weights: Float64Array) =>
      Array.from({ length: kernel.height }, (_, row) =>
        Array.from(weights.subarray(row * kernel.width, (row + 1) * kernel.width)),
      );
    return { rows: toRows(kernel.weights), second: kernel.second ? toRows(kernel.second) : null };
  } catch {
    return null;
  }
}

/** How the weights are scaled, in the UI's language (ENGINE.md convention 8: always stated). */
export function normalisationText(payload: KernelPayload): LocalizedText {
  switch (payload.name) {
    case 'box-blur': {
      const area = payload.size * payload.size;
      return { zh: `全为 1，除以 ${area}（权重之和）`, en: `all ones, divided by ${area} (their sum)` };
    }
    case 'gaussian': {
      const sum = 4 ** (payload.size - 1);
      return {
        zh: `二项式系数的外积，除以 ${sum}（权重之和）`,
        en: `outer product of binomial coefficients, divided by ${sum} (their sum)`,
      };
    }
    case 'custom': {
      const sum = payload.weights.reduce((total, value) => total + value, 0);
      const rounded = Math.round(sum * 10_000) / 10_000;
      return payload.normalise && sum !== 0
        ? { zh: `除以 ${rounded}（权重之和）`, en: `divided by ${rounded} (their sum)` }
        : { zh: `不缩放（权重之和为 ${rounded}）`, en: `none (the weights sum to ${rounded})` };
    }
    case 'sobel-magnitude':
      return { zh: '不缩放：输出 √(Gx² + Gy²)', en: 'none: the output is √(Gx² + Gy²)' };
    case 'outline':
    case 'sobel-x':
    case 'sobel-y':
    case 'laplacian':
      return { zh: '不缩放（权重之和为 0）', en: 'none (the weights sum to 0)' };
    default:
      return { zh: '不缩放（权重之和为 1）', en: 'none (the weights sum to 1)' };
  }
}

/**
 * Whether the kernel can give negative outputs, so the display mapping decides what is seen; as the engine
 * builds it. A kernel the engine refuses gives no image, so nothing to warn about.
 */
export function isSigned(payload: KernelPayload): boolean {
  try {
    return imageKernel(payload).signed;
  } catch {
    return false;
  }
}
