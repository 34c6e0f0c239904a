import { texNumber } from '../../nn/explanation.ts';
import type { MistakeValue } from '../problem.ts';
import { convNumbers, type SquareWindow } from './layer-facts.ts';

/**
 * The output size of a sliding window (conv or pooling) as the homework writes it (作业二·计算题 2):
 * W_out = ⌊(W_in − K + 2P) / S⌋ + 1, and with dilation d (ENGINE.md convention 1, PyTorch's Conv2d):
 * W_out = ⌊(W_in + 2P − d(K − 1) − 1) / S⌋ + 1. The numbers come from the engine (`outputOf`).
 */
export const sizeFormula = 'W_{out} = \\left\\lfloor \\frac{W_{in} - K + 2P}{S} \\right\\rfloor + 1';
export const dilatedSizeFormula =
  'W_{out} = \\left\\lfloor \\frac{W_{in} + 2P - d(K - 1) - 1}{S} \\right\\rfloor + 1';

/** A window with its padding as one number on every side, as the templates ask. */
export interface EvenWindow extends SquareWindow {
  padding: number;
}

/** The fraction under the floor, (W_in + 2P − d(K − 1) − 1) / S, worked by the engine at stride 1. */
function beforeFloor(window: EvenWindow, outputOf: (window: SquareWindow) => number): number {
  return (outputOf({ ...window, stride: 1 }) - 1) / window.stride;
}

/** The formula with the problem's numbers, down to the output size. */
export function substitutedSize(
  input: number,
  window: EvenWindow,
  outputOf: (window: SquareWindow) => number,
): string {
  const { kernel, stride, padding, dilation = 1 } = window;
  const numerator =
    dilation === 1
      ? `${input} - ${kernel} + 2 \\times ${padding}`
      : `${input} + 2 \\times ${padding} - ${dilation} \\times (${kernel} - 1) - 1`;
  const fraction = beforeFloor(window, outputOf);
  return (
    `W_{out} = \\left\\lfloor \\frac{${numerator}}{${stride}} \\right\\rfloor + 1 = ` +
    `\\lfloor ${texNumber(fraction)} \\rfloor + 1 = ${outputOf(window)}`
  );
}

/**
 * The output size under each size mistake that applies: `padding-once` (P on one side only: P instead of
 * 2P), `padding-forgotten` (no padding), `stride-ignored` (stride 1) and `floor-missing` (the fraction kept,
 * (W_in − K + 2P)/S + 1). Each is the engine's answer for the changed window.
 */
export function sizeMistakes(
  field: string,
  window: EvenWindow,
  outputOf: (window: SquareWindow) => number,
): MistakeValue[] {
  const { padding, stride } = window;
  const mistakes: MistakeValue[] = [];
  if (padding > 0) {
    mistakes.push(
      { code: 'padding-once', field, value: outputOf({ ...window, padding: [padding, 0, padding, 0] }) },
      { code: 'padding-forgotten', field, value: outputOf({ ...window, padding: 0 }) },
    );
  }
  if (stride > 1) {
    mistakes.push(
      { code: 'stride-ignored', field, value: outputOf({ ...window, stride: 1 }) },
      { code: 'floor-missing', field, value: beforeFloor(window, outputOf) + 1 },
    );
  }
  return mistakes;
}

/** The output width of a convolution over a square input `input` wide, as the engine works it. */
export function convWidth(input: number): (window: SquareWindow) => number {
  // One input channel and one filter: the width does not depend on the channels.
  return (window) =>
    convNumbers({ channels: 1, size: input }, { ...window, outChannels: 1, bias: false }).output[2]!;
}
