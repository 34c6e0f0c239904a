import { decodeBase64 } from './base64.ts';
import { convKernelsWasmBase64 } from './conv-kernels-wasm.ts';

/** The exports of assembly/index.ts: addresses are byte offsets into `memory`. */
export interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  padPlane(
    input: number,
    height: number,
    width: number,
    top: number,
    bottom: number,
    left: number,
    right: number,
    out: number,
  ): void;
  correlatePlane(
    input: number,
    inputWidth: number,
    weights: number,
    kernelHeight: number,
    kernelWidth: number,
    dilationY: number,
    dilationX: number,
    out: number,
    outHeight: number,
    outWidth: number,
    accumulate: boolean,
    start: number,
  ): void;
  splitPhases(
    input: number,
    channels: number,
    height: number,
    width: number,
    top: number,
    bottom: number,
    left: number,
    strideX: number,
    phaseWidth: number,
    out: number,
  ): void;
  packRows(matrix: number, rows: number, depth: number, out: number): void;
  packPatches(
    input: number,
    channels: number,
    height: number,
    width: number,
    kernelHeight: number,
    kernelWidth: number,
    strideY: number,
    strideX: number,
    padTop: number,
    padLeft: number,
    dilationY: number,
    dilationX: number,
    outWidth: number,
    first: number,
    end: number,
    out: number,
  ): void;
  firstNonFinite32(values: number, length: number): number;
  firstNonFinite64(values: number, length: number): number;
  gemm(
    packedA: number,
    b: number,
    offsets: number,
    stripBytes: number,
    lineBytes: number,
    lines: number,
    count: number,
    rows: number,
    depth: number,
    bias: number,
    c: number,
    pitch: number,
  ): void;
  expandRgba(
    rgba: number,
    width: number,
    height: number,
    firstRow: number,
    rowCount: number,
    padLeft: number,
    padRight: number,
    border: number,
    gray: boolean,
    out: number,
  ): void;
  winogradWeights(
    weights: number,
    outChannels: number,
    inChannels: number,
    out: number,
    elementBytes: number,
  ): void;
  winogradInput(
    padded: number,
    channels: number,
    paddedHeight: number,
    paddedWidth: number,
    tilesAcross: number,
    first: number,
    count: number,
    out: number,
    elementBytes: number,
  ): void;
  winogradOutput(
    products: number,
    outChannels: number,
    tilesAcross: number,
    first: number,
    count: number,
    bias: number,
    out: number,
    outHeight: number,
    outWidth: number,
    elementBytes: number,
  ): void;
  filterRows(
    pixels: number,
    paddedWidth: number,
    rows: number,
    outWidth: number,
    weights: number,
    kernelWidth: number,
    out: number,
  ): void;
  filterRgba(
    pixels: number,
    paddedWidth: number,
    outRows: number,
    outWidth: number,
    weightsX: number,
    weightsY: number,
    kernelHeight: number,
    kernelWidth: number,
    mode: number,
    source: number,
    sourceWidth: number,
    out: number,
    statistics: number,
  ): void;
}

/** Just the WebAssembly API this file uses; src/shared is compiled without DOM or Node types. */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

const pageBytes = 65_536;

/**
 * The instantiated kernels and a bump allocator over their memory. Each engine call starts with `reset()`,
 * allocates what it needs, then takes views: growing the memory detaches every earlier view.
 */
export class WasmKernels {
  private next: number;

  constructor(readonly exports: KernelExports) {
    this.next = exports.heapBase();
  }

  reset(): void {
    this.next = this.exports.heapBase();
  }

  /** A 16-byte aligned block of `bytes`, growing the memory when needed. Returns its address. */
  allocate(bytes: number): number {
    const address = Math.ceil(this.next / 16) * 16;
    this.next = address + bytes;
    const missing = this.next - this.exports.memory.buffer.byteLength;
    if (missing > 0) this.exports.memory.grow(Math.ceil(missing / pageBytes));
    return address;
  }

  ints(address: number, length: number): Int32Array {
    return new Int32Array(this.exports.memory.buffer, address, length);
  }

  floats(address: number, length: number): Float32Array {
    return new Float32Array(this.exports.memory.buffer, address, length);
  }

  bytes(address: number, length: number): Uint8Array {
    return new Uint8Array(this.exports.memory.buffer, address, length);
  }
}

let loaded: WasmKernels | null | undefined;

/**
 * The kernels, compiled synchronously on first use (allowed in workers and Node; the engine never runs on a
 * browser's main thread), or null where WebAssembly SIMD is missing: callers then take the plain-JS path.
 */
export function wasmKernels(): WasmKernels | null {
  if (loaded !== undefined) return loaded;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  try {
    if (!api) throw new Error('no WebAssembly');
    const instance = new api.Instance(new api.Module(decodeBase64(convKernelsWasmBase64)), {});
    loaded = new WasmKernels(instance.exports as KernelExports);
  } catch {
    loaded = null;
  }
  return loaded;
}
