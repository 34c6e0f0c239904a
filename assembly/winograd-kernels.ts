/**
 * Winograd F(2x2, 3x3) for a 3x3 convolution at stride 1 (Lavin & Gray, "Fast Algorithms for Convolutional
 * Neural Networks", CVPR 2016, section 4): each 2x2 block of outputs ("tile") is
 *   Y = Aᵀ [ (G g Gᵀ) ⊙ (Bᵀ d B) ] A
 * for its 4x4 input window d and the 3x3 kernel g, summed over the input channels, with
 *   Bᵀ = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1],  G = [1 0 0; ½ ½ ½; ½ -½ ½; 0 0 1],  Aᵀ = [1 1 1 0; 0 1 -1 -1].
 * The sum over channels of the 16 elementwise products is 16 matrix products [Cout x Cin] x [Cin x tiles],
 * done by conv-kernels.ts's gemm: 16 multiply-adds per tile and channel pair instead of 36, 2.25x fewer.
 * The caller (src/shared/conv/winograd.ts) lays out the memory; these are the three transforms.
 */

/** d B of the four window rows of four tiles, between the two passes of winogradInput: 16 vectors. */
const rows = memory.data(256, 16);

/** Output scratch: one output row of four tiles (8 floats), when it does not all fit in the output. */
const tail = memory.data(32, 16);

/** T = G g of the four kernels being transformed (4x3 vectors). */
const halfway = memory.data(192, 16);

const half = f32x4.splat(0.5);

/** 36 zero bytes: the kernel a missing output channel (past the last, in a partial strip) reads. */
const noKernel = memory.data(48, 16);

/**
 * U = G g Gᵀ for every [outChannels x inChannels] pair of 3x3 kernels (row-major, 9 floats each), written as 16
 * matrices packed as the GEMM reads its A (packRows: strips of four output channels, one per lane, input
 * channel by input channel), `elementBytes` apart: U[ξ] of (oc, ic) at
 * out + ξ*elementBytes + 16*(strip*inChannels + ic) + 4*lane, oc = 4*strip + lane, ξ = 4*row + column of U.
 * Lanes past the last output channel get 0.
 */
export function winogradWeights(
  weights: usize,
  outChannels: i32,
  inChannels: i32,
  out: usize,
  elementBytes: usize,
): void {
  const strips = (outChannels + 3) >> 2;
  const channelBytes = <usize>inChannels * 36;
  for (let strip = 0; strip < strips; strip++) {
    const oc = strip * 4;
    let kernel0 = weights + <usize>oc * channelBytes;
    let kernel1 = oc + 1 < outChannels ? kernel0 + channelBytes : noKernel;
    let kernel2 = oc + 2 < outChannels ? kernel0 + 2 * channelBytes : noKernel;
    let kernel3 = oc + 3 < outChannels ? kernel0 + 3 * channelBytes : noKernel;
    const stride1: usize = kernel1 == noKernel ? 0 : 36;
    const stride2: usize = kernel2 == noKernel ? 0 : 36;
    const stride3: usize = kernel3 == noKernel ? 0 : 36;
    let target = out + ((<usize>strip * inChannels) << 4);
    for (let ic = 0; ic < inChannels; ic++) {
      // T = G g (4x3), column by column of g; then U = T Gᵀ, row by row of T.
      for (let column: usize = 0; column < 3; column++) {
        const g0 = Kernel.gather(kernel0, kernel1, kernel2, kernel3, column << 2);
        const g1 = Kernel.gather(kernel0, kernel1, kernel2, kernel3, (3 + column) << 2);
        const g2 = Kernel.gather(kernel0, kernel1, kernel2, kernel3, (6 + column) << 2);
        const outer = f32x4.add(g0, g2);
        v128.store(halfway + (column << 4), g0);
        v128.store(halfway + ((3 + column) << 4), f32x4.mul(half, f32x4.add(outer, g1)));
        v128.store(halfway + ((6 + column) << 4), f32x4.mul(half, f32x4.sub(outer, g1)));
        v128.store(halfway + ((9 + column) << 4), g2);
      }
      for (let row: usize = 0; row < 4; row++) {
        const t0 = v128.load(halfway + ((row * 3) << 4));
        const t1 = v128.load(halfway + ((row * 3 + 1) << 4));
        const t2 = v128.load(halfway + ((row * 3 + 2) << 4));
        const outer = f32x4.add(t0, t2);
        const at = target + row * 4 * elementBytes;
        v128.store(at, t0);
        v128.store(at + elementBytes, f32x4.mul(half, f32x4.add(outer, t1)));
        v128.store(at + 2 * elementBytes, f32x4.mul(half, f32x4.sub(outer, t1)));
        v128.store(at + 3 * elementBytes, t2);
      }
      kernel0 += 36;
      kernel1 += stride1;
      kernel2 += stride2;
      kernel3 += stride3;
      target += 16;
    }
  }
}

