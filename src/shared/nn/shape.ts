/**
 * A tensor shape without the batch dimension: [channels, height, width] for feature maps, [features] for the
 * flat vectors after a flatten or a fully connected layer.
 */
export type Shape = readonly number[];

/** Two numbers for the two spatial axes, always in the order [height, width]. */
export type Pair = readonly [number, number];

/** Padding per side in PyTorch's F.pad order for the last two dims: [top, bottom, left, right]. */
export type Padding4 = readonly [top: number, bottom: number, left: number, right: number];

export function isSpatial(shape: Shape): shape is readonly [number, number, number] {
  return shape.length === 3;
}

export function elementCount(shape: Shape): number {
  let count = 1;
  for (const size of shape) count *= size;
  return count;
}

/** "3x224x224", the form the CLI and the description language read and write. */
export function formatShape(shape: Shape): string {
  return shape.join('x');
}

export function samePair(pair: Pair): boolean {
  return pair[0] === pair[1];
}
