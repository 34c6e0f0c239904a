/** The typed arrays the engine moves between threads: tensors' numbers and images' RGBA bytes. */
export type FloatArray = Float32Array | Float64Array;
export type EngineArray = FloatArray | Uint8ClampedArray;
export type FloatArrayKind = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => FloatArray;
type EngineArrayKind = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => EngineArray;

/**
 * Shared memory that the host and its workers all see, recycled from request to request. Why: on the machines
 * measured (bench/conv.ts), fresh memory is the slowest part of a split convolution: the first touch of each
 * page costs a fault, up to ~5 ms per 1.6 MB on this VM, against ~0.04 ms to copy 1.6 MB into memory already
 * touched. Shared buffers also let every part read one copy of the input instead of a copy each.
 * Needs SharedArrayBuffer: always there in Node's worker_threads (the Electron main process); a browser has it
 * only when cross-origin isolated, and the WebHost does not use the arena.
 */
export class SharedArena {
  readonly #free: SharedArrayBuffer[] = [];

  /**
   * @param keepBytes how much idle memory the arena keeps for the next request; more is left to the GC. 64 MB
   * holds the two bands of a 12-megapixel image (2 x 24 MB) and every layer the lab or the bench splits, and is
   * what the app keeps while idle.
   */
  constructor(readonly keepBytes = 64 * 1024 * 1024) {}

  /** Memory for one request; give it back with `release` once every thread is done with it. */
  lease(): ArenaLease {
    return new ArenaLease(this);
  }

  /** The smallest idle buffer of at least `bytes`, or a new one. */
  take(bytes: number): SharedArrayBuffer {
    let best = -1;
    this.#free.forEach((buffer, index) => {
      if (buffer.byteLength >= bytes && (best < 0 || buffer.byteLength < this.#free[best]!.byteLength))
        best = index;
    });
    return best >= 0 ? this.#free.splice(best, 1)[0]! : new SharedArrayBuffer(bytes);
  }

  /** Keeps buffers for reuse, the largest first, up to `keepBytes` in all. */
  give(buffers: SharedArrayBuffer[]): void {
    const all = [...this.#free, ...buffers].sort((a, b) => b.byteLength - a.byteLength);
    this.#free.length = 0;
    let kept = 0;
    for (const buffer of all) {
      if (kept + buffer.byteLength > this.keepBytes) continue;
      this.#free.push(buffer);
      kept += buffer.byteLength;
    }
  }

  /** How much idle memory the arena holds (for tests). */
  get idleBytes(): number {
    return this.#free.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  }
}

/** The shared arrays of one request. */
export class ArenaLease {
  readonly #taken: SharedArrayBuffer[] = [];

  constructor(private readonly arena: SharedArena) {}

  /** A shared array of `length` elements; its old contents are arbitrary, so callers write all of it. */
  array<Kind extends EngineArrayKind>(kind: Kind, length: number): InstanceType<Kind> {
    const bytesPerElement = (kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    const buffer = this.arena.take(Math.max(1, length) * bytesPerElement);
    this.#taken.push(buffer);
    return new kind(buffer, 0, length) as InstanceType<Kind>;
  }

  /** A shared copy of `values`. */
  copy<Values extends EngineArray>(values: Values): Values {
    const copy = this.array(values.constructor as EngineArrayKind, values.length);
    copy.set(values);
    return copy as Values;
  }

  /**
   * Returns the memory to the arena. Only once no thread can touch it again: after every part answered. A
   * request that failed or was cancelled may have a worker still being stopped, so its memory is dropped instead.
   */
  release(): void {
    this.arena.give(this.#taken.splice(0));
  }
}
