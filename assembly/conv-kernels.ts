/**
 * The engine's fast kernels, in AssemblyScript compiled to WebAssembly SIMD (128-bit lanes: four float32 at a
 * time). `npx tsx scripts/build-wasm.ts` compiles this file and writes the bytes, as base64, into
 * src/shared/conv/wasm/conv-kernels-wasm.ts; a unit test checks that the committed bytes match this source.
 *
 * The module owns no memory management: the caller (src/shared/conv/wasm/kernels.ts) lays its buffers out from
 * heapBase() and passes byte addresses. Every kernel reads and writes float32 unless its name says RGBA.
 */

import { Slide } from './slide';

/** Scratch for partial tiles and pixel blocks: 8 vectors. */
const scratch = memory.data(128, 16);

/** The first byte the caller may use. */
export function heapBase(): usize {
  return __heap_base;
}

/** Copies a [height x width] plane into a zero-filled plane padded by top/bottom/left/right. */
export function padPlane(
  input: usize,
  height: i32,
  width: i32,
  top: i32,
  bottom: i32,
  left: i32,
  right: i32,
  out: usize,
): void {
  const paddedWidth = width + left + right;
  memory.fill(out, 0, (<usize>(height + top + bottom) * paddedWidth) << 2);
  for (let y = 0; y < height; y++) {
    memory.copy(
      out + ((<usize>(y + top) * paddedWidth + left) << 2),
      input + ((<usize>y * width) << 2),
      (<usize>width) << 2,
    );
  }
}

/**
 * Direct cross-correlation at stride 1 of a padded plane with one kernel: out[y][x] (+)= sum over (ky, kx) of
 * w[ky][kx] * in[y + ky*dy][x + kx*dx], sixteen outputs at a time, then four, then one.
 * `accumulate` adds to `out`; otherwise each output starts from `start` (the bias) and overwrites `out`.
 */
export function correlatePlane(
  input: usize,
  inputWidth: i32,
  weights: usize,
  kernelHeight: i32,
  kernelWidth: i32,
  dilationY: i32,
  dilationX: i32,
  out: usize,
  outHeight: i32,
  outWidth: i32,
  accumulate: bool,
  start: f32,
): void {
  const rowBytes = (<usize>dilationY * inputWidth) << 2;
  const tapBytes = (<usize>dilationX) << 2;
  for (let y = 0; y < outHeight; y++) {
    const outRow = out + ((<usize>y * outWidth) << 2);
    const inRow = input + ((<usize>y * inputWidth) << 2);
    let x = 0;
    for (; x + 16 <= outWidth; x += 16) {
      const offset = (<usize>x) << 2;
      Slide.four(
        inRow + offset,
        rowBytes,
        tapBytes,
        weights,
        kernelHeight,
        kernelWidth,
        outRow + offset,
        accumulate,
        start,
      );
    }
    for (; x + 4 <= outWidth; x += 4) {
      const offset = (<usize>x) << 2;
      const sum = Slide.one(inRow + offset, rowBytes, tapBytes, weights, kernelHeight, kernelWidth);
      v128.store(
        outRow + offset,
        f32x4.add(accumulate ? v128.load(outRow + offset) : f32x4.splat(start), sum),
      );
    }
    for (; x < outWidth; x++) {
      const target = outRow + ((<usize>x) << 2);
      let sum: f32 = accumulate ? load<f32>(target) : start;
      let weight = weights;
      for (let ky = 0; ky < kernelHeight; ky++) {
        let tap = inRow + ((<usize>(ky * dilationY * inputWidth + x)) << 2);
        for (let kx = 0; kx < kernelWidth; kx++) {
          sum += load<f32>(weight) * load<f32>(tap);
          weight += 4;
          tap += tapBytes;
        }
      }
      store<f32>(target, sum);
    }
  }
}

/**
 * Zero-pads each [height x width] plane by top/bottom/left/right and splits its columns into `strideX` phases:
 * padded column x goes to phase x % strideX, column x / strideX, each phase a [paddedHeight x phaseWidth]
 * plane (channel-major, then phase). Then the window cells that eight neighbouring outputs of a row read at one
 * kernel tap are eight neighbouring floats, whatever the stride: the GEMM reads them in place (implicit
 * im2col). 32 bytes past the last plane are zeroed too, for partial strips.
 */
