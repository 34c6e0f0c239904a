import { describe, expect, it } from 'vitest';
import {
  exampleDraft,
  findExample,
  labExamples,
} from '../../../src/renderer/features/convlab/lab-examples.ts';
import {
  opCasePayload,
  outputSize,
  readSetup,
  rotateKernel,
  type LabDraft,
} from '../../../src/renderer/features/convlab/lab-setup.ts';
import {
  convFormula,
  generalFormula,
  convWindowCells,
  outputSizeFormula,
  poolFormula,
  poolWindowCells,
} from '../../../src/renderer/features/convlab/step-view.ts';
import { traceConv2d, tracePool2d } from '../../../src/shared/conv/trace.ts';
import { parseOpCase } from '../../../src/shared/conv/op-cases.ts';

function draftOf(id: string): LabDraft {
  return exampleDraft(findExample(id)!);
}

describe('readSetup', () => {
  it('reads the homework example as numbers', () => {
    const { setup, issues } = readSetup(draftOf('homework-4a'));
    expect(issues).toEqual([]);
    expect(setup).toMatchObject({
      mode: 'conv',
      kernelSize: [2, 2],
      padding: [1, 1, 1, 1],
      stride: 1,
      bias: 0,
    });
    expect(outputSize(setup!)).toEqual([5, 5]);
  });

  it('reads per-side padding in PyTorch order [top, bottom, left, right]', () => {
    const draft = draftOf('homework-4b');
    draft.paddingMode = 'per-side';
    Object.assign(draft.padding, { top: '1', bottom: '0', left: '2', right: '0' });
    const { setup } = readSetup(draft);
    expect(setup!.padding).toEqual([1, 0, 2, 0]);
    expect(outputSize(setup!)).toEqual([2, 3]);
  });

  it('names every bad field: cells, bias, stride, dilation, padding', () => {
    const draft = draftOf('homework-4a');
    draft.input[0]![1] = 'x';
    draft.kernel[1]![1] = '';
    draft.bias = 'NaN';
    draft.stride = '0';
    draft.dilation = '1.5';
    draft.padding.all = '9';
    const { setup, issues } = readSetup(draft);
    expect(setup).toBeNull();
    expect(issues).toMatchObject([
      {
        field: 'input',
        cells: [{ row: 0, column: 1, problem: { code: 'unexpected-character', character: 'x' } }],
      },
      { field: 'kernel', cells: [{ row: 1, column: 1, problem: { code: 'empty', expected: 'number' } }] },
      { field: 'bias', problem: { code: 'unexpected-character', character: 'N' } },
      { field: 'padding', problem: { code: 'above-maximum', value: 9, maximum: 4 }, min: 0, max: 4 },
      { field: 'stride', problem: { code: 'below-minimum', value: 0, minimum: 1 }, min: 1, max: 6 },
      { field: 'dilation', problem: { code: 'not-integer', value: 1.5 }, min: 1, max: 4 },
    ]);
  });

  it('refuses a window larger than the padded input, and pooling padding over half the window', () => {
    const draft = draftOf('homework-4b');
    draft.dilation = '4';
    expect(readSetup(draft).issues).toEqual([
      { field: 'geometry', kind: 'window-too-large', padded: [4, 4], window: [5, 5] },
    ]);
    const pool = draftOf('homework-max-pool');
    pool.padding.all = '2';
    expect(readSetup(pool).issues).toEqual([{ field: 'geometry', kind: 'pool-padding', limit: 1 }]);
  });

  it('limits pooling padding per axis, as the engine: a 2x4 window allows 2 left but only 1 on top', () => {
    const pool = draftOf('homework-max-pool');
    pool.kernel = [
      ['0', '0', '0', '0'],
      ['0', '0', '0', '0'],
    ];
    pool.paddingMode = 'per-side';
    Object.assign(pool.padding, { top: '0', bottom: '0', left: '2', right: '0' });
    const { setup, issues } = readSetup(pool);
    expect(issues).toEqual([]);
    expect(() => parseOpCase(opCasePayload(setup!, false), 'lab')).not.toThrow();
    Object.assign(pool.padding, { top: '2', left: '0' });
    expect(readSetup(pool).issues).toEqual([{ field: 'geometry', kind: 'pool-padding', limit: 1 }]);
  });

  it('ignores kernel weights and bias in pooling mode', () => {
    const draft = draftOf('homework-max-pool');
    draft.kernel[0]![0] = 'not used';
    draft.bias = '';
    expect(readSetup(draft).setup).not.toBeNull();
  });
});

