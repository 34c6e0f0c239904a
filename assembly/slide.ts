/** The sliding-window inner loops shared by the plane kernels and the image kernels (not exported to JS). */

/**
 * Static methods because AssemblyScript's @inline decorator is only valid TypeScript on class members. Keep the
 * parameter names distinct from each other and from callers' locals: asc 0.28 crashes when inlining clashes.
 */
export class Slide {
  /**
   * Four vectors of sums side by side: target[i] = (target[i] if accumulating, else initial) + sum over (ky, kx) of w[ky][kx] * vector at
   * start + ky*rowBytes + kx*tapBytes + 16*i. Four independent sums keep the adds from waiting on each other. A
   * vector is four neighbouring outputs of a float plane, or one RGBA pixel of an image (image-kernels.ts).
   */
  @inline
  static four(
    start: usize,
    rowBytes: usize,
    tapBytes: usize,
    weights: usize,
    kernelHeight: i32,
    kernelWidth: i32,
    target: usize,
    accumulate: bool,
    initial: f32,
  ): void {
    let sum0 = accumulate ? v128.load(target) : f32x4.splat(initial);
    let sum1 = accumulate ? v128.load(target, 16) : f32x4.splat(initial);
    let sum2 = accumulate ? v128.load(target, 32) : f32x4.splat(initial);
    let sum3 = accumulate ? v128.load(target, 48) : f32x4.splat(initial);
    let weight = weights;
    let row = start;
    for (let ky = 0; ky < kernelHeight; ky++) {
      let tap = row;
      for (let kx = 0; kx < kernelWidth; kx++) {
        const w = v128.load32_splat(weight);
        sum0 = f32x4.add(sum0, f32x4.mul(w, v128.load(tap)));
        sum1 = f32x4.add(sum1, f32x4.mul(w, v128.load(tap, 16)));
        sum2 = f32x4.add(sum2, f32x4.mul(w, v128.load(tap, 32)));
        sum3 = f32x4.add(sum3, f32x4.mul(w, v128.load(tap, 48)));
        weight += 4;
        tap += tapBytes;
      }
      row += rowBytes;
    }
    v128.store(target, sum0);
    v128.store(target, sum1, 16);
    v128.store(target, sum2, 32);
    v128.store(target, sum3, 48);
  }

  /** One vector of sums, as `four`, for the ends of rows. */
  @inline
  static one(
    start: usize,
    rowBytes: usize,
    tapBytes: usize,
    weights: usize,
    kernelHeight: i32,
    kernelWidth: i32,
  ): v128 {
    let sum = f32x4.splat(0);
    let weight = weights;
    let row = start;
    for (let ky = 0; ky < kernelHeight; ky++) {
      let tap = row;
      for (let kx = 0; kx < kernelWidth; kx++) {
        sum = f32x4.add(sum, f32x4.mul(v128.load32_splat(weight), v128.load(tap)));
        weight += 4;
        tap += tapBytes;
      }
      row += rowBytes;
    }
    return sum;
  }
}