export function splitPhases(
  input: usize,
  channels: i32,
  height: i32,
  width: i32,
  top: i32,
  bottom: i32,
  left: i32,
  strideX: i32,
  phaseWidth: i32,
  out: usize,
): void {
  const paddedHeight = height + top + bottom;
  const planeFloats = <usize>paddedHeight * phaseWidth;
  memory.fill(out, 0, ((<usize>channels * strideX * planeFloats) << 2) + 32);
  for (let channel = 0; channel < channels; channel++) {
    const phases = out + ((<usize>channel * strideX * planeFloats) << 2);
    for (let y = 0; y < height; y++) {
      const source = input + ((<usize>(channel * height + y) * width) << 2);
      const rowStart = (<usize>(y + top) * phaseWidth) << 2;
      if (strideX == 1) {
        memory.copy(phases + rowStart + ((<usize>left) << 2), source, (<usize>width) << 2);
        continue;
      }
      for (let x = 0; x < width; x++) {
        const padded = x + left;
        const phase = padded % strideX;
        const target =
          phases + ((<usize>phase * planeFloats) << 2) + rowStart + ((<usize>(padded / strideX)) << 2);
        store<f32>(target, load<f32>(source + ((<usize>x) << 2)));
      }
    }
  }
}

/** Packs a row-major [rows x depth] matrix into strips of 4 rows, k-major inside a strip, zero-padded. */
export function packRows(matrix: usize, rows: i32, depth: i32, out: usize): void {
  const strips = (rows + 3) >> 2;
  let target = out;
  for (let strip = 0; strip < strips; strip++) {
    for (let k = 0; k < depth; k++) {
      for (let lane = 0; lane < 4; lane++) {
        const row = strip * 4 + lane;
        store<f32>(target, row < rows ? load<f32>(matrix + ((<usize>row * depth + k) << 2)) : 0);
        target += 4;
      }
    }
  }
}

/** Per-lane window origins of the strip being packed: rows at lanes[0..7], columns at lanes[8..15]. */
const lanes = memory.data(64, 16);

/**
 * im2col straight into GEMM strips, for the output positions first <= n < end (a column block): patch element
 * (k, n), k = (channel, ky, kx) and n = output position oy*outWidth + ox, goes to strip (n - first)/8 at
 * k*8 + (n - first)%8, so the GEMM reads each strip front to back and this loop writes front to back too. When
 * the eight positions of a strip share an output row and their window cells lie inside the input, they are two
 * vector loads (stride 1) or four loads and two shuffles (stride 2); elsewhere (borders, row ends, other
 * strides) each cell is checked on its own. Padding and columns past `end` get 0.
 */
export function packPatches(
  input: usize,
  channels: i32,
  height: i32,
  width: i32,
  kernelHeight: i32,
  kernelWidth: i32,
  strideY: i32,
  strideX: i32,
  padTop: i32,
  padLeft: i32,
  dilationY: i32,
  dilationX: i32,
  outWidth: i32,
  first: i32,
  end: i32,
  out: usize,
): void {
  let target = out;
  for (let start = first; start < end; start += 8) {
    for (let lane = 0; lane < 8; lane++) {
      const n = start + lane;
      const oy = n / outWidth;
      // A position past the end reads from far above the input, so every check sends it to zero.
      store<i32>(lanes + ((<usize>lane) << 2), n < end ? oy * strideY - padTop : -0x40000000);
      store<i32>(lanes + ((<usize>(lane + 8)) << 2), (n - oy * outWidth) * strideX - padLeft);
    }
    const top = load<i32>(lanes);
    const left = load<i32>(lanes, 32);
    const sameRow = start + 8 <= end && start / outWidth == (start + 7) / outWidth;
    for (let channel = 0; channel < channels; channel++) {
      const plane = input + ((<usize>channel * height * width) << 2);
      for (let ky = 0; ky < kernelHeight; ky++) {
        for (let kx = 0; kx < kernelWidth; kx++) {
          const y = top + ky * dilationY;
          const x = left + kx * dilationX;
          const inside = sameRow && y >= 0 && y < height && x >= 0 && x + 7 * strideX < width;
          if (inside && strideX == 1) {
            const source = plane + ((<usize>y * width + x) << 2);
            v128.store(target, v128.load(source));
            v128.store(target, v128.load(source, 16), 16);
          } else if (inside && strideX == 2) {
            const source = plane + ((<usize>y * width + x) << 2);
            v128.store(target, v128.shuffle<f32>(v128.load(source), v128.load(source, 16), 0, 2, 4, 6));
            v128.store(
              target,
              v128.shuffle<f32>(v128.load(source, 32), v128.load(source, 48), 0, 2, 4, 6),
              16,
            );
          } else if (sameRow && (y < 0 || y >= height)) {
            v128.store(target, f32x4.splat(0));
            v128.store(target, f32x4.splat(0), 16);
          } else {
            for (let lane = 0; lane < 8; lane++) {
              const laneY = load<i32>(lanes + ((<usize>lane) << 2)) + ky * dilationY;
              const laneX = load<i32>(lanes + ((<usize>(lane + 8)) << 2)) + kx * dilationX;
              const valid = laneY >= 0 && laneY < height && laneX >= 0 && laneX < width;
              store<f32>(
                target + ((<usize>lane) << 2),
                valid ? load<f32>(plane + ((<usize>laneY * width + laneX) << 2)) : 0,
              );
            }
          }
          target += 32;
        }
      }
    }
  }
}

