import { EngineError } from '../../../shared/engine/engine-error.ts';
import type { JobName, JobReply, JobPayload } from '../../../shared/engine/jobs.ts';
import type { DeepDrillBridge } from '../../../shared/ipc/bridge.ts';
import type { IpcResult } from '../../../shared/ipc/contract.ts';
import type { EngineHost, RunOptions } from './engine-host.ts';

/** The engine through the preload bridge: main validates the payload and runs it in its worker pool. */
export class ElectronHost implements EngineHost {
  readonly kind = 'electron';

  constructor(
    private readonly bridge: DeepDrillBridge,
    private readonly makeId: () => string = () => crypto.randomUUID(),
  ) {}

  async run<Name extends JobName>(
    job: Name,
    payload: JobPayload<Name>,
    options: RunOptions = {},
  ): Promise<JobReply<Name>> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw new EngineError('CANCELLED', 'Cancelled before it started.');
    const requestId = this.makeId();
    const stopListening = onProgress
      ? this.bridge.on['engine:progress']((event) => {
          if (event.requestId === requestId) onProgress(event.fraction);
        })
      : undefined;
    const cancel = () => void this.bridge.invoke['engine:cancel'](requestId);
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      // The bridge is typed per channel; the generic job name needs one cast at this single boundary.
      const invoke = this.bridge.invoke[job] as unknown as (call: {
        requestId: string;
        payload: JobPayload<Name>;
      }) => Promise<IpcResult<JobReply<Name>>>;
      const result = await invoke({ requestId, payload });
      if (!result.ok) throw EngineError.fromData(result.error);
      return result.value;
    } finally {
      signal?.removeEventListener('abort', cancel);
      stopListening?.();
    }
  }
}
