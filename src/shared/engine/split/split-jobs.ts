import { findJob, type JobName } from '../jobs.ts';
import type { ConvRunRequest } from '../jobs/conv-run.ts';
import type { ImageFilterRequest } from '../../conv/image/image-filter-options.ts';
import { evenPartition, guidedPartition, wholePlan, type JobPlan } from './job-plan.ts';
import { movableBuffers } from '../memory/payload-buffers.ts';
import type { ArenaLease, FloatArray, FloatArrayKind } from '../memory/shared-arena.ts';
import { chooseConvSplitAxis, convWork, splitConvRun, type SplitMemory } from './split-conv-run.ts';
import { canSplitImageFilter, imageMultiplyAdds, splitImageFilter } from './split-image-filter.ts';

/**
 * Below this many multiply-adds (as the kernels do them: convWork) a job runs whole on one worker. Measured on
 * this project's 2-core VM, the same requests through main's pool, whole and split taking turns (bench/conv.ts
 * cases): at ~26 M, whole won: (c) 1.80 against 2.16 ms, and the data-heavy (d) 3.5 against 4.4 ms (its 4 MB
 * in and out are copied twice more when split); (b) by Winograd (51 M) and (a) (118 M) gained from the split
 * (3.0 against 3.6 ms; 4.7 against 16.7 ms: whole, its 3.2 MB reply is fresh memory in the worker, ~10 ms of page
 * faults on this VM). A split costs main a shared copy of the input, a merge, a second
 * worker to wake, and each part its own set-up, which small jobs do not earn back. `npm run bench -- split`
 * measures it again, with 1x1 layers at 38 M and 51 M and images at 23 M and 42 M: between ~35 M and ~55 M
 * split and whole took turns winning by under 10 %, so the threshold sits where the choice hardly matters; an
 * image of 42 M gained 20 % split.
 */
export const splitWorkThreshold = 40_000_000;

export interface PlanOptions {
  /** How many workers can run parts at once; 1 never splits. */
  workers: number;
  /** Whether the merge may write into this buffer of the payload (the host owns it). */
  owns(buffer: ArrayBufferLike): boolean;
  /** The split threshold, in multiply-adds as the kernels do them (convWork); tests use 0 to split everything. */
  threshold?: number;
  /**
   * Shared memory for this request's parts, when the host's workers share memory with it (main's pool). The
   * host releases it once every part has answered.
   */
  lease?: ArenaLease;
}

/**
 * Checks a payload's structure, types and sizes with its job's `parse` (throwing INVALID_INPUT / INPUT_TOO_LARGE
 * before anything is queued) and decides how to run it: whole, or split across the workers when it is large
 * enough (conv:run by groups, output channels or output rows; image:filter by row bands). Any other job, and any
 * job under the threshold, runs whole with the payload exactly as the caller sent it, moving the buffers the
 * host owns; its worker's parse checks every number (ParseOptions). A split job's numbers are checked here.
 */
export function planJob(job: JobName, payload: unknown, options: PlanOptions): JobPlan {
  const definition = findJob(job);
  // The numbers are checked by the worker that runs a whole job; parts get theirs checked here, so that an
  // error names the position in the request, not in a part.
  const request = definition.parse(payload, { values: false });
  const { workers, threshold = splitWorkThreshold, lease } = options;
  const owned = movableBuffers(payload).filter((buffer) => options.owns(buffer));
  // Without shared memory, cutting parts copies the input in the host's own thread: for a browser host that is
  // the UI thread (a 12-megapixel image is 48 MB; its bands took up to ~60 ms here, a long task). A request
  // whose buffers were moved to the host runs whole instead, at no copy at all; buffers the host does not own
  // are copied by postMessage anyway, so cutting them costs nothing more.
  const mayCopy = lease !== undefined || owned.length === 0;
  if (workers < 2 || !mayCopy) return wholePlan(payload, owned);
  // With shared memory the workers claim parts as they go (JobPlan.claimable), in two rounds of shrinking size
  // so that a faster one runs more of them. Without, one part per worker (each is a message and a copy).
  const partitions = lease ? [guidedPartition(workers), evenPartition(workers)] : [evenPartition(workers)];
  const claimable = lease !== undefined;
  if (job === 'conv:run') {
    const conv = request as ConvRunRequest;
    if (convWork(conv) < threshold) return wholePlan(payload, owned);
    for (const partition of partitions) {
      const axis = chooseConvSplitAxis(conv, partition);
      if (!axis) continue;
      definition.parse(payload);
      return {
        ...splitConvRun(conv, partition, axis, lease && { lease, reply: replyArray(owned) }),
        claimable,
      };
    }
  }
  if (job === 'image:filter') {
    const image = request as ImageFilterRequest;
    if (imageMultiplyAdds(image) < threshold) return wholePlan(payload, owned);
    const partition = partitions.find((candidate) => canSplitImageFilter(image, candidate));
    if (partition) {
      const reuseOutput = options.owns(image.pixels.buffer);
      const record = payload as Record<string, unknown>;
      return { ...splitImageFilter(image, record, partition, reuseOutput, lease), claimable };
    }
  }
  return wholePlan(payload, owned);
}

/**
 * Where a merged reply goes: a buffer of the request the host owns and no part reads any more (the parts read
 * shared copies), when one is large enough; else a new one. Recycled memory costs no page faults.
 */
function replyArray(owned: ArrayBuffer[]): SplitMemory['reply'] {
  return (kind, length) => {
    const bytes = length * kind.BYTES_PER_ELEMENT;
    const buffer = owned.find((candidate) => candidate.byteLength >= bytes);
    const constructor = kind.constructor as FloatArrayKind;
    return buffer
      ? new constructor(buffer, 0, length)
      : new (kind.constructor as new (length: number) => FloatArray)(length);
  };
}
