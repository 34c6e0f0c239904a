import type { LayerExplanations } from './explanation.ts';
import type { NetworkProblem } from './errors.ts';
import type { LayerNote } from './note.ts';
import type { Pair, Shape } from './shape.ts';

export type Dtype = 'fp32' | 'fp16';

export const dtypes: readonly Dtype[] = ['fp32', 'fp16'];

/** Bytes per activation element (ENGINE.md convention 6: x4 for fp32, x2 for fp16/bf16). */
export const bytesPerElement: Readonly<Record<Dtype, number>> = { fp32: 4, fp16: 2 };

export interface ParameterCounts {
  weights: number;
  bias: number;
  /** weights + bias: the learnable parameters, what torchvision and the homework count. */
  total: number;
  /** BatchNorm running mean and variance: stored with the model, not learned. */
  buffers: number;
}

export interface LayerReceptiveField {
  size: Pair;
  jump: Pair;
  /** First input row / column of unit 0's field; negative when it reaches into padding. */
  start: Pair;
  aligned: boolean;
  exact: boolean;
  /** The theoretical field spans the whole input (AlexNet-2012 fc6: 355 on a 227 input). */
  coversInput: boolean;
}

/** One row of the analysis: a layer and every number about it. Row 0 is the network input. */
export interface LayerAnalysis {
  index: number;
  name: string;
  kind: string;
  /** The layer in the description language without its name: "conv 96 k11 s4". */
  text: string;
  inputs: string[];
  inputShapes: Shape[];
  /** Without the batch dimension. */
  output: number[];
  params: ParameterCounts;
  macs: number;
  flops: number;
  otherOps: number;
  activations: {
    elements: number;
    bytes: number;
    /** False for an in-place layer or a view: it holds no new memory and is left out of the totals. */
    stored: boolean;
  };
  rf: LayerReceptiveField;
  warnings: LayerNote[];
  /** Per number: the formula and the substituted numbers (KaTeX); null when the analysis was asked without. */
  explanations: LayerExplanations | null;
}

export interface Bottleneck {
  /** null when the network has none of it (no parameters at all, say). */
  layer: string | null;
  value: number;
  /** Fraction of the network's total, in [0, 1]. */
  share: number;
}

export interface Analysis {
  model: string;
  input: number[];
  dtype: Dtype;
  bytesPerElement: number;
  layers: LayerAnalysis[];
  totals: {
    params: ParameterCounts;
    macs: number;
    flops: number;
    otherOps: number;
    activations: {
      /** Sum of the stored layer outputs, input excluded: what training keeps for the backward pass. */
      elements: number;
      bytes: number;
      inputElements: number;
      inputBytes: number;
      /** Inference peak of live tensors, input included (skip connections stay alive). */
      peakElements: number;
      peakBytes: number;
    };
    /** Layers, not counting the input row. */
    layers: number;
  };
  /**
   * The receptive field where the feature extractor ends: at the input of the first flatten, global pooling
   * or fully connected layer (the "final RF" of ENGINE.md's reference table); the last layer when there is none.
   */
  featureRf: { layer: string; size: Pair; jump: Pair; start: Pair };
  bottlenecks: { params: Bottleneck; memory: Bottleneck; compute: Bottleneck };
  /** Every layer warning, with its layer, for a summary list. */
  warnings: { layer: string; note: LayerNote }[];
  /** The conventions behind the numbers, in words, for labels beside them. */
  conventions: string[];
}

/** The `nn:analyze` reply: an analysis, or the problem that stopped it (a syntax error or an invalid layer). */
export type AnalyzeOutcome = { ok: true; analysis: Analysis } | { ok: false; problem: NetworkProblem };