/** The inlined step of winogradWeights (a static method: see Slide). */
class Kernel {
  /** Cell `offset` of four kernels, one per lane. */
  @inline
  static gather(first: usize, second: usize, third: usize, fourth: usize, offset: usize): v128 {
    let lanes = f32x4.splat(load<f32>(first + offset));
    lanes = f32x4.replace_lane(lanes, 1, load<f32>(second + offset));
    lanes = f32x4.replace_lane(lanes, 2, load<f32>(third + offset));
    return f32x4.replace_lane(lanes, 3, load<f32>(fourth + offset));
  }
}

/**
 * V = Bᵀ d B for the tiles first .. first+count-1 of every channel, four tiles at a time (one per lane). Tile t
 * covers padded rows 2*(t / tilesAcross) .. +3 and columns 2*(t % tilesAcross) .. +3 of its channel's plane
 * (`padded`: channels planes of paddedHeight x paddedWidth floats, paddedWidth >= 2*tilesAcross + 2).
 * Writes out[ξ][channel][t - first]: for each ξ, a [channels x count] matrix, the GEMM's B, `elementBytes` apart.
 * tilesAcross, first and count are multiples of 4, so four tiles in a row of lanes share a tile row.
 * elementBytes should not be a multiple of 4 KB: the 16 stores of a tile would then all fall in one set of the
 * L1 cache and evict each other (measured: the transform ran 4x slower at 16 KB apart).
 */
export function winogradInput(
  padded: usize,
  channels: i32,
  paddedHeight: i32,
  paddedWidth: i32,
  tilesAcross: i32,
  first: i32,
  count: i32,
  out: usize,
  elementBytes: usize,
): void {
  const planeBytes = (<usize>paddedHeight * paddedWidth) << 2;
  const rowBytes = (<usize>paddedWidth) << 2;
  const channelBytes = (<usize>count) << 2;
  const firstRow = first / tilesAcross;
  const firstColumn = first - firstRow * tilesAcross;
  for (let channel = 0; channel < channels; channel++) {
    const plane = padded + <usize>channel * planeBytes;
    let target = out + <usize>channel * channelBytes;
    let tileRow = firstRow;
    let tileColumn = firstColumn;
    for (let lane = 0; lane < count; lane += 4) {
      const origin = plane + <usize>(2 * tileRow) * rowBytes + ((<usize>(2 * tileColumn)) << 2);
      // d B, row by row into `rows`, then Bᵀ (d B), column by column into the 16 matrices.
      Tile.row(origin, rows);
      Tile.row(origin + rowBytes, rows + 64);
      Tile.row(origin + 2 * rowBytes, rows + 128);
      Tile.row(origin + 3 * rowBytes, rows + 192);
      Tile.column(rows, target, elementBytes);
      Tile.column(rows + 16, target + elementBytes, elementBytes);
      Tile.column(rows + 32, target + 2 * elementBytes, elementBytes);
      Tile.column(rows + 48, target + 3 * elementBytes, elementBytes);
      target += 16;
      tileColumn += 4;
      if (tileColumn == tilesAcross) {
        tileColumn = 0;
        tileRow++;
      }
    }
  }
}

/** The inlined steps of winogradInput (static methods: see Slide for why, and for the distinct names). */
class Tile {
  /**
   * d B for one row of four tiles' windows, into four vectors at `rowOut`. The windows start two columns
   * apart, so window column c of the four tiles is every other float from column c: two loads and a shuffle.
   */
  @inline
  static row(windowRow: usize, rowOut: usize): void {
    const left = v128.load(windowRow);
    const middle = v128.load(windowRow, 16);
    const shifted = v128.load(windowRow, 8);
    const next = v128.load(windowRow, 24);
    const d0 = v128.shuffle<f32>(left, middle, 0, 2, 4, 6);
    const d1 = v128.shuffle<f32>(left, middle, 1, 3, 5, 7);
    const d2 = v128.shuffle<f32>(shifted, next, 0, 2, 4, 6);
    const d3 = v128.shuffle<f32>(shifted, next, 1, 3, 5, 7);
    v128.store(rowOut, f32x4.sub(d0, d2));
    v128.store(rowOut, f32x4.add(d1, d2), 16);
    v128.store(rowOut, f32x4.sub(d2, d1), 32);
    v128.store(rowOut, f32x4.sub(d1, d3), 48);
  }

