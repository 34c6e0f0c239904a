import { EngineError, isEngineErrorData } from '../../../shared/engine/engine-error.ts';
import type { JobName, JobReply, JobRequest } from '../../../shared/engine/jobs.ts';
import type { FromWorker, ToWorker } from '../../../shared/engine/worker-protocol.ts';
import type { EngineHost, RunOptions } from './engine-host.ts';

interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface RunningTask {
  taskId: number;
  resolve(reply: unknown): void;
  reject(error: EngineError): void;
  onProgress?: (fraction: number) => void;
}

/**
 * The engine in a plain browser: one dedicated Web Worker running src/shared (the same code main's pool runs).
 * Jobs run one at a time in arrival order. Cancelling the running job terminates the worker and starts a fresh
 * one, because a synchronous job cannot be interrupted any other way; that is also how a newer slider value
 * supersedes an older one.
 */
export class WebHost implements EngineHost {
  readonly kind = 'web';
  private worker: WorkerLike | undefined;
  private running: RunningTask | undefined;
  private readonly queue: Array<() => void> = [];
  private nextTaskId = 1;

  constructor(private readonly createWorker: () => WorkerLike) {}

  run<Name extends JobName>(
    job: Name,
    payload: JobRequest<Name>,
    options: RunOptions = {},
  ): Promise<JobReply<Name>> {
    const { signal, onProgress, transfer = [] } = options;
    return new Promise<JobReply<Name>>((resolve, reject) => {
      if (signal?.aborted) return reject(new EngineError('CANCELLED', 'Cancelled before it started.'));
      const taskId = this.nextTaskId++;
      const start = () => {
        signal?.removeEventListener('abort', dropQueued);
        signal?.addEventListener('abort', cancelRunning, { once: true });
        const settle = () => {
          signal?.removeEventListener('abort', cancelRunning);
          this.running = undefined;
          this.queue.shift()?.();
        };
        this.running = {
          taskId,
          onProgress,
          resolve: (reply) => {
            settle();
            resolve(reply as JobReply<Name>);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        };
        this.ensureWorker().postMessage({ type: 'run', taskId, job, payload }, transfer);
      };
      const dropQueued = () => {
        const position = this.queue.indexOf(start);
        if (position >= 0) this.queue.splice(position, 1);
        reject(new EngineError('CANCELLED', 'Cancelled while waiting.'));
      };
      const cancelRunning = () => {
        if (this.running?.taskId !== taskId) return;
        this.restartWorker();
        this.running.reject(new EngineError('CANCELLED', 'Cancelled while running.'));
      };
      if (this.running) {
        signal?.addEventListener('abort', dropQueued, { once: true });
        this.queue.push(start);
      } else {
        start();
      }
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.restartWorker();
      this.running?.reject(new EngineError('WORKER_CRASHED', `The engine worker stopped: ${event.message}`));
    };
    this.worker = worker;
    return worker;
  }

  private restartWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(message: FromWorker): void {
    const task = this.running;
    if (!task || message.type === 'ready' || message.taskId !== task.taskId) return;
    if (message.type === 'progress') task.onProgress?.(message.fraction);
    else if (message.type === 'result') task.resolve(message.reply);
    else if (isEngineErrorData(message)) task.reject(EngineError.fromData(message));
    else task.reject(new EngineError('INTERNAL', 'The engine worker sent an unreadable error.'));
  }
}
