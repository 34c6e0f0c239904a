import { formulaWord } from './formula-words.ts';
import { explanation, texNumber, type Explanation } from './explanation.ts';
import type { Pair } from './shape.ts';
import type { LayerNote } from './note.ts';

/**
 * The theoretical receptive field of unit 0 of a tensor on the network input, per axis [height, width]
 * (Araujo, Norris, Sim, "Computing Receptive Fields of CNNs", Distill 2019): `size` input pixels, `jump`
 * (effective stride: how far apart neighbouring units look) and `start`, the first input row/column unit 0
 * sees (negative when it reaches into padding).
 */
export interface ReceptiveField {
  size: Pair;
  jump: Pair;
  start: Pair;
  /** False when branches joined by a concat or add disagree on jump or centre ("not aligned"). */
  aligned: boolean;
  /** False after a step whose windows are uneven (adaptive pooling with a remainder, transposed conv). */
  exact: boolean;
  /** The spatial grid the next fully connected layer would see in full (kept through a flatten). */
  grid: Pair;
}

/** How one layer changes the receptive field. */
export type ReceptiveFieldStep =
  /** Elementwise layers: BN, activations, dropout, flatten (k = 1). */
  | { type: 'identity' }
  /** A sliding window: conv, pooling. */
  | { type: 'window'; kernel: Pair; stride: Pair; padBefore: Pair; dilation: Pair; exact: boolean }
  /** Sees its whole input grid (a fully connected layer, global pooling): a stride-1 window as large as the grid. */
  | { type: 'whole' }
  | { type: 'transposed'; kernel: Pair; stride: Pair; padBefore: Pair; dilation: Pair }
  /** Concat and add: the union of the branches. */
  | { type: 'join' };

export function inputReceptiveField(grid: Pair): ReceptiveField {
  return { size: [1, 1], jump: [1, 1], start: [0, 0], aligned: true, exact: true, grid };
}

type Axis = 0 | 1;
const axes: readonly Axis[] = [0, 1];

function perAxis(compute: (axis: Axis) => number): Pair {
  return [compute(0), compute(1)];
}

const unit: Pair = [1, 1];
const zero: Pair = [0, 0];

/** Written out per axis: this runs for every layer of every analysis. */
function windowStep(
  first: ReceptiveField,
  kernel: Pair,
  stride: Pair,
  padBefore: Pair,
  dilation: Pair,
  exact: boolean,
  outputGrid: Pair | null,
): ReceptiveField {
  return {
    size: [
      first.size[0] + dilation[0] * (kernel[0] - 1) * first.jump[0],
      first.size[1] + dilation[1] * (kernel[1] - 1) * first.jump[1],
    ],
    jump: [first.jump[0] * stride[0], first.jump[1] * stride[1]],
    start: [first.start[0] - padBefore[0] * first.jump[0], first.start[1] - padBefore[1] * first.jump[1]],
    aligned: first.aligned,
    exact: first.exact && exact,
    grid: outputGrid ?? unit,
  };
}

/**
 * One layer's step, for unit 0 on each axis:
 * k_eff = d(k-1)+1, r_out = r_in + (k_eff-1) j_in, j_out = j_in s, start_out = start_in - p_before j_in.
 */
export function applyStep(
  step: ReceptiveFieldStep,
  inputs: readonly ReceptiveField[],
  outputGrid: Pair | null,
): ReceptiveField {
  const first = inputs[0]!;
  switch (step.type) {
    case 'identity':
      return { ...first, grid: outputGrid ?? first.grid };
    case 'window':
      return windowStep(
        first,
        step.kernel,
        step.stride,
        step.padBefore,
        step.dilation,
        step.exact,
        outputGrid,
      );
    case 'whole':
      return windowStep(first, first.grid, unit, zero, unit, true, outputGrid);
    case 'transposed':
      return transposedStep(step, first, outputGrid ?? [1, 1]);
    case 'join':
      return joinFields(inputs, outputGrid ?? first.grid);
  }
}

/**
 * Output position o of a transposed conv receives input i when o = i s - p + t d for a tap t in [0, k-1]. Unit
 * 0's inputs are the integer i = (p - t d) / s; neighbouring outputs are 1/s input units apart on average.
 */
function transposedStep(
  step: Extract<ReceptiveFieldStep, { type: 'transposed' }>,
  first: ReceptiveField,
  grid: Pair,
): ReceptiveField {
  const range = axes.map((axis) => {
    let low = Infinity;
    let high = -Infinity;
    for (let tap = 0; tap < step.kernel[axis]; tap++) {
      const numerator = step.padBefore[axis] - tap * step.dilation[axis];
      if (numerator % step.stride[axis] !== 0) continue;
      const position = numerator / step.stride[axis];
      low = Math.min(low, position);
      high = Math.max(high, position);
    }
    // No tap lands on unit 0 (it only gets the bias): report the nearest input unit.
    if (low === Infinity) low = high = Math.floor(step.padBefore[axis] / step.stride[axis]);
    return [low, high] as const;
  });
  return {
    size: perAxis((axis) => (range[axis]![1] - range[axis]![0]) * first.jump[axis] + first.size[axis]),
    jump: perAxis((axis) => first.jump[axis] / step.stride[axis]),
    start: perAxis((axis) => first.start[axis] + range[axis]![0] * first.jump[axis]),
    aligned: first.aligned,
    exact: false,
    grid,
  };
}

