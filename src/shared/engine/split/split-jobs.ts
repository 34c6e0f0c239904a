import { findJob, type JobName } from '../jobs.ts';
import type { ConvRunRequest } from '../jobs/conv-run.ts';
import type { ImageFilterRequest } from '../../conv/image/image-filter-options.ts';
import { wholePlan, type JobPlan } from './job-plan.ts';
import { chooseConvSplitAxis, convMultiplyAdds, splitConvRun } from './split-conv-run.ts';
import { canSplitImageFilter, imageMultiplyAdds, splitImageFilter } from './split-image-filter.ts';

/**
 * Below this many multiply-adds a job runs whole on one worker. A split costs the host a copy of the input
 * (slicing), a copy of the output (merging) and one more message round trip: well under a millisecond for such
 * a job, while 16 M multiply-adds take ~1 ms on one core at the kernels' ~30 GFLOP/s (bench/conv.ts), so
 * halving that is already worth it; smaller jobs (the lab's grids, depthwise 32x112x112) gain nothing.
 */
export const splitWorkThreshold = 16_000_000;

export interface PlanOptions {
  /** How many workers can run parts at once; 1 never splits. */
  workers: number;
  /** Whether the merge may write into this buffer of the payload (the host owns it). */
  owns(buffer: ArrayBufferLike): boolean;
  /** The split threshold in multiply-adds (tests use 0 to split everything). */
  threshold?: number;
}

/**
 * Checks a payload with its job's `parse` (throwing INVALID_INPUT / INPUT_TOO_LARGE before anything is queued)
 * and decides how to run it: whole, or split across the workers when it is large enough (conv:run by groups,
 * output channels or output rows; image:filter by row bands). Any other job, and any job under the threshold,
 * runs whole with the payload exactly as the caller sent it.
 */
export function planJob(job: JobName, payload: unknown, options: PlanOptions): JobPlan {
  const request = findJob(job).parse(payload);
  const { workers, threshold = splitWorkThreshold } = options;
  if (workers < 2) return wholePlan(payload);
  if (job === 'conv:run') {
    const conv = request as ConvRunRequest;
    const axis = chooseConvSplitAxis(conv, workers);
    if (axis && convMultiplyAdds(conv) >= threshold) return splitConvRun(conv, workers, axis);
  }
  if (job === 'image:filter') {
    const image = request as ImageFilterRequest;
    if (canSplitImageFilter(image, workers) && imageMultiplyAdds(image) >= threshold) {
      const reuseOutput = options.owns(image.pixels.buffer);
      return splitImageFilter(image, payload as Record<string, unknown>, workers, reuseOutput);
    }
  }
  return wholePlan(payload);
}
