import { layerProblem } from '../errors.ts';
import { explanation, texNumber, type Explanation } from '../explanation.ts';
import type { PaddingValue } from '../fields.ts';
import type { LayerNote } from '../note.ts';
import type { ReceptiveFieldStep } from '../receptive-field.ts';
import type { Padding4, Pair } from '../shape.ts';
import { samePadding } from '../../conv/padding.ts';
import { poolOutputSize } from '../../conv/pool2d.ts';
import { windowFit } from '../../conv/window-fit.ts';

/** The sliding-window arithmetic that conv and pooling share (ENGINE.md convention 1). */
export interface WindowOptions {
  kernel: Pair;
  stride: Pair;
  padding: PaddingValue;
  dilation: Pair;
  ceilMode: boolean;
  /** "kernel" for conv, "window" for pooling: the word in error messages. */
  noun: 'kernel' | 'window';
}

export interface SlidWindow {
  height: number;
  width: number;
  padding: Padding4;
  warnings: LayerNote[];
  explainOutput(): Explanation;
  receptiveField: ReceptiveFieldStep;
}

/**
 * PyTorch's padding="same" (stride 1 only): total d(k-1) per axis, the smaller half before, the rest after.
 * "valid" is no padding.
 */
export function resolvePadding(padding: PaddingValue, kernel: Pair, dilation: Pair, stride: Pair): Padding4 {
  if (padding === 'valid') return [0, 0, 0, 0];
  if (padding !== 'same') return padding;
  if (stride[0] !== 1 || stride[1] !== 1) {
    throw layerProblem({ code: 'samePaddingStride', stride: [...stride] }, 'padding');
  }
  return samePadding(kernel, dilation);
}

const axisNames = ['height', 'width'] as const;

/** Refuses a window larger than the padded input, naming the first axis where it is (the engine's one rule). */
function checkFit(inputs: Pair, padding: Padding4, options: WindowOptions): void {
  const { kernel, dilation } = options;
  const fit = windowFit(inputs, kernel, padding, dilation, false);
  if (fit?.code !== 'windowTooLarge') return;
  const axis = fit.window[0] > fit.padded[0] ? 0 : 1;
  throw layerProblem(
    {
      code: 'windowTooLarge',
      noun: options.noun,
      kernel: [...kernel],
      dilation: [...dilation],
      effective: fit.window[axis],
      axis: axisNames[axis],
      input: inputs[axis],
      before: padding[axis * 2]!,
      after: padding[axis * 2 + 1]!,
    },
    'kernel',
  );
}

/** One formula for every sliding window (conv and pooling), shared with the convolution engine. */
function axisOutput(inputs: Pair, padding: Padding4, options: WindowOptions, axis: 0 | 1): number {
  const { kernel, stride, dilation, ceilMode } = options;
  const before = padding[axis * 2]!;
  const after = padding[axis * 2 + 1]!;
  return poolOutputSize(inputs[axis], kernel[axis], stride[axis], before, after, dilation[axis], ceilMode);
}

export function slideWindow(inputHeight: number, inputWidth: number, options: WindowOptions): SlidWindow {
  const { kernel, stride, dilation, ceilMode } = options;
  const padding = resolvePadding(options.padding, kernel, dilation, stride);
  const inputs: Pair = [inputHeight, inputWidth];
  checkFit(inputs, padding, options);
  const sizes: Pair = [axisOutput(inputs, padding, options, 0), axisOutput(inputs, padding, options, 1)];
  return {
    height: sizes[0],
    width: sizes[1],
    padding,
    warnings: ceilMode ? [] : droppedWarnings(inputs, sizes, options, padding),
    explainOutput: () => explainWindow(inputs, sizes, options, padding),
    receptiveField: {
      type: 'window',
      kernel,
      stride,
      padBefore: [padding[0], padding[2]],
      dilation,
      exact: true,
    },
  };
}

/** With floor, the windows may stop short of the end: name the input rows/columns no window reads. */
function droppedWarnings(inputs: Pair, sizes: Pair, options: WindowOptions, padding: Padding4): LayerNote[] {
  const dropped = ([0, 1] as const).map((axis) => {
    const before = padding[axis * 2]!;
    const effective = options.dilation[axis] * (options.kernel[axis] - 1) + 1;
    const lastRead = (sizes[axis] - 1) * options.stride[axis] + effective - 1 - before;
    const first = lastRead + 1;
    const last = inputs[axis] - 1;
    return first > last ? null : [first, last];
  });
  const [rows, columns] = dropped as [number[] | null, number[] | null];
  return rows || columns ? [{ code: 'floorDrops', rows, columns }] : [];
}

function explainWindow(inputs: Pair, sizes: Pair, options: WindowOptions, padding: Padding4): Explanation {
  const [open, close] = options.ceilMode
    ? ['\\left\\lceil', '\\right\\rceil']
    : ['\\left\\lfloor', '\\right\\rfloor'];
  const line = (axis: 0 | 1): string => {
    const symbol = axis === 0 ? 'H' : 'W';
    return (
      `${symbol}_{out} = ${open} \\frac{${texNumber(inputs[axis])} + ${padding[axis * 2]} + ${padding[axis * 2 + 1]} - ` +
      `${options.dilation[axis]} \\cdot (${options.kernel[axis]} - 1) - 1}{${options.stride[axis]}} ${close} + 1 = ${texNumber(sizes[axis])}`
    );
  };
  const sameAxes =
    inputs[0] === inputs[1] &&
    padding[0] === padding[2] &&
    padding[1] === padding[3] &&
    options.kernel[0] === options.kernel[1] &&
    options.stride[0] === options.stride[1] &&
    options.dilation[0] === options.dilation[1];
  const notes: LayerNote[] = [{ code: 'paddingSides', sides: [...padding] }];
  if (options.padding === 'same') notes.push({ code: 'samePadding' });
  if (options.ceilMode) notes.push({ code: 'ceilMode' });
  return explanation(
    'Output size',
    `H_{out} = ${open} \\frac{H_{in} + p_{top} + p_{bottom} - d(k-1) - 1}{s} ${close} + 1`,
    sameAxes ? line(0) : `${line(0)},\\quad ${line(1)}`,
    notes,
  );
}
