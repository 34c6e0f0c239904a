import type { IpcMainInvokeEvent } from 'electron';
import { jobNames, type JobName } from '../../shared/engine/job-names.ts';
import { readRecord, refuse } from '../../shared/engine/payload.ts';
import { requestIdMaxLength, type EventContract } from '../../shared/ipc/contract.ts';
import type { EngineService } from '../compute/engine-service.ts';
import type { InvokeHandler, InvokeHandlers } from './invoke-handlers.ts';

export function readRequestId(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > requestIdMaxLength) {
    throw refuse({ code: 'badName', field: 'requestId', limit: requestIdMaxLength });
  }
  return value;
}

function sendProgress(event: IpcMainInvokeEvent, progress: EventContract['engine:progress']): void {
  if (!event.sender.isDestroyed()) event.sender.send('engine:progress', progress);
}

/**
 * One handler per engine job plus `engine:cancel`. The engine service checks the payload's structure and sizes
 * with the job's own `parse` before queueing, so a malformed or oversized request is answered at once and takes
 * no place in the queue; the workers receive the payload as the renderer sent it and check every number
 * themselves. The payload arrived over IPC, so main owns its buffers: the service moves them to the worker,
 * which may write the reply into them, and nothing here reads the payload afterwards.
 */
export function createEngineHandlers(engine: EngineService): InvokeHandlers<JobName | 'engine:cancel'> {
  const runJob =
    (name: JobName): InvokeHandler<JobName> =>
    async (event, call) => {
      const record = readRecord(call, 'call');
      const requestId = readRequestId(record.requestId);
      const reply = await engine.run(name, requestId, record.payload, (fraction) =>
        sendProgress(event, { requestId, fraction }),
      );
      return reply as Awaited<ReturnType<InvokeHandler<JobName>>>;
    };
  const jobHandlers = Object.fromEntries(
    jobNames.map((name) => [name, runJob(name)]),
  ) as InvokeHandlers<JobName>;
  return {
    ...jobHandlers,
    'engine:cancel': (_event, requestId) => engine.cancel(readRequestId(requestId)),
  };
}
