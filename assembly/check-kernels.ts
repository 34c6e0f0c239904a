/**
 * Finiteness checks for untrusted payloads (src/shared/engine/payload.ts): a float is NaN or infinite exactly
 * when its exponent bits are all ones. Sixteen float32 (or eight float64) per step, four vectors OR-ed
 * together, so a clean array costs one pass at memory speed; the position is searched only after a hit.
 */

/** The index of the first NaN or infinite float32 of `length` at `values`, or -1. */
export function firstNonFinite32(values: usize, length: i32): i32 {
  const exponent = i32x4.splat(0x7f800000);
  let index = 0;
  for (; index + 16 <= length; index += 16) {
    const at = values + ((<usize>index) << 2);
    const any = v128.or(
      v128.or(
        i32x4.eq(v128.and(v128.load(at), exponent), exponent),
        i32x4.eq(v128.and(v128.load(at, 16), exponent), exponent),
      ),
      v128.or(
        i32x4.eq(v128.and(v128.load(at, 32), exponent), exponent),
        i32x4.eq(v128.and(v128.load(at, 48), exponent), exponent),
      ),
    );
    if (v128.any_true(any)) break;
  }
  for (; index < length; index++) {
    if ((load<i32>(values + ((<usize>index) << 2)) & 0x7f800000) == 0x7f800000) return index;
  }
  return -1;
}

/** The index of the first NaN or infinite float64 of `length` at `values`, or -1. */
export function firstNonFinite64(values: usize, length: i32): i32 {
  const exponent = i64x2.splat(0x7ff0000000000000);
  let index = 0;
  for (; index + 8 <= length; index += 8) {
    const at = values + ((<usize>index) << 3);
    const any = v128.or(
      v128.or(
        i64x2.eq(v128.and(v128.load(at), exponent), exponent),
        i64x2.eq(v128.and(v128.load(at, 16), exponent), exponent),
      ),
      v128.or(
        i64x2.eq(v128.and(v128.load(at, 32), exponent), exponent),
        i64x2.eq(v128.and(v128.load(at, 48), exponent), exponent),
      ),
    );
    if (v128.any_true(any)) break;
  }
  for (; index < length; index++) {
    if ((load<i64>(values + ((<usize>index) << 3)) & 0x7ff0000000000000) == 0x7ff0000000000000) return index;
  }
  return -1;
}
