import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { changeCounter } from '../../lib/db/change-watch.ts';
import { databaseName } from '../../lib/db/schema.ts';
import type { StatsReply, StatsRequest } from './stats-request.ts';
import { statsTableNames } from './stats-source.ts';

/** The User Timing mark the store sets when a report it shows arrives (read by bench/stats.ts). */
export const statsReportMark = 'stats-report';

export type ComputeStats = (request: Omit<StatsRequest, 'id' | 'revision'>) => Promise<StatsReport>;

/**
 * The stats worker behind a promise per request. One worker for the app's life (started on the first visit
 * to the Stats screen); a reply to a request that was superseded still resolves, and the store ignores it.
 * Each request carries the window's count of writes to the tables the charts read (changeCounter), counted
 * from the first visit on: before it the worker holds no rows to reuse.
 */
export function statsWorkerClient(): ComputeStats {
  const revision = changeCounter(databaseName, statsTableNames);
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (report: StatsReport) => void; reject: (error: Error) => void }
  >();
  const start = (): Worker => {
    const started = new Worker(new URL('./stats.worker.ts', import.meta.url), {
      type: 'module',
      name: 'stats',
    });
    started.onmessage = (event: MessageEvent<StatsReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.report);
      else waiting.reject(new Error(reply.message));
    };
    started.onerror = (event) => {
      for (const waiting of pending.values())
        waiting.reject(new Error(event.message || 'stats worker failed'));
      pending.clear();
      worker = null;
    };
    return started;
  };
  return (request) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id, revision: revision() } satisfies StatsRequest);
    });
}
