/**
 * Image filtering on RGBA pixels held as one float32x4 vector each (R, G, B, A): one multiply-add filters the
 * three colour channels at once, with no de-interleaving, and the way back to bytes saturates (clamps to
 * 0..255) in two narrowing instructions.
 */

import { Slide } from './slide';

/** Border rules: how a window reading outside the image is fed. */
const borderZero = 0;
const borderReplicate = 1;
// 2: reflect without repeating the edge pixel (d c b | a b c d | c b a), numpy's "reflect", OpenCV's REFLECT_101.

/** What becomes of a filtered value: 0 clamps to 0..255 (the narrowing saturates), or absolute value then clamp, only min/max, or rescale. */
const outputAbsolute = 1;
const outputStatistics = 2;
const outputRescale = 3;

const block = memory.data(128, 16);

/** The source index a border rule gives for `index` on an axis of `size`; -1 means a zero. */
function borderIndex(index: i32, size: i32, border: i32): i32 {
  if (index >= 0 && index < size) return index;
  if (border == borderZero) return -1;
  if (border == borderReplicate) return index < 0 ? 0 : size - 1;
  if (size == 1) return 0;
  const period = 2 * (size - 1);
  let folded = index % period;
  if (folded < 0) folded += period;
  return folded < size ? folded : period - folded;
}

/** One RGBA pixel as floats; in gray mode R, G and B all hold the BT.601 luma 0.299 R + 0.587 G + 0.114 B. */
function pixelAt(address: usize, gray: bool): v128 {
  const bytes = v128.load32_zero(address);
  const pixel = f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(bytes)));
  if (!gray) return pixel;
  const weighted = f32x4.mul(pixel, f32x4(0.299, 0.587, 0.114, 0));
  const luma =
    f32x4.extract_lane(weighted, 0) + f32x4.extract_lane(weighted, 1) + f32x4.extract_lane(weighted, 2);
  return f32x4.replace_lane(f32x4.splat(luma), 3, f32x4.extract_lane(pixel, 3));
}

/**
 * Rows firstRow .. firstRow + rowCount - 1 of an RGBA byte image (firstRow may be negative: border rows) as float
 * pixels, each row widened by padLeft and padRight border pixels.
 */
export function expandRgba(
  rgba: usize,
  width: i32,
  height: i32,
  firstRow: i32,
  rowCount: i32,
  padLeft: i32,
  padRight: i32,
  border: i32,
  gray: bool,
  out: usize,
): void {
  const paddedWidth = width + padLeft + padRight;
  for (let r = 0; r < rowCount; r++) {
    const sourceRow = borderIndex(firstRow + r, height, border);
    const target = out + ((<usize>r * paddedWidth) << 4);
    if (sourceRow < 0) {
      memory.fill(target, 0, (<usize>paddedWidth) << 4);
      continue;
    }
    const source = rgba + ((<usize>sourceRow * width) << 2);
    for (let column = 0; column < padLeft; column++) {
      const sourceColumn = borderIndex(column - padLeft, width, border);
      const pixel = sourceColumn < 0 ? f32x4.splat(0) : pixelAt(source + ((<usize>sourceColumn) << 2), gray);
      v128.store(target + ((<usize>column) << 4), pixel);
    }
    const inner = target + ((<usize>padLeft) << 4);
    for (let column = 0; column < width; column++) {
      v128.store(inner + ((<usize>column) << 4), pixelAt(source + ((<usize>column) << 2), gray));
    }
    for (let column = padLeft + width; column < paddedWidth; column++) {
      const sourceColumn = borderIndex(column - padLeft, width, border);
      const pixel = sourceColumn < 0 ? f32x4.splat(0) : pixelAt(source + ((<usize>sourceColumn) << 2), gray);
      v128.store(target + ((<usize>column) << 4), pixel);
    }
  }
}

/** A filtered value on its way to a byte: |v| for absolute, (v - min) * scale for rescale, else v itself. */
function mapValue(value: v128, mode: i32, statistics: usize): v128 {
  if (mode == outputAbsolute) return f32x4.abs(value);
  if (mode == outputRescale)
    return f32x4.mul(f32x4.sub(value, v128.load(statistics)), v128.load(statistics, 16));
  return value;
}

/** 1.5 * 2^23: adding it leaves round-to-nearest-even(v) in the low mantissa bits of any v in [0, 2^22). */
const roundingMagic: f32 = 12582912.0;

/**
 * Clamped to 0..255 and rounded to nearest (ties to even) with the magic-number addition, which costs two
 * instructions where f32x4.nearest + i32x4.trunc_sat_f32x4_s cost about ten on x64.
 */
function toWhole(value: v128, mode: i32, statistics: usize): v128 {
  const clamped = f32x4.pmin(f32x4.splat(255), f32x4.pmax(f32x4.splat(0), mapValue(value, mode, statistics)));
  return i32x4.sub(f32x4.add(clamped, f32x4.splat(roundingMagic)), f32x4.splat(roundingMagic));
}

/**
 * Writes the four filtered pixels in block[0..3] as 16 RGBA bytes with alpha copied from the source pixels, or
 * in statistics mode folds them into the per-channel minimum and maximum at statistics[0..7]. Rescale reads the
 * minimum at statistics[0..3] and the scale at statistics[4..7].
 */
