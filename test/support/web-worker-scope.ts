import { parentPort } from 'node:worker_threads';

/**
 * The worker side of ThreadWebWorker (thread-web-worker.ts): inside a worker_threads thread, a `self` with the
 * two members a dedicated Web Worker's script uses here, `onmessage` and `postMessage(message, { transfer })`,
 * over the thread's port. Imported first by a fixture entry, so the entry's code is written exactly as a Web
 * Worker's (src/renderer/lib/host/engine.worker.ts).
 */
const port = parentPort!;
let handler: ((event: { data: unknown }) => void) | null = null;
port.on('message', (data: unknown) => handler?.({ data }));

Object.defineProperty(globalThis, 'self', {
  configurable: true,
  value: {
    get onmessage() {
      return handler;
    },
    set onmessage(next: ((event: { data: unknown }) => void) | null) {
      handler = next;
    },
    postMessage(message: unknown, options?: { transfer?: ArrayBuffer[] }) {
      port.postMessage(message, options?.transfer ?? []);
    },
  },
});
