import type { ResourceLimits, Worker, WorkerOptions } from 'node:worker_threads';
import { EngineError, isEngineErrorData } from '../../shared/engine/engine-error.ts';
import type { FromWorker, SharedPart, ToWorker } from '../../shared/engine/worker-protocol.ts';

/** Makes one worker; in production `import createEngineWorker from './engine-worker.ts?nodeWorker'`. */
export type WorkerFactory = (options: WorkerOptions) => Worker;

export interface WorkerPoolOptions {
  createWorker: WorkerFactory;
  size: number;
  /** How many tasks may wait for a worker; one more is refused with BUSY at once. */
  queueLimit: number;
  /** How long a task may run, counted from when a ready worker receives it (never while queued). */
  timeoutMs: number;
  /** The heap limit of each worker; going over it ends the worker with OUT_OF_MEMORY. */
  resourceLimits?: ResourceLimits;
}

export interface RunningTask {
  taskId: number;
  reply: Promise<unknown>;
}

/** What a task's worker is sent: a `run` or `run-parts` message, but for its task id (added when it starts). */
type TaskMessage = WithoutTaskId<ToWorker>;
type WithoutTaskId<Message> = Message extends unknown ? Omit<Message, 'taskId'> : never;

interface Task {
  id: number;
  message: TaskMessage;
  onProgress: ((fraction: number) => void) | undefined;
  transfer: ArrayBuffer[];
  resolve(reply: unknown): void;
  reject(error: EngineError): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * A small pool of worker_threads workers (RELIABILITY.md, "Workers"). Each worker runs one task at a time. A
 * worker that crashes, runs out of memory, overruns its time or is cancelled mid-task is terminated, its task is
 * rejected with a typed EngineError, and a fresh worker takes its place for the next task.
 */
export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  #slots: Slot[] = [];
  #queue: Task[] = [];
  #nextTaskId = 1;
  #closed = false;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
  }

  /**
   * Queues a task; `transfer` lists buffers of the payload to move to the worker rather than copy; `output` is
   * shared memory the reply should be written into (a part of a split job).
   */
  run(
    job: string,
    payload: unknown,
    onProgress?: (fraction: number) => void,
    transfer: ArrayBuffer[] = [],
    output?: Float32Array,
  ): RunningTask {
    return this.#enqueue({ type: 'run', job, payload, ...(output && { output }) }, onProgress, transfer);
  }

  /**
   * Queues one worker's share of a claimable split job (JobPlan.claimable): the worker runs parts of `parts`,
   * claiming each through the shared `counters`, until none is left, and replies with PartReplies. A host starts
   * one such task per worker, all with the same list and counters.
   */
  runParts(
    job: string,
    parts: SharedPart[],
    counters: Int32Array,
    onProgress?: (fraction: number) => void,
  ): RunningTask {
    return this.#enqueue({ type: 'run-parts', job, parts, counters }, onProgress, []);
  }

  #enqueue(
    message: TaskMessage,
    onProgress: ((fraction: number) => void) | undefined,
    transfer: ArrayBuffer[],
  ): RunningTask {
    const taskId = this.#nextTaskId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      if (this.#closed) return reject(shuttingDown());
      if (this.#queue.length >= this.#options.queueLimit) {
        const limit = this.#options.queueLimit;
        return reject(
          new EngineError('BUSY', `The engine already has ${limit} jobs waiting; try again soon.`),
        );
      }
      this.#queue.push({ id: taskId, message, onProgress, transfer, resolve, reject });
      this.#dispatch();
    });
    return { taskId, reply };
  }

  /** Cancels a waiting or running task; a running one costs its worker, which is replaced. */
  cancel(taskId: number): boolean {
    const cancelled = new EngineError('CANCELLED', `Task ${taskId} was cancelled.`);
    const queued = this.#queue.findIndex((task) => task.id === taskId);
    if (queued >= 0) {
      this.#queue.splice(queued, 1)[0]!.reject(cancelled);
      return true;
    }
    const slot = this.#slots.find((candidate) => candidate.task?.id === taskId);
    if (!slot) return false;
    this.#retire(slot, cancelled);
    return true;
  }

  /** How many workers the pool runs at most, so how many parts of a job can run at once. */
  get workerLimit(): number {
    return this.#options.size;
  }

  /** What the pool holds right now (for tests and diagnostics). */
  get size(): { workers: number; running: number; queued: number } {
    const running = this.#slots.filter((slot) => slot.task).length;
    return { workers: this.#slots.length, running, queued: this.#queue.length };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(shuttingDown());
    const slots = this.#slots.splice(0);
    await Promise.all(
      slots.map((slot) => {
        this.#finish(slot, shuttingDown());
        return slot.worker.terminate();
      }),
    );
  }

  #dispatch(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      const task = slot.ready && !slot.task ? this.#queue.shift() : undefined;
      if (task) this.#start(slot, task);
    }
    const starting = this.#slots.filter((slot) => !slot.ready).length;
    for (let waiting = this.#queue.length - starting; waiting > 0; waiting--) {
      if (this.#slots.length >= this.#options.size) break;
      this.#spawn();
    }
  }

  #spawn(): void {
    const { resourceLimits } = this.#options;
    let worker: Worker;
    try {
      worker = this.#options.createWorker(resourceLimits ? { resourceLimits } : {});
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      this.#queue
        .shift()
        ?.reject(new EngineError('WORKER_CRASHED', `The engine worker could not start: ${reason}`));
      return;
    }
    const slot: Slot = { worker, ready: false };
    this.#slots.push(slot);
    worker.on('message', (message: unknown) => this.#receive(slot, message));
    // Without an 'error' listener, an exception in a worker would crash the whole main process.
    worker.on('error', (error: Error) => this.#retire(slot, describeWorkerError(error, resourceLimits)));
    worker.on('messageerror', (error: Error) => {
      this.#retire(slot, new EngineError('INTERNAL', `An engine reply could not be read: ${error.message}`));
    });
    worker.on('exit', (exitCode: number) => {
      this.#retire(
        slot,
        new EngineError('WORKER_CRASHED', `The engine worker stopped (exit code ${exitCode}).`),
      );
    });
  }

  #start(slot: Slot, task: Task): void {
    slot.task = task;
    const { timeoutMs } = this.#options;
    slot.timer = setTimeout(() => {
      this.#retire(
        slot,
        new EngineError('TIMEOUT', `${task.message.job} ran longer than ${timeoutMs} ms and was stopped.`),
      );
    }, timeoutMs);
    try {
      slot.worker.postMessage(
        { ...task.message, taskId: task.id } satisfies ToWorker,
        // An empty buffer gains nothing by moving, and a detached one (moved away before) would make Node drop
        // the message without an error; left out of the list, it fails the clone below with a clear message.
        task.transfer.filter((buffer) => buffer.byteLength > 0),
      );
    } catch (thrown) {
      // structured clone refused the payload (a function, a symbol…): the worker never saw it and stays usable.
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      this.#finish(
        slot,
        new EngineError('INVALID_INPUT', `payload: cannot be sent to the engine (${reason})`),
      );
      this.#dispatch();
    }
  }

  #receive(slot: Slot, raw: unknown): void {
    const message = raw as FromWorker;
    if (message?.type === 'ready') {
      slot.ready = true;
    } else if (message?.type === 'progress') {
      if (slot.task?.id === message.taskId && Number.isFinite(message.fraction)) {
        const { onProgress } = slot.task;
        try {
          onProgress?.(message.fraction);
        } catch {
          // A failing progress listener must not cost the task its reply.
        }
      }
      return;
    } else if (message?.type === 'result' || message?.type === 'error') {
      if (slot.task?.id !== message.taskId) return; // a late answer for a task that already ended
      if (message.type === 'result') this.#finish(slot, undefined, message.reply);
      else this.#finish(slot, isEngineErrorData(message) ? EngineError.fromData(message) : unreadable(raw));
    } else {
      this.#retire(slot, unreadable(raw));
      return;
    }
    this.#dispatch();
  }

  /** Settles the slot's task (if any) and frees the slot; the worker itself lives on. */
  #finish(slot: Slot, error: EngineError | undefined, reply?: unknown): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    if (!task) return;
    if (error) task.reject(error);
    else task.resolve(reply);
  }

  /** Ends a worker for good: its task (or, if it died while starting, the oldest waiting task) gets `error`. */
  #retire(slot: Slot, error: EngineError): void {
    const position = this.#slots.indexOf(slot);
    if (position < 0) return; // already retired: 'error' is followed by 'exit', terminate() by 'exit'
    this.#slots.splice(position, 1);
    if (slot.task) this.#finish(slot, error);
    else if (!slot.ready) {
      // A worker that cannot even start would be respawned forever; failing one waiting task per death ends that.
      const task = this.#queue.shift();
      task?.reject(new EngineError(error.code, `The engine worker failed to start: ${error.message}`));
    }
    slot.worker.terminate().catch(() => undefined);
    this.#dispatch();
  }
}

/** ERR_WORKER_OUT_OF_MEMORY is how Node reports a worker over its `resourceLimits`. */
export function describeWorkerError(error: Error, limits?: ResourceLimits): EngineError {
  if ((error as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const limit = limits?.maxOldGenerationSizeMb;
    const detail = limit === undefined ? '' : ` (its heap limit is ${limit} MB)`;
    return new EngineError('OUT_OF_MEMORY', `The engine worker ran out of memory${detail}.`);
  }
  return new EngineError('WORKER_CRASHED', `The engine worker crashed: ${error.message}`);
}

function shuttingDown(): EngineError {
  return new EngineError('CANCELLED', 'The engine is shutting down.');
}

function unreadable(message: unknown): EngineError {
  const type = (message as { type?: unknown } | null)?.type;
  return new EngineError('INTERNAL', `The engine worker sent an unreadable message (type ${String(type)}).`);
}
