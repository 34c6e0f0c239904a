import { conv2d } from '../../nn/layers/conv2d.ts';
import { maxPool2d } from '../../nn/layers/pool2d.ts';
import type { Attributes } from '../../nn/layer-kind.ts';
import type { Padding4, Pair } from '../../nn/shape.ts';

/**
 * The engine's numbers for one square layer, for the templates: every answer and every mistake's recomputation
 * comes from the calculator's own layer kinds (src/shared/nn/layers), never a second copy of the formulas.
 */

/** A feature map, channels first as the engine takes it. */
export interface FeatureMap {
  channels: number;
  size: number;
}

/** A square window: kernel, stride, padding (the same on every side, or [top, bottom, left, right]), dilation. */
export interface SquareWindow {
  kernel: number;
  stride: number;
  padding: number | Padding4;
  dilation?: number;
}

export interface ConvLayer extends SquareWindow {
  outChannels: number;
  groups?: number;
  bias: boolean;
}

export interface LayerNumbers {
  /** Output [channels, height, width]. */
  output: readonly number[];
  /** Learnable weights and bias. */
  weights: number;
  bias: number;
  params: number;
  /** Multiply-adds of the layer, bias excluded (ENGINE.md convention 4). */
  macs: number;
  /** Bias adds (and for pooling its comparisons): the engine's "other ops". */
  otherOps: number;
}

function sides(padding: number | Padding4): Padding4 {
  return typeof padding === 'number' ? [padding, padding, padding, padding] : padding;
}

function pair(size: number): Pair {
  return [size, size];
}

function numbers(facts: ReturnType<typeof conv2d.infer>): LayerNumbers {
  return {
    output: facts.output,
    weights: facts.weights,
    bias: facts.bias,
    params: facts.weights + facts.bias,
    macs: facts.macs,
    otherOps: facts.otherOps,
  };
}

export function convNumbers(input: FeatureMap, layer: ConvLayer): LayerNumbers {
  const attributes: Attributes = {
    outChannels: layer.outChannels,
    kernel: pair(layer.kernel),
    stride: pair(layer.stride),
    padding: sides(layer.padding),
    dilation: pair(layer.dilation ?? 1),
    groups: layer.groups ?? 1,
    bias: layer.bias,
  };
  return numbers(conv2d.infer(attributes, [[input.channels, input.size, input.size]], ['input']));
}

export function maxPoolNumbers(input: FeatureMap, window: SquareWindow): LayerNumbers {
  const attributes: Attributes = {
    kernel: pair(window.kernel),
    stride: pair(window.stride),
    padding: sides(window.padding),
    dilation: pair(1),
    ceilMode: false,
  };
  return numbers(maxPool2d.infer(attributes, [[input.channels, input.size, input.size]], ['input']));
}
