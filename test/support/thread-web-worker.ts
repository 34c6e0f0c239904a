import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { WebWorkerLike } from '../../src/renderer/lib/host/web-worker-adapter.ts';

/**
 * A Web Worker double for tests in Node that is a real thread: the browser's Worker interface (postMessage with
 * a transfer list, terminate, onmessage, onerror with preventDefault, onmessageerror) over a worker_threads
 * Worker whose script sees a Web Worker's `self` (web-worker-scope.ts). Messages are structured-cloned and
 * buffers moved or shared exactly as between a page and its worker, and a job that blocks its thread blocks
 * only that thread, so cancel, timeout and crash behave as in a browser. One difference: in a browser an
 * uncaught exception leaves the worker running, here it ends the thread; the pool replaces the worker on
 * `onerror` either way.
 */
export class ThreadWebWorker implements WebWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly #thread: Worker;

  constructor(createThread: (options: WorkerOptions) => Worker) {
    this.#thread = createThread({});
    this.#thread.on('message', (data: unknown) => this.onmessage?.({ data } as MessageEvent));
    this.#thread.on('error', (error: Error) => {
      this.onerror?.({ message: error.message, error, preventDefault() {} } as unknown as ErrorEvent);
    });
    this.#thread.on('messageerror', (error: unknown) => {
      this.onmessageerror?.({ data: error } as MessageEvent);
    });
  }

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.#thread.postMessage(message, transfer as ArrayBuffer[]);
  }

  terminate(): void {
    void this.#thread.terminate();
  }
}
