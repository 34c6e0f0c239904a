import { EngineError } from '../../../shared/engine/engine-error.ts';
import type { JobName, JobReply, JobPayload } from '../../../shared/engine/jobs.ts';
import { runOnPool } from '../../../shared/engine/pool/run-on-pool.ts';
import { decodeReplyApart } from './decode-apart.ts';
import { engineLimits, WorkerPool, type WorkerPoolOptions } from '../../../shared/engine/pool/worker-pool.ts';
import type { EngineHost, RunOptions } from './engine-host.ts';
import { spawnWebWorker, webTimers, type WebWorkerLike } from './web-worker-adapter.ts';

/**
 * The engine in a plain browser: dedicated Web Workers (one per core, the app uses two) running src/shared, the
 * same code main's pool runs, on the same pool (src/shared/engine/pool) through the Web Worker adapter. A large
 * conv:run or image:filter whose buffers the caller did not transfer is split into parts that run on the
 * workers at once (src/shared/engine/split): postMessage would copy it anyway. A transferred one (the lab's
 * images) runs whole on one worker, moved without a copy: cutting it into parts would copy it on this, the UI
 * thread. Other requests run whole. Cancelling a request (its signal, or a newer request of its lane) settles it
 * at once; its workers stop at their job's next cancel check and are kept (see WorkerPool).
 */
export class WebHost implements EngineHost {
  readonly kind = 'web';
  readonly #pool: WorkerPool;

  constructor(
    createWorker: () => WebWorkerLike,
    workers = 2,
    limits: Partial<Pick<WorkerPoolOptions, keyof typeof engineLimits>> = {},
  ) {
    this.#pool = new WorkerPool({
      spawn: spawnWebWorker(createWorker),
      size: Math.max(1, workers),
      timers: webTimers,
      ...engineLimits,
      ...limits,
    });
  }

  run<Name extends JobName>(
    job: Name,
    payload: JobPayload<Name>,
    options: RunOptions = {},
  ): Promise<JobReply<Name>> {
    const { signal, onProgress, transfer = [], lane } = options;
    if (signal?.aborted) return Promise.reject(new EngineError('CANCELLED', 'Cancelled before it started.'));
    let running;
    try {
      // A request that runs whole moves what the caller offered; parts move only their own fresh slices.
      running = runOnPool(this.#pool, job, payload, {
        owns: (buffer) => transfer.includes(buffer as ArrayBuffer),
        onProgress,
        lane,
      });
    } catch (thrown) {
      return Promise.reject(EngineError.from(thrown));
    }
    const cancel = () => running.cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    return running.reply
      .then(async (wire) => (await decodeReplyApart(job, wire)) as JobReply<Name>)
      .finally(() => signal?.removeEventListener('abort', cancel));
  }

  /** What the pool holds (for tests). */
  get size() {
    return this.#pool.size;
  }
}
