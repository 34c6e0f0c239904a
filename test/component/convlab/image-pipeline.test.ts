import { describe, expect, it, vi } from 'vitest';
import type { FromWorker } from '../../../src/shared/engine/worker-protocol.ts';
import type {
  ImageReply,
  ImageRequest,
  ToImageWorker,
} from '../../../src/renderer/features/convlab/image-messages.ts';
import { fitWithin } from '../../../src/renderer/features/convlab/image-messages.ts';
import {
  ImagePipelineError,
  WorkerImagePipeline,
} from '../../../src/renderer/features/convlab/image-pipeline.ts';

/** The image worker's side of the pool's protocol: ready, then one `result` per request (or a crash). */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (message: ImageRequest) => ImageReply | 'crash') {
    setTimeout(() => this.onmessage?.({ data: { type: 'ready' } } as MessageEvent<FromWorker>));
  }
  postMessage(message: ToImageWorker): void {
    if (message.type === 'cancel') return;
    setTimeout(() => {
      const reply = this.answer(message);
      if (reply === 'crash') this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      else {
        const data: FromWorker = { type: 'result', taskId: message.taskId, reply };
        this.onmessage?.({ data } as MessageEvent<FromWorker>);
      }
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('WorkerImagePipeline', () => {
  it('answers each request: a refused file as a value, a failure as a typed error', async () => {
    const pipeline = new WorkerImagePipeline(
      () =>
        new FakeWorker((message) =>
          message.type === 'open'
            ? { type: 'refused', refusal: { code: 'unknown-format' } }
            : { type: 'failed', failure: 'stale', message: 'That image is no longer open.' },
        ),
    );
    expect(await pipeline.open(new Blob(['x']), 100, 10)).toEqual({
      ok: false,
      refusal: { code: 'unknown-format' },
    });
    const error = await pipeline.copyPixels(1).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImagePipelineError);
    expect((error as ImagePipelineError).failure).toBe('stale');
  });

  it('fails what was pending when the worker crashes, then starts a new worker', async () => {
    const workers: FakeWorker[] = [];
    let crash = true;
    const pipeline = new WorkerImagePipeline(() => {
      const worker = new FakeWorker((message) =>
        crash || message.type !== 'copy' ? 'crash' : { type: 'pixels', pixels: new Uint8ClampedArray(8) },
      );
      workers.push(worker);
      return worker;
    });
    const error = await pipeline.copyPixels(1).catch((thrown: unknown) => thrown);
    expect((error as ImagePipelineError).failure).toBe('crashed');
    await vi.waitFor(() => expect(workers[0]!.terminated).toBe(true));
    crash = false;
    expect(await pipeline.copyPixels(1)).toHaveLength(8);
    expect(workers).toHaveLength(2);
  });
});

describe('fitWithin', () => {
  it('scales the longest side down to fit and never enlarges', () => {
    expect(fitWithin(4000, 3000, 1280)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(400, 400, 1280)).toEqual({ width: 400, height: 400 });
    expect(fitWithin(5000, 1, 1280)).toEqual({ width: 1280, height: 1 });
  });
});
