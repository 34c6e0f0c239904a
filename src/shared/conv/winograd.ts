import type { KernelExports, WasmKernels } from './wasm/kernels.ts';

/**
 * How much packed work one block of Winograd tiles may take: its 16 transformed input matrices [Cin x tiles]
 * and 16 product matrices [Cout x tiles]. Half of this machine's 1 MB of L2 a core, so that what the input
 * transform writes, the GEMM reads, and what the GEMM writes, the output transform reads, without going out to
 * memory (a 64 -> 64 layer gets blocks of 64 tiles).
 */
const blockBytes = 512 * 1024;

/**
 * The fewest channels on each side of a group for which Winograd pays: the transforms cost about as much as
 * the GEMM saves when a 3x3 layer has few input or output channels (an image's 3 channels, say), and the
 * elementwise products are 16 small GEMMs whose tile set-up then dominates.
 */
export const winogradMinimumChannels = 16;

/**
 * Whether conv2dFast computes this layer by Winograd F(2x2, 3x3) (assembly/winograd-kernels.ts): a 3x3 kernel
 * at stride 1 without dilation, between groups of at least winogradMinimumChannels channels. It sums in another
 * order than im2col + GEMM, so the float32 bits differ in the last places; output rows must then be split at even
 * rows, where tiles start (winogradRowStep).
 */
export function usesWinograd(
  kernelSize: readonly [number, number],
  stride: readonly [number, number],
  dilation: readonly [number, number],
  groupInChannels: number,
  groupOutChannels: number,
): boolean {
  return (
    kernelSize[0] === 3 &&
    kernelSize[1] === 3 &&
    stride[0] === 1 &&
    stride[1] === 1 &&
    dilation[0] === 1 &&
    dilation[1] === 1 &&
    groupInChannels >= winogradMinimumChannels &&
    groupOutChannels >= winogradMinimumChannels
  );
}

/** Output rows per Winograd tile: a split into row bands keeps each band's first row even. */
export const winogradRowStep = 2;

/** Where a group's Winograd work lives in WebAssembly memory, and its sizes. */
export interface WinogradLayout {
  inChannels: number;
  outChannels: number;
  height: number;
  width: number;
  outHeight: number;
  outWidth: number;
  /** Tiles per row, rounded up to a multiple of 4 (the lanes of the input and output transforms). */
  tilesAcross: number;
  tiles: number;
  /** Tiles per block, a multiple of 8 (the GEMM's column strips). */
  blockTiles: number;
  paddedHeight: number;
  paddedWidth: number;
  /** Bytes from one ξ's matrix to the next: packed kernels, transformed input, products (see elementStride). */
  kernelStride: number;
  inputStride: number;
  productStride: number;
}

/**
 * The 16 matrices of a step lie this far apart: their size rounded up to an odd number of 64-byte cache lines.
 * Each tile reads or writes all 16 at once; 16 KB apart (a 64 x 64 layer's blocks), every access fell in one
 * set of the L1 cache and evicted the others, and the input transform ran 4x slower (measured here). An odd
 * number of lines puts 16 consecutive matrices in 16 different sets of any cache with a power-of-two set count.
 */
export function elementStride(bytes: number): number {
  const lines = Math.ceil(bytes / 64);
  return (lines % 2 === 0 ? lines + 1 : lines) * 64;
}

export function winogradLayout(
  inChannels: number,
  outChannels: number,
  height: number,
  width: number,
  outHeight: number,
  outWidth: number,
): WinogradLayout {
  const tilesDown = Math.ceil(outHeight / 2);
  const tilesAcross = Math.ceil(Math.ceil(outWidth / 2) / 4) * 4;
  const perTile = 16 * 4 * (inChannels + outChannels);
  const blockTiles = Math.max(8, Math.floor(blockBytes / perTile / 8) * 8);
  return {
    inChannels,
    outChannels,
    height,
    width,
    outHeight,
    outWidth,
    tilesAcross,
    tiles: tilesDown * tilesAcross,
    blockTiles,
    // Each tile reads a 4x4 window two rows and columns on from the last: the padded plane covers every tile.
    paddedHeight: 2 * tilesDown + 2,
    paddedWidth: 2 * tilesAcross + 2,
    kernelStride: elementStride(Math.ceil(outChannels / 4) * 4 * inChannels * 4),
    inputStride: elementStride(inChannels * blockTiles * 4),
    productStride: elementStride(outChannels * blockTiles * 4),
  };
}

