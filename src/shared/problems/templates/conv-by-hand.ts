import { conv2d, convOutputSize } from '../../conv/conv2d.ts';
import { tensorFromNested } from '../../conv/tensor.ts';
import { traceConv2d, type ConvTraceStep } from '../../conv/trace.ts';
import type { Cell } from '../../input/reading.ts';
import { mulberry32, randomIndex, type RandomSource } from '../../random.ts';
import type { FieldSpec, MistakeValue, Problem } from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import { fixedInstance } from './variant.ts';
import { cellFormula, convByHandText } from './conv-by-hand-text.ts';

/** One part of the problem: one answer grid, the same input and kernel under its own padding and stride. */
export interface ConvPart {
  /** The field id: `a`, `b` (homework-4's parts). */
  id: string;
  padding: number;
  stride: number;
  dilation: number;
}

/**
 * A convolution by hand (homework-4's shape): a small integer input and kernel, one filter with an optional
 * bias, and parts that each ask for the result under other padding, stride or dilation.
 */
export interface ConvByHandParameters {
  input: readonly (readonly number[])[];
  kernel: readonly (readonly number[])[];
  bias: number;
  parts: readonly ConvPart[];
}

export type ConvByHandProblem = Problem<ConvByHandParameters>;

export const convByHandId = 'conv-by-hand';

/** What a recomputation changes: a mistake calls the same engine with one setting changed. */
interface Setting {
  padding: number;
  stride: number;
  dilation: number;
  bias: number;
  flipKernel: boolean;
}

function settingOf(parameters: ConvByHandParameters, part: ConvPart): Setting {
  const { padding, stride, dilation } = part;
  return { padding, stride, dilation, bias: parameters.bias, flipKernel: false };
}

function engineArguments(parameters: ConvByHandParameters, setting: Setting) {
  const input = tensorFromNested([[parameters.input]], 'input');
  const weight = tensorFromNested([[parameters.kernel]], 'kernel');
  const bias = setting.bias === 0 ? null : Float64Array.of(setting.bias);
  const { padding, stride, dilation, flipKernel } = setting;
  const options = {
    stride: [stride, stride] as [number, number],
    padding: [padding, padding, padding, padding] as [number, number, number, number],
    dilation: [dilation, dilation] as [number, number],
    groups: 1,
    flipKernel,
  };
  return { input, weight, bias, options };
}

/** The output's [rows, columns] under a setting (ENGINE.md convention 1); 0 or less when the kernel no longer fits. */
export function outputSize(parameters: ConvByHandParameters, setting: Omit<Setting, 'bias' | 'flipKernel'>) {
  const size = (length: number, kernel: number) =>
    convOutputSize(length, kernel, setting.stride, setting.padding, setting.padding, setting.dilation);
  return [
    size(parameters.input.length, parameters.kernel.length),
    size(parameters.input[0]!.length, parameters.kernel[0]!.length),
  ] as const;
}

/** The output matrix computed by the engine (src/shared/conv's conv2d), or null when the kernel does not fit. */
function convolve(parameters: ConvByHandParameters, setting: Setting): number[][] | null {
  const [rows, columns] = outputSize(parameters, setting);
  if (rows < 1 || columns < 1) return null;
  const { input, weight, bias, options } = engineArguments(parameters, setting);
  const output = conv2d(input, weight, bias, options);
  return Array.from({ length: rows }, (_, row) =>
    Array.from(output.data.subarray(row * columns, (row + 1) * columns)),
  );
}

/** Every output cell's window, in output order, with its terms and sum (the lab's step traces). */
export function partTrace(parameters: ConvByHandParameters, part: ConvPart): ConvTraceStep[] {
  const { input, weight, bias, options } = engineArguments(parameters, settingOf(parameters, part));
  return traceConv2d(input, weight, bias, options).steps;
}

function partOf(problem: ConvByHandProblem, fieldId: string): ConvPart {
  const part = problem.parameters.parts.find((candidate) => candidate.id === fieldId);
  if (!part)
    throw new Error(
      `${problem.id}: no part ${fieldId} (parts: ${problem.parameters.parts.map((p) => p.id).join(', ')})`,
    );
  return part;
}

