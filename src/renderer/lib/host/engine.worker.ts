import { handleWorkerMessage } from '../../../shared/engine/run-in-worker.ts';
import type { FromWorker } from '../../../shared/engine/worker-protocol.ts';

/** The part of a dedicated worker's global scope used here (the DOM and WebWorker libs cannot be combined). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, options: { transfer: Transferable[] }): void;
}

/** The WebHost's worker: the same message handling as main's worker_threads pool, over postMessage. */
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  handleWorkerMessage(
    event.data,
    (message, transfer = []) => scope.postMessage(message, { transfer }),
    () => performance.now(),
  );
};
// The pool gives a worker a task only once it is ready, so start-up time never counts as run time.
scope.postMessage({ type: 'ready' } satisfies FromWorker, { transfer: [] });
