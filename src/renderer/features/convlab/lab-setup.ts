import type { Padding4 } from '../../../shared/conv/conv2d.ts';
import type { TracePayload } from '../../../shared/engine/jobs/conv-trace.ts';
import { convOutputSize } from '../../../shared/conv/conv2d.ts';
import { poolOutputSize } from '../../../shared/conv/pool2d.ts';
import { windowFit } from '../../../shared/conv/window-fit.ts';
import type { ReadReason } from '../../../shared/input/index.ts';
import { parseGrid, parseCell, parseInteger, type CellIssue } from './grid-text.ts';

/** What the matrix lab computes: a convolution (cross-correlation, as PyTorch) or a pooling. */
export type LabMode = 'conv' | 'max' | 'avg';
export const labModes: readonly LabMode[] = ['conv', 'max', 'avg'];

/** Sizes the lab's grids may take: small enough to read, and far under the engine's trace limit. */
export const labLimits = {
  inputSide: 12,
  kernelSide: 7,
  padding: 4,
  stride: 6,
  dilation: 4,
} as const;

export const paddingSides = ['top', 'bottom', 'left', 'right'] as const;
export type PaddingSide = (typeof paddingSides)[number];

/** The lab's fields exactly as typed. */
export interface LabDraft {
  mode: LabMode;
  input: string[][];
  kernel: string[][];
  bias: string;
  paddingMode: 'symmetric' | 'per-side';
  padding: { all: string } & Record<PaddingSide, string>;
  stride: string;
  dilation: string;
  ceilMode: boolean;
  countIncludePad: boolean;
}

/** The same setup, read and checked. */
export interface LabSetup {
  mode: LabMode;
  input: number[][];
  /** Convolution weights (pooling uses only the size). */
  kernel: number[][];
  kernelSize: [rows: number, columns: number];
  bias: number;
  padding: Padding4;
  stride: number;
  dilation: number;
  ceilMode: boolean;
  countIncludePad: boolean;
}

export type FieldName = 'input' | 'kernel' | 'bias' | 'stride' | 'dilation' | 'padding' | PaddingSide;

/** A problem at one field (a grid lists its cells); `geometry` is a problem of the fields together. */
export type SetupIssue =
  | { field: 'input' | 'kernel'; cells: CellIssue[] }
  | { field: 'bias'; problem: ReadReason }
  | {
      field: Exclude<FieldName, 'input' | 'kernel' | 'bias'>;
      problem: ReadReason;
      min: number;
      max: number;
    }
  | { field: 'geometry'; kind: 'window-too-large'; padded: [number, number]; window: [number, number] }
  | { field: 'geometry'; kind: 'pool-padding'; limit: number };

/** Output rows and columns of a setup (ENGINE.md convention 1; pooling with PyTorch's ceil_mode rule). */
export function outputSize(setup: LabSetup): [number, number] {
  const [height, width] = [setup.input.length, setup.input[0]?.length ?? 0];
  const [top, bottom, left, right] = setup.padding;
  const dilation = setup.mode === 'avg' ? 1 : setup.dilation;
  const [kernelRows, kernelColumns] = setup.kernelSize;
  if (setup.mode === 'conv') {
    return [
      convOutputSize(height, kernelRows, setup.stride, top, bottom, dilation),
      convOutputSize(width, kernelColumns, setup.stride, left, right, dilation),
    ];
  }
  return [
    poolOutputSize(height, kernelRows, setup.stride, top, bottom, dilation, setup.ceilMode),
    poolOutputSize(width, kernelColumns, setup.stride, left, right, dilation, setup.ceilMode),
  ];
}

function readInteger(
  issues: SetupIssue[],
  field: Exclude<FieldName, 'input' | 'kernel' | 'bias'>,
  text: string,
  min: number,
  max: number,
): number {
  const parsed = parseInteger(text, min, max);
  if (parsed.ok) return parsed.value;
  issues.push({ field, problem: parsed.problem, min, max });
  return min;
}