function centre(field: ReceptiveField, axis: Axis): number {
  return field.start[axis] + (field.size[axis] - 1) / 2;
}

/**
 * Multi-path (Inception concat, residual add): the receptive field is the union of the branches, which is the
 * largest branch when all share jump and centre; otherwise the branches are "not aligned".
 */
function joinFields(inputs: readonly ReceptiveField[], grid: Pair): ReceptiveField {
  const first = inputs[0]!;
  const aligned = inputs.every(
    (field) =>
      field.aligned &&
      axes.every(
        (axis) => field.jump[axis] === first.jump[axis] && centre(field, axis) === centre(first, axis),
      ),
  );
  const start = perAxis((axis) => Math.min(...inputs.map((field) => field.start[axis])));
  const end = perAxis((axis) => Math.max(...inputs.map((field) => field.start[axis] + field.size[axis] - 1)));
  return {
    size: perAxis((axis) => end[axis] - start[axis] + 1),
    jump: perAxis((axis) => Math.max(...inputs.map((field) => field.jump[axis]))),
    start,
    aligned,
    exact: inputs.every((field) => field.exact),
    grid,
  };
}

/** Whether unit 0's field spans the whole input (the seed's AlexNet fc6: 355 > 227). */
export function coversInput(field: ReceptiveField, inputGrid: Pair): boolean {
  return axes.every(
    (axis) => field.start[axis] <= 0 && field.start[axis] + field.size[axis] >= inputGrid[axis],
  );
}

function axisText(pair: Pair): string {
  return pair[0] === pair[1] ? texNumber(pair[0]) : `${texNumber(pair[0])} \\times ${texNumber(pair[1])}`;
}

/** The receptive-field explanation of one layer; uses the height axis when both axes agree. */
export function explainReceptiveField(
  step: ReceptiveFieldStep,
  inputs: readonly ReceptiveField[],
  output: ReceptiveField,
  inputGrid: Pair,
): Explanation {
  const first = inputs[0]!;
  const notes: LayerNote[] = [];
  if (!output.aligned) notes.push({ code: 'notAlignedField' });
  if (!output.exact) notes.push({ code: 'approximateField' });
  if (coversInput(output, inputGrid)) {
    notes.push({ code: 'coversInput', size: [...output.size], input: [...inputGrid] });
  }
  const result = `r = ${axisText(output.size)},\\; j = ${axisText(output.jump)},\\; \\text{${formulaWord('start')}} = ${axisText(output.start)}`;
  switch (step.type) {
    case 'identity':
      return explanation('Receptive field', 'r_{out} = r_{in},\\; j_{out} = j_{in}', result, [
        { code: 'elementwiseField' },
        ...notes,
      ]);
    case 'join':
      return explanation(
        'Receptive field',
        `r_{out} = \\max_b r_b \\text{ ${formulaWord('unionOfBranches')}}`,
        `\\max(${inputs.map((field) => axisText(field.size)).join(', ')}) \\Rightarrow ${result}`,
        [{ code: 'multiPathField' }, ...notes],
      );
    case 'transposed':
      return explanation(
        'Receptive field',
        'o = i\\,s - p + t\\,d \\;\\Rightarrow\\; j_{out} = j_{in} / s',
        result,
        [{ code: 'transposedField' }, ...notes],
      );
    case 'window':
    case 'whole': {
      const kernel = step.type === 'window' ? step.kernel : first.grid;
      const dilation = step.type === 'window' ? step.dilation : ([1, 1] as Pair);
      const stride = step.type === 'window' ? step.stride : ([1, 1] as Pair);
      const axis: Axis = 0;
      const effective = dilation[axis] * (kernel[axis] - 1) + 1;
      const substituted =
        `r = ${texNumber(first.size[axis])} + (${texNumber(effective)} - 1) \\times ${texNumber(first.jump[axis])} = ${texNumber(output.size[axis])},\\; ` +
        `j = ${texNumber(first.jump[axis])} \\times ${texNumber(stride[axis])} = ${texNumber(output.jump[axis])}`;
      const wholeNote: LayerNote[] = step.type === 'whole' ? [{ code: 'wholeGrid', grid: [...kernel] }] : [];
      const widthNote: LayerNote[] =
        output.size[0] === output.size[1]
          ? []
          : [{ code: 'widthField', size: output.size[1], jump: output.jump[1] }];
      return explanation(
        'Receptive field',
        `r_{out} = r_{in} + (k_{eff} - 1)\\, j_{in},\\; k_{eff} = d(k-1)+1,\\; j_{out} = j_{in}\\, s,\\; \\text{${formulaWord('start')}}_{out} = \\text{${formulaWord('start')}}_{in} - p\\, j_{in}`,
        substituted,
        [...wholeNote, ...widthNote, ...notes],
      );
    }
  }
}
