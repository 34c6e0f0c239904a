import type { BackupManifest } from '../../../shared/backup/backup-file.ts';
import type { BackupEntry, BackupStore } from '../../../shared/backup/backup-store.ts';
import { BackupStorageError, type BackupOutcome } from '../../../shared/backup/storage-problem.ts';
import { EngineError } from '../../../shared/engine/engine-error.ts';
import type { WireReply } from '../../../shared/engine/reply-text.ts';
import { decodeReplyApart } from './decode-apart.ts';
import type { JobName, JobReply, JobPayload } from '../../../shared/engine/jobs.ts';
import type { DeepDrillBridge } from '../../../shared/ipc/bridge.ts';
import type { IpcResult } from '../../../shared/ipc/contract.ts';
import type { EngineHost, RunOptions } from './engine-host.ts';

/** The engine through the preload bridge: main validates the payload and runs it in its worker pool. */
export class ElectronHost implements EngineHost {
  readonly kind = 'electron';
  /** The cancel of the newest request of each lane (RunOptions.lane), which a newer request of the lane calls. */
  readonly #lanes = new Map<string, () => void>();

  constructor(
    private readonly bridge: DeepDrillBridge,
    private readonly makeId: () => string = () => crypto.randomUUID(),
  ) {}

  async run<Name extends JobName>(
    job: Name,
    payload: JobPayload<Name>,
    options: RunOptions = {},
  ): Promise<JobReply<Name>> {
    const { signal, onProgress, lane } = options;
    if (signal?.aborted) throw new EngineError('CANCELLED', 'Cancelled before it started.');
    const requestId = this.makeId();
    const stopListening = onProgress
      ? this.bridge.on['engine:progress']((event) => {
          if (event.requestId === requestId) onProgress(event.fraction);
        })
      : undefined;
    const cancel = () => void this.bridge.invoke['engine:cancel'](requestId);
    signal?.addEventListener('abort', cancel, { once: true });
    if (lane !== undefined) {
      this.#lanes.get(lane)?.();
      this.#lanes.set(lane, cancel);
    }
    try {
      // The bridge is typed per channel; the generic job name needs one cast at this single boundary.
      const invoke = this.bridge.invoke[job] as unknown as (call: {
        requestId: string;
        payload: JobPayload<Name>;
      }) => Promise<IpcResult<WireReply<Name, JobReply<Name>>>>;
      const result = await invoke({ requestId, payload });
      if (!result.ok) throw EngineError.fromData(result.error);
      return (await decodeReplyApart(job, result.value)) as JobReply<Name>;
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (lane !== undefined && this.#lanes.get(lane) === cancel) this.#lanes.delete(lane);
      stopListening?.();
    }
  }
}

/**
 * The backups of the Electron app through the preload bridge: main keeps them as files in a folder
 * (src/main/backup), writes them atomically and applies the rotation. A problem of the folder (a full disk, …)
 * is thrown as a BackupStorageError carrying it; a refused request as an EngineError.
 */
export class ElectronBackupStore implements BackupStore {
  constructor(private readonly bridge: DeepDrillBridge) {}

  /** Main reads the manifest from the bytes' own manifest line: the one passed here is not sent. */
  async save(bytes: Uint8Array, _manifest: BackupManifest): Promise<BackupEntry> {
    return outcomeValue(await this.bridge.invoke['backup:save'](bytes));
  }

  async list(): Promise<BackupEntry[]> {
    return outcomeValue(await this.bridge.invoke['backup:list']());
  }

  async read(id: string): Promise<Uint8Array> {
    return outcomeValue(await this.bridge.invoke['backup:read'](id));
  }

  async remove(id: string): Promise<void> {
    outcomeValue(await this.bridge.invoke['backup:remove'](id));
  }

  async location(): Promise<string> {
    const result = await this.bridge.invoke['backup:location']();
    if (!result.ok) throw EngineError.fromData(result.error);
    return result.value;
  }

  /** Asks the student for another folder: the folder now used, or null when they cancelled. */
  async chooseFolder(): Promise<string | null> {
    return outcomeValue(await this.bridge.invoke['backup:choose-folder']());
  }
}

function outcomeValue<Value>(result: IpcResult<BackupOutcome<Value>>): Value {
  if (!result.ok) throw EngineError.fromData(result.error);
  if (!result.value.ok) throw new BackupStorageError(result.value.problem);
  return result.value.value;
}