/** One input cell a window covers; a cell in the zero padding lies outside the input (negative or past its end). */
export interface WindowCell extends Cell {
  inPadding: boolean;
}

/**
 * The input cells that make output cell `cell` of part `fieldId`: what the Practice screen lights up beside a
 * wrong cell. Row and column count in the input from 0; padding cells are included and marked.
 */
export function inputWindow(problem: ConvByHandProblem, fieldId: string, cell: Cell): WindowCell[] {
  const step = partTrace(problem.parameters, partOf(problem, fieldId)).find(
    (candidate) => candidate.output[0] === cell.row && candidate.output[1] === cell.column,
  );
  if (!step)
    throw new Error(`${problem.id}: part ${fieldId} has no output cell (${cell.row}, ${cell.column})`);
  return step.terms.map((term) => ({ row: term.input[0], column: term.input[1], inPadding: term.inPadding }));
}

/** The answer of one part; a part whose kernel does not fit is a bug of the problem, named here. */
function partAnswer(problem: ConvByHandProblem, part: ConvPart): number[][] {
  const answer = convolve(problem.parameters, settingOf(problem.parameters, part));
  if (!answer) throw new Error(`${problem.id}: in part ${part.id} the kernel does not fit the padded input`);
  return answer;
}

/**
 * Whole-matrix misconceptions, each the engine run with one setting changed: the kernel rotated 180°
 * (`kernel-flipped`), no padding, stride 1, no bias. Those that change nothing are left out. A result of
 * another size than the grid (padding or stride forgotten) is listed too: the grid cannot hold it, but a
 * matrix typed as text (the CLI) is read whatever its size and diagnosed.
 */
function wholeMistakes(problem: ConvByHandProblem, part: ConvPart): MistakeValue[] {
  const base = settingOf(problem.parameters, part);
  const variants: [MistakeValue['code'], Setting, boolean][] = [
    ['kernel-flipped', { ...base, flipKernel: true }, true],
    ['padding-forgotten', { ...base, padding: 0 }, base.padding > 0],
    ['stride-ignored', { ...base, stride: 1 }, base.stride > 1],
    ['bias-not-added', { ...base, bias: 0 }, base.bias !== 0],
  ];
  return variants.flatMap(([code, setting, applies]) => {
    const value = applies ? convolve(problem.parameters, setting) : null;
    return value ? [{ code, field: part.id, value }] : [];
  });
}

/** The eight windows one input cell away from the right one (padded coordinates), where they fit. */
const neighbourOffsets: readonly (readonly [number, number])[] = [
  [-1, -1],
  [-1, 0],
  [-1, 1],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 0],
  [1, 1],
];

/**
 * `window-misplaced`, per cell: the value of a window one input cell off from the right one (slid one step
 * too far or too short, or a row off). Every window position is the engine at stride 1 with the part's
 * padding and dilation; output cell (i, j)'s window starts at (i·S, j·S) of the padded input.
 */
function misplacedWindows(problem: ConvByHandProblem, part: ConvPart, answer: number[][]): MistakeValue[] {
  const everyWindow = convolve(problem.parameters, { ...settingOf(problem.parameters, part), stride: 1 });
  if (!everyWindow) return [];
  const mistakes: MistakeValue[] = [];
  answer.forEach((cells, row) =>
    cells.forEach((right, column) => {
      const seen = new Set([right]);
      for (const [down, across] of neighbourOffsets) {
        const value = everyWindow[row * part.stride + down]?.[column * part.stride + across];
        if (value === undefined || seen.has(value)) continue;
        seen.add(value);
        mistakes.push({ code: 'window-misplaced', field: part.id, value, cell: { row, column } });
      }
    }),
  );
  return mistakes;
}

/** The problem's fields: one grid per part, sized by the engine's output size. */
export function partFields(parameters: ConvByHandParameters): FieldSpec[] {
  return parameters.parts.map((part) => {
    const [rows, columns] = outputSize(parameters, part);
    return { id: part.id, label: convByHandText.partLabel(part), kind: 'matrix', size: [rows, columns] };
  });
}

