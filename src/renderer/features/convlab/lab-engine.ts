import type { ImageKernelName } from '../../../shared/conv/image/image-kernels.ts';
import type {
  BorderRule,
  ColourMode,
  DisplayMapping,
} from '../../../shared/conv/image/image-filter-options.ts';
import { EngineError, type EngineErrorCode } from '../../../shared/engine/engine-error.ts';
import type { JobReply, JobRequest } from '../../../shared/engine/jobs.ts';
import type { EngineHost } from '../../lib/host/index.ts';
import type { OpCasePayload } from './lab-setup.ts';

/** The part of the engine host the lab uses (a fake in component tests). */
export type LabHost = Pick<EngineHost, 'run'>;

/** A catalogue kernel as the `image:filter` job reads it (src/shared/engine/jobs/image-filter.ts). */
export type KernelPayload =
  | { name: Exclude<ImageKernelName, 'custom' | 'box-blur' | 'gaussian'> }
  | { name: 'box-blur' | 'gaussian'; size: number }
  | { name: 'custom'; height: number; width: number; weights: number[]; normalise: boolean };

export interface ImageFilterPayload {
  width: number;
  height: number;
  /** RGBA bytes; transferred to the engine (unusable here afterwards). */
  pixels: Uint8ClampedArray;
  kernel: KernelPayload;
  border: BorderRule;
  colour: ColourMode;
  display: DisplayMapping;
}

/*
 * Both jobs declare their request type as what `parse` returns (tensors, a built kernel), while what crosses to
 * the worker is the plain form `parse` reads: a conv_vectors.json case, a kernel by name. These two functions
 * are the one place that says so.
 */

export function requestTrace(
  host: LabHost,
  payload: OpCasePayload,
  signal: AbortSignal,
): Promise<JobReply<'conv:trace'>> {
  return host.run('conv:trace', payload as unknown as JobRequest<'conv:trace'>, { signal });
}

export function requestFilter(
  host: LabHost,
  payload: ImageFilterPayload,
  options: { signal: AbortSignal; onProgress: (fraction: number) => void },
): Promise<JobReply<'image:filter'>> {
  return host.run('image:filter', payload as unknown as JobRequest<'image:filter'>, {
    ...options,
    transfer: [payload.pixels.buffer as ArrayBuffer],
  });
}

/** A failed engine job as the lab shows it: the code (for the message) and the engine's own words. */
export interface EngineProblem {
  code: EngineErrorCode;
  detail: string;
}

export function engineProblem(thrown: unknown): EngineProblem {
  const error = EngineError.from(thrown);
  return { code: error.code, detail: error.message };
}

export function isCancellation(thrown: unknown): boolean {
  return thrown instanceof EngineError && thrown.code === 'CANCELLED';
}
