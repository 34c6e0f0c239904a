import { EngineError, isEngineErrorData } from '../engine-error.ts';
import type { FromWorker } from '../worker-protocol.ts';

/**
 * One worker as the pool sees it, whatever runs it: the adapters for Node's worker_threads
 * (src/main/compute/node-worker-adapter.ts) and for Web Workers (src/renderer/lib/host/web-worker-adapter.ts)
 * turn their worker's own events into these calls, so the pool's rules are written once.
 */
export interface PoolWorker {
  /** Sends a message, moving `transfer`; throws when structured clone refuses it (the worker never saw it). */
  post(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void | Promise<unknown>;
}

/** What an adapter reports of its worker: a message, or that the worker died (and why, as an EngineError). */
export interface PoolWorkerEvents {
  message(data: unknown): void;
  died(error: EngineError): void;
}

/** Starts one worker; throws when it cannot even be created (a missing file, a refused URL). */
export type SpawnWorker = (events: PoolWorkerEvents) => PoolWorker;

/** The pool's clock, passed in (setTimeout and clearTimeout in the app, the same in tests). */
export interface PoolTimers {
  set(callback: () => void, milliseconds: number): unknown;
  clear(handle: unknown): void;
}

export interface WorkerPoolOptions {
  spawn: SpawnWorker;
  /** How many workers run at most. */
  size: number;
  /** How many tasks may wait for a worker; one more is refused with BUSY at once. */
  queueLimit: number;
  /** How long a task may run, counted from when a ready worker receives it (never while queued). */
  timeoutMs: number;
  /** How long a new worker may take to say it is ready; timeoutMs unless given. */
  startTimeoutMs?: number;
  /**
   * How long a cancelled, superseded or timed-out task's worker may take to stop by itself (its job sees the
   * cancel flag between rows or layers) before it is terminated and replaced.
   */
  cancelGraceMs: number;
  timers: PoolTimers;
  /** How messages name the worker: "engine worker", "image worker". */
  workerName?: string;
  /**
   * Whether each task gets a cancel flag in shared memory. Default: when SharedArrayBuffer exists (always in
   * Node; in a browser only when the page is cross-origin isolated). Without it a running synchronous job cannot
   * see a cancel, and its worker stops only if the job ends within the grace period.
   */
  shareCancelFlag?: boolean;
}

/**
 * The engine's limits, the same in main's pool and the WebHost's: generous for the course's examples, small
 * enough that a runaway job cannot hang the app.
 */
export const engineLimits = {
  queueLimit: 16,
  timeoutMs: 30_000,
  // A job checks for a cancel between rows, bands or layers. The longest gap is the image filter's: a band of a
  // megapixel, and before the first band the copy of the image into the kernels' memory; measured on this
  // project's loaded 2-core VM, 100-250 ms a band and up to 1.7 s before the first of a 12-megapixel image in a
  // fresh worker. A worker that has not answered after this long is stuck in something that does not check.
  cancelGraceMs: 2_000,
} as const satisfies Partial<WorkerPoolOptions>;

export interface TaskOptions {
  /** Buffers of the message to move to the worker rather than copy. */
  transfer?: ArrayBuffer[];
  onProgress?: (fraction: number) => void;
  /** The lane the task runs in: `supersede(lane)` cancels every task of that lane. */
  lane?: string;
}

export interface RunningTask {
  taskId: number;
  reply: Promise<unknown>;
}

/** What the pool holds right now (for tests and diagnostics). */
export interface PoolSize {
  workers: number;
  running: number;
  /** Workers whose task was cancelled and which have not answered yet (within the grace period). */
  stopping: number;
  queued: number;
}

interface Task {
  id: number;
  message: object;
  lane: string | undefined;
  onProgress: ((fraction: number) => void) | undefined;
  transfer: ArrayBuffer[];
  cancelFlag: Int32Array | undefined;
  resolve(reply: unknown): void;
  reject(error: EngineError): void;
}

interface Slot {
  worker: PoolWorker;
  ready: boolean;
  task?: Task;
  /** The task was cancelled (its caller already has its error); the worker is given until `timer` to answer. */
  stopping: boolean;
  timer?: unknown;
}

/**
 * The one worker pool of the app (RELIABILITY.md, "Workers"): main's engine workers, the WebHost's and the image
 * lab's all run on it, each through a thin adapter. Each worker runs one task at a time and says `ready` before
 * it gets one. Tasks wait in arrival order in a bounded queue. A task that runs too long, is cancelled or is
 * superseded is settled at once with its error; its worker gets a cancel (a flag in shared memory the job checks
 * between rows or layers, and a `cancel` message) and is terminated and replaced only when it has not answered
 * within the grace period, so a keystroke that supersedes a running analysis does not cost a worker start. A
 * worker that dies fails its task and is replaced when next needed.
 */
export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #workerName: string;
  readonly #shareCancelFlag: boolean;
  #slots: Slot[] = [];
  #queue: Task[] = [];
  #nextTaskId = 1;
  #closed = false;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
    this.#workerName = options.workerName ?? 'engine worker';
    this.#shareCancelFlag = options.shareCancelFlag ?? typeof SharedArrayBuffer === 'function';
  }

  /** Queues a task: `message` is sent to a ready worker with `taskId` (and `cancelFlag`) added. */
  run(message: object, options: TaskOptions = {}): RunningTask {
    const taskId = this.#nextTaskId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      if (this.#closed) return reject(shuttingDown());
      if (this.#queue.length >= this.#options.queueLimit) {
        const limit = this.#options.queueLimit;
        return reject(
          new EngineError('BUSY', `The engine already has ${limit} jobs waiting; try again soon.`),
        );
      }
      this.#queue.push({
        id: taskId,
        message,
        lane: options.lane,
        onProgress: options.onProgress,
        transfer: options.transfer ?? [],
        cancelFlag: this.#shareCancelFlag ? new Int32Array(new SharedArrayBuffer(4)) : undefined,
        resolve,
        reject,
      });
      this.#dispatch();
    });
    return { taskId, reply };
  }

  /** Cancels a waiting or running task (see the class comment); false when it had already ended. */
  cancel(taskId: number): boolean {
    return this.#end(
      (task) => task.id === taskId,
      new EngineError('CANCELLED', `Task ${taskId} was cancelled.`),
    );
  }

  /** Cancels every waiting and running task of `lane`, for a newer request of the same lane to take its place. */
  supersede(lane: string): boolean {
    return this.#end(
      (task) => task.lane === lane,
      new EngineError('CANCELLED', `Superseded by a newer request (${lane}).`),
    );
  }

  /** How many workers the pool runs at most, so how many parts of a job can run at once. */
  get workerLimit(): number {
    return this.#options.size;
  }

  get size(): PoolSize {
    const running = this.#slots.filter((slot) => slot.task && !slot.stopping).length;
    const stopping = this.#slots.filter((slot) => slot.stopping).length;
    return { workers: this.#slots.length, running, stopping, queued: this.#queue.length };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(shuttingDown());
    const slots = this.#slots.splice(0);
    await Promise.all(
      slots.map((slot) => {
        this.#options.timers.clear(slot.timer);
        if (slot.task && !slot.stopping) slot.task.reject(shuttingDown());
        slot.task = undefined;
        return slot.worker.terminate();
      }),
    );
  }

  /** Ends the waiting and running tasks that `matches`, each with `error`; true when there was one. */
  #end(matches: (task: Task) => boolean, error: EngineError): boolean {
    const waiting = this.#queue.filter(matches);
    this.#queue = this.#queue.filter((task) => !matches(task));
    for (const task of waiting) task.reject(error);
    const running = this.#slots.filter((slot) => slot.task && !slot.stopping && matches(slot.task));
    for (const slot of running) this.#stop(slot, error);
    return waiting.length + running.length > 0;
  }

  #dispatch(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      const task = slot.ready && !slot.task ? this.#queue.shift() : undefined;
      if (task) this.#start(slot, task);
    }
    // A worker still starting, or stopping a cancelled job (within milliseconds when the job checks its flag),
    // will take a waiting task soon: a keystroke that supersedes a running job must not start a worker.
    const soon = this.#slots.filter((slot) => !slot.ready || slot.stopping).length;
    for (let waiting = this.#queue.length - soon; waiting > 0; waiting--) {
      if (this.#slots.length >= this.#options.size) break;
      this.#spawn();
    }
  }

  #spawn(): void {
    let slot: Slot | undefined;
    try {
      const worker = this.#options.spawn({
        message: (data) => {
          if (slot) this.#receive(slot, data);
        },
        died: (error) => {
          if (slot) this.#retire(slot, error);
        },
      });
      slot = { worker, ready: false, stopping: false };
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      this.#queue
        .shift()
        ?.reject(new EngineError('WORKER_CRASHED', `The ${this.#workerName} could not start: ${reason}`));
      return;
    }
    const started = slot;
    this.#slots.push(started);
    // A worker that never says ready would hold its queue forever.
    const limit = this.#options.startTimeoutMs ?? this.#options.timeoutMs;
    started.timer = this.#options.timers.set(() => {
      this.#retire(
        started,
        new EngineError('WORKER_CRASHED', `It did not say it was ready within ${limit} ms.`),
      );
    }, limit);
  }

  #start(slot: Slot, task: Task): void {
    slot.task = task;
    const { timeoutMs, timers } = this.#options;
    slot.timer = timers.set(() => {
      const name = 'job' in task.message ? String(task.message.job) : this.#workerName;
      this.#stop(
        slot,
        new EngineError('TIMEOUT', `${name} ran longer than ${timeoutMs} ms and was stopped.`),
      );
    }, timeoutMs);
    try {
      slot.worker.post(
        { ...task.message, taskId: task.id, ...(task.cancelFlag && { cancelFlag: task.cancelFlag }) },
        // An empty buffer gains nothing by moving, and a detached one (moved away before) would make Node drop
        // the message without an error; left out of the list, it fails the clone below with a clear message.
        task.transfer.filter((buffer) => buffer.byteLength > 0),
      );
    } catch (thrown) {
      // structured clone refused the payload (a function, a symbol…): the worker never saw it and stays usable.
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      this.#free(slot);
      task.reject(EngineError.refusing({ code: 'notSendable', field: 'payload' }, reason));
      this.#dispatch();
    }
  }

  /**
   * Settles a running task with `error` now and asks its worker to stop: the flag, then the message. The slot
   * takes no new task until the worker answers (it then lives on) or the grace period ends (it is replaced).
   */
  #stop(slot: Slot, error: EngineError): void {
    const task = slot.task;
    if (!task || slot.stopping) return;
    const { timers, cancelGraceMs } = this.#options;
    timers.clear(slot.timer);
    slot.stopping = true;
    task.reject(error);
    if (task.cancelFlag) Atomics.store(task.cancelFlag, 0, 1);
    try {
      slot.worker.post({ type: 'cancel', taskId: task.id }, []);
    } catch {
      // A worker that cannot take a message either is ended by the grace timer below.
    }
    slot.timer = timers.set(() => {
      this.#retire(slot, new EngineError('CANCELLED', `The ${this.#workerName} ignored a cancel.`));
    }, cancelGraceMs);
  }

  #receive(slot: Slot, raw: unknown): void {
    if (!this.#slots.includes(slot)) return; // a message from a worker already retired
    const message = raw as FromWorker;
    if (message?.type === 'ready') {
      if (!slot.ready) this.#options.timers.clear(slot.timer);
      slot.ready = true;
    } else if (message?.type === 'progress') {
      const task = slot.task;
      if (task?.id === message.taskId && !slot.stopping && Number.isFinite(message.fraction)) {
        try {
          task.onProgress?.(message.fraction);
        } catch {
          // A failing progress listener must not cost the task its reply.
        }
      }
      return;
    } else if (message?.type === 'result' || message?.type === 'error') {
      const task = slot.task;
      if (task?.id !== message.taskId) return; // a late answer for a task that already ended
      const stopped = slot.stopping;
      this.#free(slot);
      // A stopped task's caller already has its error; the answer only frees the worker.
      if (!stopped && message.type === 'result') task.resolve(message.reply);
      else if (!stopped)
        task.reject(isEngineErrorData(message) ? EngineError.fromData(message) : unreadable(raw));
    } else {
      this.#retire(slot, unreadable(raw));
      return;
    }
    this.#dispatch();
  }

  /** Frees the slot for the next task; the worker lives on. */
  #free(slot: Slot): void {
    this.#options.timers.clear(slot.timer);
    slot.task = undefined;
    slot.stopping = false;
  }

  /** Ends a worker for good: its task (or, if it died while starting, the oldest waiting task) gets `error`. */
  #retire(slot: Slot, error: EngineError): void {
    const position = this.#slots.indexOf(slot);
    if (position < 0) return; // already retired: 'error' is followed by 'exit', terminate() by 'exit'
    this.#slots.splice(position, 1);
    const task = slot.task;
    const stopped = slot.stopping;
    const ready = slot.ready;
    this.#free(slot);
    if (task && !stopped) task.reject(error);
    else if (!task && !ready) {
      // A worker that cannot even start would be respawned forever; failing one waiting task per death ends that.
      const waiting = this.#queue.shift();
      waiting?.reject(
        new EngineError(
          error.code,
          `The ${this.#workerName} failed to start: ${error.message}`,
          error.refusal,
        ),
      );
    }
    Promise.resolve()
      .then(() => slot.worker.terminate())
      .catch(() => undefined);
    this.#dispatch();
  }
}

function shuttingDown(): EngineError {
  return new EngineError('CANCELLED', 'The engine is shutting down.');
}

function unreadable(message: unknown): EngineError {
  const type = (message as { type?: unknown } | null)?.type;
  return new EngineError('INTERNAL', `The worker sent an unreadable message (type ${String(type)}).`);
}
