import { networkInputName, type LayerSpec, type NetworkSpec } from '../network.ts';
import { findLayerKind, readAttributes } from '../registry.ts';
import type { Shape } from '../shape.ts';

/** A layer's kind and attributes, as the helpers below make them: ['conv2d', { outChannels: 64, kernel: 3 }]. */
export type Operation = readonly [kind: string, values: Readonly<Record<string, unknown>>];

/**
 * Writes a network graph the way PyTorch modules run: layers in sequence, and `join` for parallel branches
 * that all start from the current layer and meet in a concat or add. Attributes go through the same reader as
 * JSON, so a preset is checked like any user network.
 */
export class Sequence {
  constructor(
    private readonly layers: LayerSpec[],
    public current: string,
  ) {}

  add(name: string, [kind, values]: Operation): this {
    const layerKind = findLayerKind(kind);
    if (!layerKind) throw new Error(`Preset layer ${name}: unknown kind ${kind}`);
    this.layers.push({
      name,
      kind,
      inputs: [this.current],
      attributes: readAttributes(layerKind, values, name),
    });
    this.current = name;
    return this;
  }

  join(name: string, kind: 'concat' | 'add', branches: ReadonlyArray<(branch: Sequence) => void>): this {
    const start = this.current;
    const ends = branches.map((writeBranch) => {
      const branch = new Sequence(this.layers, start);
      writeBranch(branch);
      return branch.current;
    });
    this.layers.push({ name, kind, inputs: ends, attributes: {} });
    this.current = name;
    return this;
  }
}

export function buildNetwork(name: string, input: Shape, write: (sequence: Sequence) => void): NetworkSpec {
  const layers: LayerSpec[] = [];
  write(new Sequence(layers, networkInputName));
  return { name, input, layers };
}

/** Helpers for the operations presets use, with PyTorch's defaults. */
export const conv = (
  outChannels: number,
  kernel: number | readonly number[],
  more: Record<string, unknown> = {},
): Operation => ['conv2d', { outChannels, kernel, ...more }];
export const maxPool = (kernel: number, more: Record<string, unknown> = {}): Operation => [
  'max_pool2d',
  { kernel, ...more },
];
export const avgPool = (kernel: number, more: Record<string, unknown> = {}): Operation => [
  'avg_pool2d',
  { kernel, ...more },
];
export const adaptiveAvgPool = (outputSize: number): Operation => ['adaptive_avg_pool2d', { outputSize }];
export const linear = (outFeatures: number, more: Record<string, unknown> = {}): Operation => [
  'linear',
  { outFeatures, ...more },
];
export const batchNorm: Operation = ['batch_norm2d', {}];
export const flatten: Operation = ['flatten', {}];
export const dropout = (p: number): Operation => ['dropout', { p }];
/** torchvision builds its ReLUs with inplace=True. */
export const relu: Operation = ['relu', { inplace: true }];
export const relu6: Operation = ['relu6', { inplace: true }];
export const tanh: Operation = ['tanh', {}];
