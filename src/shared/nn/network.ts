import type { Attributes } from './layer-kind.ts';
import type { Shape } from './shape.ts';

/** The name by which layers refer to the network's input. */
export const networkInputName = 'input';

/**
 * One layer of a network graph: its kind, its attributes (see the kind's `fields`) and the layers it reads.
 * Layers are listed in an order where every input comes before its reader (a topological order).
 */
export interface LayerSpec {
  name: string;
  kind: string;
  inputs: readonly string[];
  attributes: Attributes;
}

/** A network: a graph of layers (branches for Inception and residual blocks), not only a chain. */
export interface NetworkSpec {
  name: string;
  /** [C, H, W] or [features]; null when the caller supplies it (the CLI's --input). */
  input: Shape | null;
  layers: readonly LayerSpec[];
}

/** Layer names: letters, digits, `_`, `.`, `-` (torchvision's `layer4.2.conv2`, `inception5b.branch2.1.conv`). */
export const layerNamePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
