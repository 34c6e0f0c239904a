import { EngineError, type EngineErrorCode } from '../../../shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../../shared/engine/refusal.ts';
import type { JobReply } from '../../../shared/engine/jobs.ts';
import type { TracePayload } from '../../../shared/engine/jobs/conv-trace.ts';
import type { ImageFilterPayload, KernelPayload } from '../../../shared/engine/jobs/image-filter.ts';
import type { EngineHost } from '../../lib/host/index.ts';

export type { ImageFilterPayload, KernelPayload, TracePayload };

/** The part of the engine host the lab uses (a fake in component tests). */
export type LabHost = Pick<EngineHost, 'run'>;

export function requestTrace(
  host: LabHost,
  payload: TracePayload,
  signal: AbortSignal,
): Promise<JobReply<'conv:trace'>> {
  return host.run('conv:trace', payload, { signal });
}

export function requestFilter(
  host: LabHost,
  payload: ImageFilterPayload,
  options: { signal: AbortSignal; onProgress: (fraction: number) => void },
): Promise<JobReply<'image:filter'>> {
  return host.run('image:filter', payload, {
    ...options,
    transfer: [payload.pixels.buffer as ArrayBuffer],
  });
}

/** A failed engine job as the lab shows it: the code (for the headline) and the refusal's data, if any. */
export interface EngineProblem {
  code: EngineErrorCode;
  refusal: EngineRefusal | null;
}

export function engineProblem(thrown: unknown): EngineProblem {
  const error = EngineError.from(thrown);
  return { code: error.code, refusal: error.refusal };
}

export function isCancellation(thrown: unknown): boolean {
  return thrown instanceof EngineError && thrown.code === 'CANCELLED';
}
