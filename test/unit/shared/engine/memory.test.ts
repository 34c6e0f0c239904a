import { describe, expect, it } from 'vitest';
import {
  isShared,
  movableBuffers,
  payloadBuffers,
} from '../../../../src/shared/engine/memory/payload-buffers.ts';
import { SharedArena } from '../../../../src/shared/engine/memory/shared-arena.ts';
import { handleWorkerMessage } from '../../../../src/shared/engine/run-in-worker.ts';
import type { FromWorker } from '../../../../src/shared/engine/worker-protocol.ts';

describe('payloadBuffers', () => {
  it('finds each buffer behind the typed arrays of a nested payload once, and nothing else', () => {
    const input = new Float32Array(8);
    const shared = new Float32Array(new SharedArrayBuffer(16));
    const payload = {
      input: { shape: [1, 1, 2, 4], data: input },
      weight: { data: input.subarray(2, 4) },
      bias: shared,
      name: 'x',
      list: [new Uint8ClampedArray(3)],
    };
    const buffers = payloadBuffers(payload);
    expect(buffers).toHaveLength(3);
    expect(buffers).toContain(input.buffer);
    expect(buffers).toContain(shared.buffer);
    expect(movableBuffers(payload)).not.toContain(shared.buffer);
    expect(movableBuffers(payload)).toHaveLength(2);
    expect(isShared(shared.buffer)).toBe(true);
    expect(isShared(input.buffer)).toBe(false);
    expect(payloadBuffers(null)).toEqual([]);
  });
});

describe('SharedArena', () => {
  it('hands the smallest idle buffer that fits, and a new one when none does', () => {
    const arena = new SharedArena();
    const big = new SharedArrayBuffer(4096);
    const small = new SharedArrayBuffer(1024);
    arena.give([big, small]);
    expect(arena.take(1000)).toBe(small);
    expect(arena.take(1000)).toBe(big);
    const fresh = arena.take(1000);
    expect(fresh).not.toBe(big);
    expect(fresh.byteLength).toBe(1000);
  });

  it('keeps at most keepBytes of idle memory, the largest buffers first', () => {
    const arena = new SharedArena(5000);
    const buffers = [1000, 4000, 3000].map((bytes) => new SharedArrayBuffer(bytes));
    arena.give(buffers);
    expect(arena.idleBytes).toBe(5000);
    expect(arena.take(3500)).toBe(buffers[1]);
  });

  it('gives a lease shared arrays and copies, and takes them all back on release', () => {
    const arena = new SharedArena();
    const lease = arena.lease();
    const array = lease.array(Float64Array, 10);
    expect(array).toBeInstanceOf(Float64Array);
    expect(array.length).toBe(10);
    expect(isShared(array.buffer)).toBe(true);
    const copy = lease.copy(new Float32Array([1, 2, 3]));
    expect(Array.from(copy)).toEqual([1, 2, 3]);
    expect(isShared(copy.buffer)).toBe(true);
    expect(arena.idleBytes).toBe(0);
    lease.release();
    expect(arena.idleBytes).toBe(80 + 12);
    // The next request reuses that memory instead of touching new pages.
    expect(arena.lease().array(Float32Array, 20).buffer).toBe(array.buffer);
  });
});

describe('the worker body: where a reply is written', () => {
  const convPayload = (data: Float32Array) => ({
    input: { shape: [1, 1, 4, 4], data },
    weight: { shape: [1, 1, 1, 1], data: new Float32Array([2]) },
    stride: [1, 1],
    padding: [0, 0, 0, 0],
    dilation: [1, 1],
    groups: 1,
  });
  const ramp = () => Float32Array.from({ length: 16 }, (_, index) => index);

  function runInWorker(message: object): { reply: FromWorker; transfer: ArrayBuffer[] } {
    let posted: { reply: FromWorker; transfer: ArrayBuffer[] } | undefined;
    handleWorkerMessage({ type: 'run', taskId: 1, job: 'conv:run', ...message }, (reply, transfer = []) => {
      posted = { reply, transfer };
    });
    return posted!;
  }

  const resultData = (reply: FromWorker) => {
    if (reply.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(reply)}`);
    return (reply.reply as { data: Float32Array }).data;
  };

  it('writes into the request’s own input buffer once the kernels have read it, and moves it back', () => {
    const input = ramp();
    const { reply, transfer } = runInWorker({ payload: convPayload(input) });
    const data = resultData(reply);
    expect(data.buffer).toBe(input.buffer);
    expect(Array.from(data)).toEqual(Array.from(ramp(), (value) => value * 2));
    expect(transfer).toEqual([input.buffer]);
  });

  it('picks the smallest of the request’s buffers that holds the reply (IPC sends a whole buffer on)', () => {
    const input = new Float32Array(new ArrayBuffer(1024), 0, 16);
    input.set(ramp());
    const bias = new Float32Array(new ArrayBuffer(64), 0, 1);
    const { reply } = runInWorker({ payload: { ...convPayload(input), bias } });
    const data = resultData(reply);
    expect(data.buffer).toBe(bias.buffer);
    expect(Array.from(data)).toEqual(Array.from(ramp(), (value) => value * 2));
  });

  it('writes into the shared target the host gave, and moves nothing back', () => {
    const target = new Float32Array(new SharedArrayBuffer(64));
    const input = ramp();
    const { reply, transfer } = runInWorker({ payload: convPayload(input), output: target });
    const data = resultData(reply);
    expect(data.buffer).toBe(target.buffer);
    expect(data.byteOffset).toBe(target.byteOffset);
    expect(target[15]).toBe(30);
    expect(Array.from(input)).toEqual(Array.from(ramp()));
    expect(transfer).toEqual([]);
  });

  it('never writes into shared input memory, which another worker may be reading', () => {
    const shared = new Float32Array(new SharedArrayBuffer(64));
    shared.set(ramp());
    const data = resultData(runInWorker({ payload: convPayload(shared) }).reply);
    expect(data.buffer).not.toBe(shared.buffer);
    expect(isShared(data.buffer)).toBe(false);
    expect(Array.from(shared)).toEqual(Array.from(ramp()));
  });

  it('ignores a target of the wrong size', () => {
    const target = new Float32Array(new SharedArrayBuffer(32));
    const input = ramp();
    const data = resultData(runInWorker({ payload: convPayload(input), output: target }).reply);
    expect(data.buffer).not.toBe(target.buffer);
    expect(data[15]).toBe(30);
  });
});
