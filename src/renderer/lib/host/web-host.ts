import { EngineError, isEngineErrorData } from '../../../shared/engine/engine-error.ts';
import type { JobName, JobReply, JobPayload } from '../../../shared/engine/jobs.ts';
import type { JobPart } from '../../../shared/engine/split/job-plan.ts';
import { runPlan, type StartedPart } from '../../../shared/engine/split/run-plan.ts';
import { planJob } from '../../../shared/engine/split/split-jobs.ts';
import type { FromWorker, ToWorker } from '../../../shared/engine/worker-protocol.ts';
import type { EngineHost, RunOptions } from './engine-host.ts';

interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** One part of a request, waiting for a worker or running on one. */
interface PartTask {
  taskId: number;
  job: JobName;
  part: JobPart;
  onProgress: (fraction: number) => void;
  resolve(reply: unknown): void;
  reject(error: EngineError): void;
}

/** A worker (started when first needed) and the part it runs. */
interface Slot {
  worker?: WorkerLike;
  task?: PartTask;
}

/**
 * The engine in a plain browser: dedicated Web Workers (one per core, the app uses two) running src/shared, the
 * same code main's pool runs. A large conv:run or image:filter whose buffers the caller did not transfer is split
 * into parts that run on the workers at once (src/shared/engine/split): postMessage would copy it anyway. A
 * transferred one (the lab's images) runs whole on one worker, moved without a copy: cutting it into parts would
 * copy it on this, the UI thread. Other requests run whole. Parts wait in arrival order for a free worker.
 * Cancelling a request drops its waiting parts and terminates the workers running its parts, starting fresh ones
 * when next needed, because a synchronous job cannot be interrupted any other way; that is also how a newer
 * slider value supersedes an older one. A crashed worker fails its part, so its request, and is replaced.
 */
export class WebHost implements EngineHost {
  readonly kind = 'web';
  private readonly slots: Slot[];
  private readonly queue: PartTask[] = [];
  private nextTaskId = 1;

  constructor(
    private readonly createWorker: () => WorkerLike,
    workers = 2,
  ) {
    this.slots = Array.from({ length: Math.max(1, workers) }, () => ({}));
  }

  run<Name extends JobName>(
    job: Name,
    payload: JobPayload<Name>,
    options: RunOptions = {},
  ): Promise<JobReply<Name>> {
    const { signal, onProgress, transfer = [] } = options;
    if (signal?.aborted) return Promise.reject(new EngineError('CANCELLED', 'Cancelled before it started.'));
    let running;
    try {
      const plan = planJob(job, payload, {
        workers: this.slots.length,
        owns: (buffer) => transfer.includes(buffer as ArrayBuffer),
      });
      // A request that runs whole moves what the caller offered; parts move only their own fresh slices.
      running = runPlan(plan, (part, onPartProgress) => this.enqueue(job, part, onPartProgress), onProgress);
    } catch (thrown) {
      return Promise.reject(EngineError.from(thrown));
    }
    const cancel = () => running.cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    return running.reply.finally(() => signal?.removeEventListener('abort', cancel)) as Promise<
      JobReply<Name>
    >;
  }

  private enqueue(job: JobName, part: JobPart, onProgress: (fraction: number) => void): StartedPart {
    let task!: PartTask;
    const reply = new Promise<unknown>((resolve, reject) => {
      task = { taskId: this.nextTaskId++, job, part, onProgress, resolve, reject };
    });
    this.queue.push(task);
    this.dispatch();
    return { reply, cancel: () => this.cancel(task) };
  }

  private cancel(task: PartTask): boolean {
    const position = this.queue.indexOf(task);
    if (position >= 0) {
      this.queue.splice(position, 1);
      task.reject(new EngineError('CANCELLED', 'Cancelled while waiting.'));
      return true;
    }
    const slot = this.slots.find((candidate) => candidate.task === task);
    if (!slot) return false;
    this.restartWorker(slot);
    this.finish(slot, () => task.reject(new EngineError('CANCELLED', 'Cancelled while running.')));
    return true;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      const { payload, transfer } = task.part;
      try {
        this.ensureWorker(slot).postMessage(
          { type: 'run', taskId: task.taskId, job: task.job, payload },
          transfer,
        );
      } catch (thrown) {
        // structured clone refused the payload: the worker never saw it and stays usable.
        const reason = thrown instanceof Error ? thrown.message : String(thrown);
        this.finish(slot, () =>
          task.reject(new EngineError('INVALID_INPUT', `payload: cannot be sent to the engine (${reason})`)),
        );
      }
    }
  }

  private ensureWorker(slot: Slot): WorkerLike {
    if (slot.worker) return slot.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.restartWorker(slot);
      const task = slot.task;
      if (!task) return;
      this.finish(slot, () =>
        task.reject(new EngineError('WORKER_CRASHED', `The engine worker stopped: ${event.message}`)),
      );
    };
    slot.worker = worker;
    return worker;
  }

  private restartWorker(slot: Slot): void {
    slot.worker?.terminate();
    slot.worker = undefined;
  }

  /** Frees the slot, settles its part, then gives the slot the next waiting part. */
  private finish(slot: Slot, settle: () => void): void {
    slot.task = undefined;
    settle();
    this.dispatch();
  }

  private receive(slot: Slot, message: FromWorker): void {
    const task = slot.task;
    if (!task || message.type === 'ready' || message.taskId !== task.taskId) return;
    if (message.type === 'progress') task.onProgress(message.fraction);
    else if (message.type === 'result') this.finish(slot, () => task.resolve(message.reply));
    else {
      const error = isEngineErrorData(message)
        ? EngineError.fromData(message)
        : new EngineError('INTERNAL', 'The engine worker sent an unreadable error.');
      this.finish(slot, () => task.reject(error));
    }
  }
}