/** The WebAssembly memory a Winograd convolution uses beyond its input, weights and output. */
export interface WinogradMemory {
  /** Each group's 16 packed U matrices, winogradKernelBytes apart: transformed once, used for every image. */
  packed: number;
  /** The input channels, zero-padded to paddedHeight x paddedWidth each. */
  padded: number;
  /** A block's 16 x [inChannels x tiles] transformed input (+32 bytes: the GEMM reads past a partial strip). */
  transformed: number;
  /** A block's 16 x [outChannels x tiles] products. */
  products: number;
  /** The GEMM's byte offset of B row k (input channel k) in a block: inChannels ints. */
  offsets: number;
}

/** The bytes of one group's transformed, packed kernels. */
export function winogradKernelBytes(layout: WinogradLayout): number {
  return 16 * layout.kernelStride;
}

export function allocateWinograd(
  kernels: WasmKernels,
  layout: WinogradLayout,
  groups: number,
): WinogradMemory {
  const { inChannels } = layout;
  return {
    packed: kernels.allocate(groups * winogradKernelBytes(layout)),
    padded: kernels.allocate(inChannels * layout.paddedHeight * layout.paddedWidth * 4),
    transformed: kernels.allocate(16 * layout.inputStride + 32),
    products: kernels.allocate(16 * layout.productStride),
    offsets: kernels.allocate(inChannels * 4),
  };
}

/**
 * U = G g Gᵀ of one group's 3x3 kernels ([outChannels x inChannels x 3 x 3] at `weights`), packed for the GEMM
 * at `target` (winogradKernelBytes).
 */
export function packWinogradWeights(
  kernels: WasmKernels,
  layout: WinogradLayout,
  weights: number,
  target: number,
): void {
  kernels.exports.winogradWeights(
    weights,
    layout.outChannels,
    layout.inChannels,
    target,
    layout.kernelStride,
  );
}

/**
 * One group of one image, by Winograd F(2x2, 3x3), its kernels packed at `packedKernels` (packWinogradWeights):
 * pad its input planes, then per block of tiles: transform the input, 16
 * GEMMs (one per element ξ of the 4x4 tile, each summing over the input channels in order), transform back into
 * `output` with the bias. Each output depends only on its own tile's sums, whatever the block: the bits do not
 * depend on the blocking, nor on a split into output channels or even-row bands.
 */
export function convolveWinograd(
  kernels: WasmKernels,
  layout: WinogradLayout,
  memory: WinogradMemory,
  addresses: { input: number; packedKernels: number; bias: number; output: number },
  padding: readonly [number, number, number, number],
): void {
  const run: KernelExports = kernels.exports;
  const { inChannels, outChannels, height, width, tilesAcross, tiles, blockTiles } = layout;
  const { paddedHeight, paddedWidth, kernelStride, inputStride, productStride } = layout;
  const [top, , left] = padding;
  const planeFloats = paddedHeight * paddedWidth;
  for (let channel = 0; channel < inChannels; channel++) {
    run.padPlane(
      addresses.input + channel * height * width * 4,
      height,
      width,
      top,
      paddedHeight - height - top,
      left,
      paddedWidth - width - left,
      memory.padded + channel * planeFloats * 4,
    );
  }
  const offsets = kernels.ints(memory.offsets, inChannels);
  for (let first = 0; first < tiles; first += blockTiles) {
    const count = Math.min(blockTiles, tiles - first);
    if (first === 0 || count !== blockTiles) offsets.forEach((_, k) => (offsets[k] = k * count * 4));
    run.winogradInput(
      memory.padded,
      inChannels,
      paddedHeight,
      paddedWidth,
      tilesAcross,
      first,
      count,
      memory.transformed,
      inputStride,
    );
    for (let element = 0; element < 16; element++) {
      run.gemm(
        addresses.packedKernels + element * kernelStride,
        memory.transformed + element * inputStride,
        memory.offsets,
        32,
        0,
        1,
        count,
        outChannels,
        inChannels,
        0,
        memory.products + element * productStride,
        count,
      );
    }
    run.winogradOutput(
      memory.products,
      outChannels,
      tilesAcross,
      first,
      count,
      addresses.bias,
      addresses.output,
      layout.outHeight,
      layout.outWidth,
      productStride,
    );
  }
}
