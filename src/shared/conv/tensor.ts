import { refuse } from '../engine/payload.ts';
import { describeValue } from '../engine/refusal.ts';

/**
 * A dense tensor in row-major NCHW order (PyTorch's layout). Float64 keeps integer examples exact; images use
 * Float32 to halve memory.
 */
export interface Tensor<Data extends Float64Array | Float32Array = Float64Array | Float32Array> {
  shape: number[];
  data: Data;
}

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((product, size) => product * size, 1);
}

/** The shape nested arrays claim by their first elements (checked for raggedness by tensorFromNested). */
export function nestedShape(nested: unknown): number[] {
  const shape: number[] = [];
  let level: unknown = nested;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

/** Nested arrays (as in conv_vectors.json) to a Float64 tensor; refuses ragged input and non-numbers. */
export function tensorFromNested(nested: unknown, where = 'tensor'): Tensor<Float64Array> {
  const shape = nestedShape(nested);
  const data = new Float64Array(elementCount(shape));
  let offset = 0;
  const walk = (value: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw refuse({ code: 'notFinite', field: path, got: describeValue(value) });
      data[offset++] = value;
      return;
    }
    if (!Array.isArray(value) || value.length !== shape[depth]) {
      throw refuse({ code: 'notRectangular', field: path, length: shape[depth]! });
    }
    value.forEach((child, index) => walk(child, depth + 1, `${path}[${index}]`));
  };
  walk(nested, 0, where);
  return { shape, data };
}

/** A tensor back to nested arrays, for JSON output and tests. */
export function tensorToNested(tensor: Tensor): unknown {
  const build = (depth: number, offset: number): unknown => {
    const size = tensor.shape[depth] ?? 1;
    if (depth === tensor.shape.length - 1) return Array.from(tensor.data.subarray(offset, offset + size));
    const stride = elementCount(tensor.shape.slice(depth + 1));
    return Array.from({ length: size }, (_, index) => build(depth + 1, offset + index * stride));
  };
  return tensor.shape.length === 0 ? tensor.data[0] : build(0, 0);
}

/** Numbers per piece of tensorJson: a row of a million numbers still comes out in small strings. */
const numbersPerPiece = 4096;

/**
 * A tensor as the JSON text of its nested arrays (what JSON.stringify(tensorToNested(tensor)) prints), in small
 * pieces, so a 64 MB output is written without ever building its nested arrays or one 200 MB string.
 * Non-finite numbers would print as `null`: the caller checks them first (op-file.ts).
 */
export function* tensorJson(tensor: Tensor): Generator<string> {
  const { shape, data } = tensor;
  if (shape.length === 0) {
    yield String(data[0]);
    return;
  }
  const strides = shape.map((_, axis) => elementCount(shape.slice(axis + 1)));
  function* walk(axis: number, offset: number): Generator<string> {
    const size = shape[axis]!;
    if (axis === shape.length - 1) {
      for (let start = 0; start < size; start += numbersPerPiece) {
        const end = Math.min(size, start + numbersPerPiece);
        const numbers = Array.from(data.subarray(offset + start, offset + end), String).join(',');
        yield `${start === 0 ? '[' : ','}${numbers}${end === size ? ']' : ''}`;
      }
      if (size === 0) yield '[]';
      return;
    }
    yield '[';
    for (let index = 0; index < size; index++) {
      if (index > 0) yield ',';
      yield* walk(axis + 1, offset + index * strides[axis]!);
    }
    yield ']';
  }
  yield* walk(0, 0);
}
