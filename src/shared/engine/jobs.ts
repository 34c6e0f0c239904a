import { EngineError } from './engine-error.ts';
import type { JobDefinition } from './job.ts';
import { jobNames, type JobName } from './job-names.ts';
import { convRunJob, type ConvRunPayload } from './jobs/conv-run.ts';
import { convTraceJob, type TracePayload } from './jobs/conv-trace.ts';
import { imageFilterJob, type ImageFilterPayload } from './jobs/image-filter.ts';
import { nnAnalyzeJob, type NnAnalyzeRequest } from './jobs/nn-analyze.ts';
import { nnReadJob, type NnReadRequest } from './jobs/nn-read.ts';

/**
 * Every engine job, in one registry (Netron's shape: one module per job, registered here). The keys are also
 * the IPC channel names, so adding a job here adds its typed channel, preload function and host method.
 */
export const jobs = {
  'conv:run': convRunJob,
  'conv:trace': convTraceJob,
  'image:filter': imageFilterJob,
  'nn:analyze': nnAnalyzeJob,
  'nn:read': nnReadJob,
} as const satisfies Record<JobName, unknown>;

export { jobNames, type JobName };

/** Requires an entry for every job name, and no other. */
type EveryJob<Table extends Record<JobName, unknown> & Record<Exclude<keyof Table, JobName>, never>> = Table;

/**
 * What a caller (a host, the IPC contract) sends for each job: the plain form its `parse` reads, untrusted
 * until parsed. It differs from the parsed request where parse builds something: tensors from a
 * conv_vectors.json case, a kernel's weights from its name.
 */
export type JobPayloads = EveryJob<{
  'conv:run': ConvRunPayload;
  'conv:trace': TracePayload;
  'image:filter': ImageFilterPayload;
  'nn:analyze': NnAnalyzeRequest;
  'nn:read': NnReadRequest;
}>;
export type JobPayload<Name extends JobName> = JobPayloads[Name];

export type JobReply<Name extends JobName> =
  (typeof jobs)[Name] extends JobDefinition<infer _Request, infer Reply> ? Reply : never;

export function isJobName(value: unknown): value is JobName {
  return typeof value === 'string' && Object.hasOwn(jobs, value);
}

export function findJob(name: unknown): JobDefinition<unknown, unknown> {
  if (!isJobName(name)) throw new EngineError('UNKNOWN_JOB', `No engine job named ${JSON.stringify(name)}.`);
  return jobs[name] as JobDefinition<unknown, unknown>;
}