/** Writes one row of a 4x8 tile (plus its bias) into a C of `pitch` floats a row; a partial tile goes through the scratch buffer. */
function storeTileRow(
  c: usize,
  pitch: i32,
  row: i32,
  rows: i32,
  column: i32,
  count: i32,
  bias: usize,
  low: v128,
  high: v128,
): void {
  if (row >= rows) return;
  const shift = f32x4.splat(bias != 0 ? load<f32>(bias + ((<usize>row) << 2)) : 0);
  const target = c + ((<usize>row * pitch + column) << 2);
  if (column + 8 <= count) {
    v128.store(target, f32x4.add(low, shift));
    v128.store(target, f32x4.add(high, shift), 16);
    return;
  }
  v128.store(scratch, f32x4.add(low, shift));
  v128.store(scratch, f32x4.add(high, shift), 16);
  memory.copy(target, scratch, (<usize>(count - column)) << 2);
}

/**
 * C = A[rows x depth] * B[depth x columns] (+ bias per row), A from packRows. The columns come as `lines` runs
 * of `count` (C row `row`, run `line`, column j at c + 4*(row*pitch + line*count + j)), read in strips of
 * eight: B row k of strip s in run `line` is the eight floats at b + line*lineBytes + s*32 + offsets[k] (byte
 * offsets, one i32 per k). That one loop serves packPatches strips (one run; offsets k*8 floats, strips of
 * 8*depth floats apart: see packPatches), a 1x1 convolution's input in place, and implicit im2col over the
 * phase planes of splitPhases (a run per output row). A partial strip may read up to 7 floats past its run's
 * end: those lanes are never stored.
 * A 4x8 tile of C lives in eight vector registers while k runs: V8 (Node 20) keeps 15 XMM registers for wasm
 * on x64 and hoists every load of a loop body to its top, so a bigger tile or an unrolled k loop spills
 * (measured: 6x8, 5x8, 4x12, 3x12 and 4x8 unrolled twice all ran at 45-65% of this loop's speed).
 * Column strips outside: one B strip stays in L1 while every A strip passes. Each C element is the sum over k
 * in order 0..depth-1 whatever rows, runs or blocks the call covers: split jobs give the same bits.
 */
export function gemm(
  packedA: usize,
  b: usize,
  offsets: usize,
  stripBytes: i32,
  lineBytes: i32,
  lines: i32,
  count: i32,
  rows: i32,
  depth: i32,
  bias: usize,
  c: usize,
  pitch: i32,
): void {
  const rowStrips = (rows + 3) >> 2;
  const columnStrips = (count + 7) >> 3;
  for (let line = 0; line < lines; line++) {
    const lineB = b + <usize>line * lineBytes;
    const lineC = c + ((<usize>line * count) << 2);
    for (let columnStrip = 0; columnStrip < columnStrips; columnStrip++) {
      const stripB = lineB + <usize>columnStrip * stripBytes;
      for (let rowStrip = 0; rowStrip < rowStrips; rowStrip++) {
        let a = packedA + ((<usize>rowStrip * depth) << 4);
        let offset = offsets;
        let c00 = f32x4.splat(0);
        let c01 = f32x4.splat(0);
        let c10 = f32x4.splat(0);
        let c11 = f32x4.splat(0);
        let c20 = f32x4.splat(0);
        let c21 = f32x4.splat(0);
        let c30 = f32x4.splat(0);
        let c31 = f32x4.splat(0);
        for (let k = 0; k < depth; k++) {
          const bk = stripB + <usize>load<i32>(offset);
          const b0 = v128.load(bk);
          const b1 = v128.load(bk, 16);
          const a0 = v128.load32_splat(a);
          const a1 = v128.load32_splat(a, 4);
          const a2 = v128.load32_splat(a, 8);
          const a3 = v128.load32_splat(a, 12);
          c00 = f32x4.add(c00, f32x4.mul(a0, b0));
          c01 = f32x4.add(c01, f32x4.mul(a0, b1));
          c10 = f32x4.add(c10, f32x4.mul(a1, b0));
          c11 = f32x4.add(c11, f32x4.mul(a1, b1));
          c20 = f32x4.add(c20, f32x4.mul(a2, b0));
          c21 = f32x4.add(c21, f32x4.mul(a2, b1));
          c30 = f32x4.add(c30, f32x4.mul(a3, b0));
          c31 = f32x4.add(c31, f32x4.mul(a3, b1));
          a += 16;
          offset += 4;
        }
        const row = rowStrip * 4;
        const column = columnStrip * 8;
        storeTileRow(lineC, pitch, row, rows, column, count, bias, c00, c01);
        storeTileRow(lineC, pitch, row + 1, rows, column, count, bias, c10, c11);
        storeTileRow(lineC, pitch, row + 2, rows, column, count, bias, c20, c21);
        storeTileRow(lineC, pitch, row + 3, rows, column, count, bias, c30, c31);
      }
    }
  }
}