/** Reads every field; `setup` is null when anything is wrong, and `issues` says what and where. */
export function readSetup(draft: LabDraft): { setup: LabSetup | null; issues: SetupIssue[] } {
  const issues: SetupIssue[] = [];
  const input = parseGrid(draft.input);
  if (input.issues.length) issues.push({ field: 'input', cells: input.issues });
  const kernel = parseGrid(
    draft.mode === 'conv' ? draft.kernel : draft.kernel.map((row) => row.map(() => '0')),
  );
  if (kernel.issues.length) issues.push({ field: 'kernel', cells: kernel.issues });
  let bias = 0;
  if (draft.mode === 'conv') {
    const parsed = parseCell(draft.bias);
    if (parsed.ok) bias = parsed.value;
    else issues.push({ field: 'bias', problem: parsed.problem });
  }
  const padding: Padding4 =
    draft.paddingMode === 'symmetric'
      ? (Array(4).fill(readInteger(issues, 'padding', draft.padding.all, 0, labLimits.padding)) as Padding4)
      : (paddingSides.map((side) =>
          readInteger(issues, side, draft.padding[side], 0, labLimits.padding),
        ) as Padding4);
  const stride = readInteger(issues, 'stride', draft.stride, 1, labLimits.stride);
  const dilation =
    draft.mode === 'avg' ? 1 : readInteger(issues, 'dilation', draft.dilation, 1, labLimits.dilation);
  if (issues.length || !input.values || !kernel.values) return { setup: null, issues };
  const setup: LabSetup = {
    mode: draft.mode,
    input: input.values,
    kernel: kernel.values,
    kernelSize: [kernel.values.length, kernel.values[0]?.length ?? 0],
    bias,
    padding,
    stride,
    dilation,
    ceilMode: draft.ceilMode,
    countIncludePad: draft.countIncludePad,
  };
  const geometry = geometryIssue(setup);
  return geometry ? { setup: null, issues: [geometry] } : { setup, issues };
}

/**
 * Problems of the fields together, asked of the engine's own rule (windowFit) before a trace is requested, so
 * they are said in the UI's language with the lab's words.
 */
function geometryIssue(setup: LabSetup): SetupIssue | null {
  const dilation = setup.mode === 'avg' ? 1 : setup.dilation;
  const fit = windowFit(
    [setup.input.length, setup.input[0]?.length ?? 0],
    setup.kernelSize,
    setup.padding,
    [dilation, dilation],
    setup.mode !== 'conv',
  );
  if (fit?.code === 'poolPaddingTooLarge')
    return { field: 'geometry', kind: 'pool-padding', limit: fit.limit };
  if (fit?.code === 'windowTooLarge')
    return { field: 'geometry', kind: 'window-too-large', padded: fit.padded, window: fit.window };
  // A window that fits gives at least one output in floor and ceil mode alike (window-fit.test.ts).
  return null;
}

/** The trace request for a setup: one image, one channel, as the homework writes it. */
export function opCasePayload(setup: LabSetup, flipKernel: boolean): TracePayload {
  const input = [[setup.input]];
  if (setup.mode === 'conv') {
    return {
      op: 'conv2d',
      input,
      weight: [[setup.kernel]],
      bias: [setup.bias],
      stride: setup.stride,
      padding: setup.padding,
      dilation: setup.dilation,
      flip_kernel: flipKernel,
    };
  }
  return {
    op: setup.mode === 'max' ? 'maxpool2d' : 'avgpool2d',
    input,
    kernel: setup.kernelSize,
    stride: setup.stride,
    padding: setup.padding,
    dilation: setup.mode === 'max' ? setup.dilation : 1,
    ceil_mode: setup.ceilMode,
    count_include_pad: setup.countIncludePad,
  };
}

/** The kernel rotated by 180 degrees: what "true convolution" slides over the input. */
export function rotateKernel(kernel: readonly (readonly number[])[]): number[][] {
  return kernel.map((row) => [...row].reverse()).reverse();
}
