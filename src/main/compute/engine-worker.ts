import { parentPort } from 'node:worker_threads';
import { handleWorkerMessage } from '../../shared/engine/run-in-worker.ts';
import type { FromWorker } from '../../shared/engine/worker-protocol.ts';

/**
 * The engine worker of the main-process pool (electron-vite bundles it as its own chunk through the
 * `?nodeWorker` import). It only wires the port to the worker body shared with the renderer's Web Worker.
 */
if (!parentPort) throw new Error('engine-worker.ts must run in a worker thread, not on the main thread.');
const port = parentPort;

port.on('message', (message: unknown) => {
  handleWorkerMessage(
    message,
    (reply, transfer) => port.postMessage(reply, transfer ?? []),
    () => performance.now(),
  );
});
// The pool starts a task's clock only once its worker is ready, so start-up time never counts as run time.
port.postMessage({ type: 'ready' } satisfies FromWorker);
