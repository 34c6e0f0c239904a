import { EngineError } from './engine-error.ts';
import type { JobName } from './job-names.ts';

/**
 * Jobs whose reply crosses threads as JSON text, not as the structured clone postMessage and Electron's IPC make
 * of an object. Their replies are thousands of small objects (the analysis of a 5,000-layer network, the network
 * itself), which the UI thread reads several times faster as text: in Chromium, measured on this project's
 * machine, the 5,000-layer analysis (2.1 MB) took 50-86 ms to clone and 8-13 ms to JSON.parse. The worker
 * writes the text, where its cost blocks nothing; the window's host reads it (`decodeReply`). Kept apart from
 * the job registry, so the renderer knows these names without bundling the engine.
 */
export const textReplyJobs = ['nn:analyze', 'nn:read'] as const satisfies readonly JobName[];

type TextReplyJob = (typeof textReplyJobs)[number];

/** A reply as it crosses threads: text for the jobs above, the reply itself for the others. */
export type WireReply<Name extends JobName, Reply> = Name extends TextReplyJob ? string : Reply;

export function repliesAsText(job: string): boolean {
  return (textReplyJobs as readonly string[]).includes(job);
}

/** In the worker: the reply as it is posted. */
export function encodeReply(job: string, reply: unknown): unknown {
  return repliesAsText(job) ? JSON.stringify(reply) : reply;
}

/** In the window: the reply as the job returned it. */
export function decodeReply(job: string, wire: unknown): unknown {
  if (!repliesAsText(job)) return wire;
  if (typeof wire !== 'string') throw new EngineError('INTERNAL', `The reply of ${job} was not text.`);
  try {
    return JSON.parse(wire) as unknown;
  } catch {
    throw new EngineError('INTERNAL', `The reply of ${job} could not be read.`);
  }
}
