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

/** Nested arrays (as in conv_vectors.json) to a Float64 tensor; throws on ragged input. */
export function tensorFromNested(nested: unknown, where = 'tensor'): Tensor<Float64Array> {
  const shape = nestedShape(nested);
  const data = new Float64Array(elementCount(shape));
  let offset = 0;
  const walk = (value: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new TypeError(`${path} is not a finite number`);
      data[offset++] = value;
      return;
    }
    if (!Array.isArray(value) || value.length !== shape[depth]) {
      throw new TypeError(`${path} should be an array of length ${shape[depth]}`);
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
