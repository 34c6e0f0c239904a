import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { findJob } from '../../../src/shared/engine/jobs.ts';
import type { LabHost } from '../../../src/renderer/features/convlab/lab-engine.ts';

/**
 * The engine run in the test's own thread, as the worker would run it (parse, then run), with the hosts'
 * cancellation rule: an aborted signal rejects with CANCELLED. `calls` lists the jobs asked for.
 */
export function inProcessHost(): LabHost & { calls: string[] } {
  const calls: string[] = [];
  const run = async (
    job: string,
    payload: unknown,
    options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
  ) => {
    calls.push(job);
    await Promise.resolve();
    if (options.signal?.aborted) throw new EngineError('CANCELLED', 'Cancelled while running.');
    const definition = findJob(job);
    return definition.run(definition.parse(payload), { reportProgress: options.onProgress ?? (() => {}) });
  };
  return { calls, run: run as unknown as LabHost['run'] };
}
