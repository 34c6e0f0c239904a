import type { ConvTraceStep, PoolTraceStep } from '../../../shared/conv/trace.ts';
import { formatValue } from './grid-text.ts';
import type { LabSetup } from './lab-setup.ts';

/** Cells in padded coordinates (row 0 is the first padding row), as "row,column" keys. */
export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

/** What a window cell shows: the kernel weight over it (convolution) or nothing extra (pooling). */
export interface WindowCell {
  weight: number | null;
}

/** The cells a convolution step reads, in padded coordinates, each with the weight that multiplies it. */
export function convWindowCells(step: ConvTraceStep, setup: LabSetup): Map<string, WindowCell> {
  const [top, , left] = setup.padding;
  return new Map(
    step.terms.map((term) => [
      cellKey(term.input[0] + top, term.input[1] + left),
      { weight: term.weightValue },
    ]),
  );
}

/**
 * The cells a pooling step covers, in padded coordinates: the kernel's cells (dilated for max pooling) from the
 * window's top-left, kept inside the padded input (a ceil_mode window can reach past it; PyTorch clips it).
 */
export function poolWindowCells(step: PoolTraceStep, setup: LabSetup): Map<string, WindowCell> {
  const [top, bottom, left, right] = setup.padding;
  const paddedRows = setup.input.length + top + bottom;
  const paddedColumns = (setup.input[0]?.length ?? 0) + left + right;
  const dilation = setup.mode === 'max' ? setup.dilation : 1;
  const cells = new Map<string, WindowCell>();
  const [firstRow, firstColumn] = step.windowTopLeft.padded;
  for (let row = 0; row < setup.kernelSize[0]; row++) {
    for (let column = 0; column < setup.kernelSize[1]; column++) {
      const y = firstRow + row * dilation;
      const x = firstColumn + column * dilation;
      if (y < paddedRows && x < paddedColumns) cells.set(cellKey(y, x), { weight: null });
    }
  }
  return cells;
}

/** A number as a TeX factor: negatives in parentheses so "a · (−1)" reads unambiguously. */
function factor(value: number): string {
  const text = formatValue(value);
  return value < 0 ? `(${text})` : text;
}

/** Padding terms are drawn grey: they are zeros that the window reads but that add nothing. */
const paddingColour = '#98a2b3';

/**
 * The step as a formula, e.g. y_{0,0} = 10·(−1) + 20·0 + 50·1 + 60·2 = 160 (plus the bias when it is not 0).
 * `symbol` names the output (y for cross-correlation, a primed name for the true convolution).
 */
export function convFormula(step: ConvTraceStep, symbol = 'y'): string {
  const terms = step.terms.map((term) => {
    const product = `${factor(term.inputValue)} \\cdot ${factor(term.weightValue)}`;
    return term.inPadding ? `\\textcolor{${paddingColour}}{${product}}` : product;
  });
  if (step.bias !== 0) terms.push(factor(step.bias));
  const [row, column] = step.output;
  return `${symbol}_{${row},${column}} = ${terms.join(' + ')} = ${formatValue(step.sum)}`;
}

/** A pooling step as a formula: max(…) or (a + b + …) / divisor, with the result. */
export function poolFormula(step: PoolTraceStep, mode: 'max' | 'avg'): string {
  const [row, column] = step.output;
  const values = step.cells.map((cell) => formatValue(cell.value));
  const result = formatValue(step.result);
  if (mode === 'max') return `y_{${row},${column}} = \\max(${values.join(',\\ ')}) = ${result}`;
  const sum = values
    .map((value, index) => (index > 0 && !value.startsWith('-') ? `+ ${value}` : value))
    .join(' ');
  return `y_{${row},${column}} = \\dfrac{${sum}}{${step.divisor}} = ${result}`;
}

/**
 * The output-size formula along one axis with this setup's numbers (ENGINE.md convention 1), e.g.
 * o = ⌊(4 + 1 + 1 − 1·(2 − 1) − 1) / 1⌋ + 1 = 5. Pooling with ceil_mode uses the ceiling.
 */
export function outputSizeFormula(axis: 'rows' | 'columns', setup: LabSetup, size: number): string {
  const vertical = axis === 'rows';
  const input = vertical ? setup.input.length : (setup.input[0]?.length ?? 0);
  const before = setup.padding[vertical ? 0 : 2];
  const after = setup.padding[vertical ? 1 : 3];
  const kernel = setup.kernelSize[vertical ? 0 : 1];
  const dilation = setup.mode === 'avg' ? 1 : setup.dilation;
  const [open, close] =
    setup.mode !== 'conv' && setup.ceilMode ? ['\\lceil', '\\rceil'] : ['\\lfloor', '\\rfloor'];
  const name = vertical ? 'H' : 'W';
  return (
    `${name}_{\\text{out}} = \\left${open} \\frac{${input} + ${before} + ${after} - ${dilation}\\cdot(${kernel} - 1) - 1}` +
    `{${setup.stride}} \\right${close} + 1 = ${size}`
  );
}

/**
 * What every step computes, before the first one is shown: cross-correlation (deep learning's convolution,
 * ENGINE.md convention 8) or the pooling's reduction over the window at stride s.
 */
export function generalFormula(mode: LabSetup['mode'], stride: number): string {
  const window = `x_{${stride === 1 ? 'i' : `${stride}i`}+m,\\,${stride === 1 ? 'j' : `${stride}j`}+n}`;
  if (mode === 'max') return `y_{i,j} = \\max_{m,n} ${window}`;
  if (mode === 'avg') return `y_{i,j} = \\frac{1}{|W|} \\sum_{m,n} ${window}`;
  return `y_{i,j} = \\sum_{m,n} ${window}\\, w_{m,n} + b`;
}
