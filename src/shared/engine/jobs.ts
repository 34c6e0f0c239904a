import { EngineError } from './engine-error.ts';
import type { JobDefinition } from './job.ts';
import { jobNames, type JobName } from './job-names.ts';
import { convRunJob } from './jobs/conv-run.ts';
import { convTraceJob } from './jobs/conv-trace.ts';
import { imageFilterJob } from './jobs/image-filter.ts';
import { nnAnalyzeJob } from './jobs/nn-analyze.ts';

/**
 * Every engine job, in one registry (Netron's shape: one module per job, registered here). The keys are also
 * the IPC channel names, so adding a job here adds its typed channel, preload function and host method.
 */
export const jobs = {
  'conv:run': convRunJob,
  'conv:trace': convTraceJob,
  'image:filter': imageFilterJob,
  'nn:analyze': nnAnalyzeJob,
} as const satisfies Record<JobName, unknown>;

export { jobNames, type JobName };
export type JobRequest<Name extends JobName> =
  (typeof jobs)[Name] extends JobDefinition<infer Request, infer _Reply> ? Request : never;
export type JobReply<Name extends JobName> =
  (typeof jobs)[Name] extends JobDefinition<infer _Request, infer Reply> ? Reply : never;

export function isJobName(value: unknown): value is JobName {
  return typeof value === 'string' && Object.hasOwn(jobs, value);
}

export function findJob(name: unknown): JobDefinition<unknown, unknown> {
  if (!isJobName(name)) throw new EngineError('UNKNOWN_JOB', `No engine job named ${JSON.stringify(name)}.`);
  return jobs[name] as JobDefinition<unknown, unknown>;
}