  /** Bᵀ e for one column of e = d B (its rows 64 bytes apart), into ξ = column, 4+column, 8+column, 12+column. */
  @inline
  static column(columnIn: usize, columnOut: usize, stride: usize): void {
    const e0 = v128.load(columnIn);
    const e1 = v128.load(columnIn, 64);
    const e2 = v128.load(columnIn, 128);
    const e3 = v128.load(columnIn, 192);
    v128.store(columnOut, f32x4.sub(e0, e2));
    v128.store(columnOut + 4 * stride, f32x4.add(e1, e2));
    v128.store(columnOut + 8 * stride, f32x4.sub(e2, e1));
    v128.store(columnOut + 12 * stride, f32x4.sub(e1, e3));
  }
}

/**
 * Y = Aᵀ m A (+ bias) for the tiles first .. first+count-1 of every output channel, four tiles at a time:
 * m[ξ] = products[ξ][oc][t - first] (the 16 GEMM results, `elementBytes` apart: see winogradInput). Writes
 * output rows 2*(t / tilesAcross) and the one below, columns 2*(t % tilesAcross) and the one right, of out's
 * [outHeight x outWidth] plane `oc`, where they lie inside it.
 */
export function winogradOutput(
  products: usize,
  outChannels: i32,
  tilesAcross: i32,
  first: i32,
  count: i32,
  bias: usize,
  out: usize,
  outHeight: i32,
  outWidth: i32,
  elementBytes: usize,
): void {
  const channelBytes = (<usize>count) << 2;
  const outPlaneBytes = (<usize>outHeight * outWidth) << 2;
  for (let oc = 0; oc < outChannels; oc++) {
    const shift = f32x4.splat(bias != 0 ? load<f32>(bias + ((<usize>oc) << 2)) : 0);
    const plane = out + <usize>oc * outPlaneBytes;
    for (let lane = 0; lane < count; lane += 4) {
      const m = products + <usize>oc * channelBytes + ((<usize>lane) << 2);
      // Aᵀ m: two rows of four columns, each column from the four rows of m; then (Aᵀ m) A.
      const m00 = v128.load(m);
      const m01 = v128.load(m + elementBytes);
      const m02 = v128.load(m + 2 * elementBytes);
      const m03 = v128.load(m + 3 * elementBytes);
      const m10 = v128.load(m + 4 * elementBytes);
      const m11 = v128.load(m + 5 * elementBytes);
      const m12 = v128.load(m + 6 * elementBytes);
      const m13 = v128.load(m + 7 * elementBytes);
      const m20 = v128.load(m + 8 * elementBytes);
      const m21 = v128.load(m + 9 * elementBytes);
      const m22 = v128.load(m + 10 * elementBytes);
      const m23 = v128.load(m + 11 * elementBytes);
      const r00 = f32x4.add(f32x4.add(m00, m10), m20);
      const r01 = f32x4.add(f32x4.add(m01, m11), m21);
      const r02 = f32x4.add(f32x4.add(m02, m12), m22);
      const r03 = f32x4.add(f32x4.add(m03, m13), m23);
      const r10 = f32x4.sub(f32x4.sub(m10, m20), v128.load(m + 12 * elementBytes));
      const r11 = f32x4.sub(f32x4.sub(m11, m21), v128.load(m + 13 * elementBytes));
      const r12 = f32x4.sub(f32x4.sub(m12, m22), v128.load(m + 14 * elementBytes));
      const r13 = f32x4.sub(f32x4.sub(m13, m23), v128.load(m + 15 * elementBytes));
      const y00 = f32x4.add(f32x4.add(f32x4.add(r00, r01), r02), shift);
      const y01 = f32x4.add(f32x4.sub(f32x4.sub(r01, r02), r03), shift);
      const y10 = f32x4.add(f32x4.add(f32x4.add(r10, r11), r12), shift);
      const y11 = f32x4.add(f32x4.sub(f32x4.sub(r11, r12), r13), shift);
      const tile = first + lane;
      const tileRow = tile / tilesAcross;
      const y = 2 * tileRow;
      const x = 2 * (tile - tileRow * tilesAcross);
      storeOutputRow(plane, outWidth, y, x, y00, y01);
      if (y + 1 < outHeight) storeOutputRow(plane, outWidth, y + 1, x, y10, y11);
    }
  }
}

/** Stores one output row of four tiles: lanes of `even` at columns x, x+2, .., of `odd` at x+1, x+3, ... */
function storeOutputRow(plane: usize, outWidth: i32, y: i32, x: i32, even: v128, odd: v128): void {
  if (x >= outWidth) return;
  const target = plane + ((<usize>(y * outWidth + x)) << 2);
  const low = v128.shuffle<f32>(even, odd, 0, 4, 1, 5);
  const high = v128.shuffle<f32>(even, odd, 2, 6, 3, 7);
  if (x + 8 <= outWidth) {
    v128.store(target, low);
    v128.store(target, high, 16);
    return;
  }
  v128.store(tail, low);
  v128.store(tail, high, 16);
  memory.copy(target, tail, (<usize>(outWidth - x)) << 2);
}