function emitFour(mode: i32, target: usize, alphaSource: usize, statistics: usize): void {
  const p0 = v128.load(block);
  const p1 = v128.load(block, 16);
  const p2 = v128.load(block, 32);
  const p3 = v128.load(block, 48);
  if (mode == outputStatistics) {
    const low = f32x4.min(f32x4.min(p0, p1), f32x4.min(p2, p3));
    const high = f32x4.max(f32x4.max(p0, p1), f32x4.max(p2, p3));
    v128.store(statistics, f32x4.min(v128.load(statistics), low));
    v128.store(statistics, f32x4.max(v128.load(statistics, 16), high), 16);
    return;
  }
  const first = i16x8.narrow_i32x4_s(toWhole(p0, mode, statistics), toWhole(p1, mode, statistics));
  const second = i16x8.narrow_i32x4_s(toWhole(p2, mode, statistics), toWhole(p3, mode, statistics));
  const bytes = i8x16.narrow_i16x8_u(first, second);
  v128.store(target, v128.bitselect(v128.load(alphaSource), bytes, i32x4.splat(0xff000000)));
}

/** emitFour for one pixel (the end of a row). */
function emitOne(value: v128, mode: i32, target: usize, alphaSource: usize, statistics: usize): void {
  if (mode == outputStatistics) {
    v128.store(statistics, f32x4.min(v128.load(statistics), value));
    v128.store(statistics, f32x4.max(v128.load(statistics, 16), value), 16);
    return;
  }
  const whole = toWhole(value, mode, statistics);
  const halves = i16x8.narrow_i32x4_s(whole, whole);
  const colour = i32x4.extract_lane(i8x16.narrow_i16x8_u(halves, halves), 0) & 0x00ffffff;
  store<u32>(target, colour | (load<u32>(alphaSource) & 0xff000000));
}

/**
 * The first pass of a separable kernel (outer product of a column and a row): each of `rows` rows of float
 * pixels correlated with a 1 x kernelWidth row, written as float pixels `outWidth` to a row. filterRgba with
 * the kernelHeight x 1 column then finishes: 2k multiply-adds per pixel instead of k^2.
 */
export function filterRows(
  pixels: usize,
  paddedWidth: i32,
  rows: i32,
  outWidth: i32,
  weights: usize,
  kernelWidth: i32,
  out: usize,
): void {
  for (let y = 0; y < rows; y++) {
    const rowPixels = pixels + ((<usize>y * paddedWidth) << 4);
    const rowOut = out + ((<usize>y * outWidth) << 4);
    let x = 0;
    for (; x + 4 <= outWidth; x += 4) {
      const offset = (<usize>x) << 4;
      Slide.four(rowPixels + offset, 0, 16, weights, 1, kernelWidth, rowOut + offset, false, 0);
    }
    for (; x < outWidth; x++) {
      const offset = (<usize>x) << 4;
      v128.store(rowOut + offset, Slide.one(rowPixels + offset, 0, 16, weights, 1, kernelWidth));
    }
  }
}

/**
 * Filters outRows x outWidth pixels from expanded rows (expandRgba), with one kernel or, when weightsY is not 0,
 * the gradient magnitude sqrt(Gx^2 + Gy^2) of two. `source` is the RGBA byte pixel of output (0, 0) in the
 * original image (for alpha), `sourceWidth` its row length in pixels.
 */
export function filterRgba(
  pixels: usize,
  paddedWidth: i32,
  outRows: i32,
  outWidth: i32,
  weightsX: usize,
  weightsY: usize,
  kernelHeight: i32,
  kernelWidth: i32,
  mode: i32,
  source: usize,
  sourceWidth: i32,
  out: usize,
  statistics: usize,
): void {
  const rowBytes = (<usize>paddedWidth) << 4;
  for (let y = 0; y < outRows; y++) {
    const rowPixels = pixels + <usize>y * rowBytes;
    const rowSource = source + ((<usize>y * sourceWidth) << 2);
    const rowOut = out + ((<usize>y * outWidth) << 2);
    let x = 0;
    for (; x + 4 <= outWidth; x += 4) {
      const at = rowPixels + ((<usize>x) << 4);
      Slide.four(at, rowBytes, 16, weightsX, kernelHeight, kernelWidth, block, false, 0);
      if (weightsY != 0) {
        Slide.four(at, rowBytes, 16, weightsY, kernelHeight, kernelWidth, block + 64, false, 0);
        for (let lane: usize = 0; lane < 64; lane += 16) {
          const gx = v128.load(block + lane);
          const gy = v128.load(block + 64 + lane);
          v128.store(block + lane, f32x4.sqrt(f32x4.add(f32x4.mul(gx, gx), f32x4.mul(gy, gy))));
        }
      }
      const offset = (<usize>x) << 2;
      emitFour(mode, rowOut + offset, rowSource + offset, statistics);
    }
    for (; x < outWidth; x++) {
      const at = rowPixels + ((<usize>x) << 4);
      let value = Slide.one(at, rowBytes, 16, weightsX, kernelHeight, kernelWidth);
      if (weightsY != 0) {
        const gy = Slide.one(at, rowBytes, 16, weightsY, kernelHeight, kernelWidth);
        value = f32x4.sqrt(f32x4.add(f32x4.mul(value, value), f32x4.mul(gy, gy)));
      }
      const offset = (<usize>x) << 2;
      emitOne(value, mode, rowOut + offset, rowSource + offset, statistics);
    }
  }
}