describe('trace requests', () => {
  it('writes each example as a case the engine parses', () => {
    for (const example of labExamples) {
      const { setup } = readSetup(exampleDraft(example));
      const opCase = parseOpCase(opCasePayload(setup!, example.flip), 'lab');
      expect(opCase.op).toBe(example.mode === 'conv' ? 'conv2d' : 'maxpool2d');
    }
  });

  it('rotates a kernel by 180 degrees', () => {
    expect(
      rotateKernel([
        [0, 1, 2],
        [2, 2, 0],
        [0, 1, 2],
      ]),
    ).toEqual([
      [2, 1, 0],
      [0, 2, 2],
      [2, 1, 0],
    ]);
  });
});

describe('step views', () => {
  const { setup } = readSetup(draftOf('homework-4a'));
  const opCase = parseOpCase(opCasePayload(setup!, false), 'lab');
  if (opCase.op !== 'conv2d') throw new Error('expected a conv2d case');
  const trace = traceConv2d(opCase.input, opCase.weight, opCase.bias, opCase.options);

  it('writes a step as its products and sum, padding terms in grey', () => {
    expect(convFormula(trace.steps[12]!)).toBe(
      'y_{2,2} = 60 \\cdot (-1) + 70 \\cdot 0 + 100 \\cdot 1 + 110 \\cdot 2 = 260',
    );
    expect(convFormula(trace.steps[0]!)).toBe(
      'y_{0,0} = \\textcolor{#98a2b3}{0 \\cdot (-1)} + \\textcolor{#98a2b3}{0 \\cdot 0} + ' +
        '\\textcolor{#98a2b3}{0 \\cdot 1} + 10 \\cdot 2 = 20',
    );
  });

  it('places the window in padded coordinates with each cell’s weight', () => {
    expect([...convWindowCells(trace.steps[0]!, setup!).entries()]).toEqual([
      ['0,0', { weight: -1 }],
      ['0,1', { weight: 0 }],
      ['1,0', { weight: 1 }],
      ['1,1', { weight: 2 }],
    ]);
  });

  it('states what every step computes before the first one', () => {
    expect(generalFormula('conv', 1)).toBe('y_{i,j} = \\sum_{m,n} x_{i+m,\\,j+n}\\, w_{m,n} + b');
    expect(generalFormula('max', 2)).toBe('y_{i,j} = \\max_{m,n} x_{2i+m,\\,2j+n}');
  });

  it('writes the output size formula with the setup’s numbers', () => {
    expect(outputSizeFormula('rows', setup!, 5)).toContain('\\frac{4 + 1 + 1 - 1\\cdot(2 - 1) - 1}{1}');
  });

  it('writes pooling steps as max(...) and as a sum over the divisor', () => {
    const pool = readSetup(draftOf('homework-max-pool')).setup!;
    const poolCase = parseOpCase(opCasePayload(pool, false), 'lab');
    if (poolCase.op !== 'maxpool2d') throw new Error('expected a max pooling case');
    const maxTrace = tracePool2d(poolCase.input, poolCase.options, 'max');
    expect(poolFormula(maxTrace.steps[0]!, 'max')).toBe('y_{0,0} = \\max(10,\\ 20,\\ 50,\\ 60) = 60');
    expect([...poolWindowCells(maxTrace.steps[3]!, pool).keys()]).toEqual(['2,2', '2,3', '3,2', '3,3']);
    const averageTrace = tracePool2d(poolCase.input, poolCase.options, 'avg');
    expect(poolFormula(averageTrace.steps[0]!, 'avg')).toBe('y_{0,0} = \\dfrac{10 + 20 + 50 + 60}{4} = 35');
  });
});