export function convByHandProblem(
  id: string,
  seed: number | null,
  parameters: ConvByHandParameters,
  prompt = convByHandText.prompt(parameters),
): ConvByHandProblem {
  return {
    id,
    template: convByHandId,
    seed,
    parameters,
    prompt,
    fields: partFields(parameters),
    hints: convByHandText.hints(parameters, cellFormula(partTrace(parameters, parameters.parts[0]!)[0]!)),
  };
}

/**
 * homework-4 (homework2.md, 计算题 4): its parts a) and b) are the fields `a` (padding 1, stride 1: 5×5) and
 * `b` (padding 0, stride 2: 2×2), over the same image region and kernel, no bias.
 */
const homework4Parameters: ConvByHandParameters = {
  input: [
    [10, 20, 30, 40],
    [50, 60, 70, 80],
    [90, 100, 110, 120],
    [130, 140, 150, 160],
  ],
  kernel: [
    [-1, 0],
    [1, 2],
  ],
  bias: 0,
  parts: [
    { id: 'a', padding: 1, stride: 1, dilation: 1 },
    { id: 'b', padding: 0, stride: 2, dilation: 1 },
  ],
};

export const homework4: ConvByHandProblem = fixedInstance(
  { id: 'homework-4', template: convByHandId, parameters: homework4Parameters },
  () =>
    convByHandProblem(
      'homework-4',
      null,
      homework4Parameters,
      convByHandText.homeworkPrompt(homework4Parameters),
    ),
);

/** Kernels a student can multiply by heart; a kernel equal to its 180° rotation is drawn again. */
function drawKernel(random: RandomSource, size: number): number[][] {
  for (;;) {
    const kernel = Array.from({ length: size }, () =>
      Array.from({ length: size }, () => randomIndex(random, 5) - 2),
    );
    const flipped = kernel.map((row) => [...row].reverse()).reverse();
    if (JSON.stringify(flipped) !== JSON.stringify(kernel)) return kernel;
  }
}

/**
 * A fresh variant of homework-4: a 4×4 or 5×5 input of digits, a 2×2 or 3×3 kernel of -2…2, a bias half of
 * the time; part a pads by 1 at stride 1 (dilation 2 a quarter of the time, when the window still fits twice),
 * part b strides by 2 with padding 0 or 1, whichever gives at least a 2×2 grid.
 */
export function generateConvByHand(seed: number): ConvByHandProblem {
  const random = mulberry32(seed);
  const inputSize = 4 + randomIndex(random, 2);
  const kernelSize = 2 + randomIndex(random, 2);
  const input = Array.from({ length: inputSize }, () =>
    Array.from({ length: inputSize }, () => randomIndex(random, 10)),
  );
  const kernel = drawKernel(random, kernelSize);
  const bias = random() < 0.5 ? 0 : randomIndex(random, 7) - 3;
  const fits = (part: ConvPart) => Math.min(...outputSize({ input, kernel, bias, parts: [] }, part)) >= 2;
  const dilated: ConvPart = { id: 'a', padding: 1, stride: 1, dilation: 2 };
  const first = random() < 0.25 && fits(dilated) ? dilated : { ...dilated, dilation: 1 };
  const unpadded: ConvPart = { id: 'b', padding: randomIndex(random, 2), stride: 2, dilation: 1 };
  const second = fits(unpadded) ? unpadded : { ...unpadded, padding: 1 };
  return convByHandProblem(variantId(convByHandId, seed), seed, {
    input,
    kernel,
    bias,
    parts: [first, second],
  });
}

export const convByHand = defineTemplate<ConvByHandParameters>({
  id: convByHandId,
  title: { zh: '手算卷积', en: 'Convolution by hand' },
  tags: ['conv'],
  generate: generateConvByHand,
  solve(problem) {
    const { parameters } = problem;
    const worked = parameters.parts.map((part) => ({
      part,
      size: outputSize(parameters, part),
      answer: partAnswer(problem, part),
      trace: partTrace(parameters, part),
    }));
    const answers = Object.fromEntries(worked.map(({ part, answer }) => [part.id, answer]));
    return { answers, steps: convByHandText.steps(parameters, worked) };
  },
  mistakes(problem) {
    return problem.parameters.parts.flatMap((part) => [
      ...wholeMistakes(problem, part),
      ...misplacedWindows(problem, part, partAnswer(problem, part)),
    ]);
  },
});
