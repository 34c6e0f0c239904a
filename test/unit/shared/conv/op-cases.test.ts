import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import { opWorkLimit, parseOpCase, runOpCase } from '../../../../src/shared/conv/op-cases.ts';
import { tensorToNested } from '../../../../src/shared/conv/tensor.ts';

const input = [
  [
    [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  ],
];
const conv = {
  op: 'conv2d',
  input,
  weight: [
    [
      [
        [1, 0],
        [0, 1],
      ],
    ],
  ],
  bias: null,
  stride: [1, 1],
  padding: [0, 0],
  dilation: [1, 1],
  groups: 1,
};

function refusal(value: unknown): EngineError {
  try {
    parseOpCase(value, 'cases[0]');
  } catch (thrown) {
    if (thrown instanceof EngineError) return thrown;
    throw thrown;
  }
  throw new Error('the case was accepted');
}

describe('parseOpCase refuses bad cases with what and where', () => {
  it.each([
    ['an unknown op', { ...conv, op: 'conv3d' }, /cases\[0\]\.op: expected one of/],
    ['a negative stride', { ...conv, stride: [-1, 1] }, /cases\[0\]\.stride\[0\]: must be between 1/],
    [
      'a NaN padding',
      { ...conv, padding: [Number.NaN, 0] },
      /cases\[0\]\.padding\[0\]: expected an integer, got NaN/,
    ],
    [
      'a non-integer dilation',
      { ...conv, dilation: 1.5 },
      /cases\[0\]\.dilation: expected an integer, got 1.5/,
    ],
    [
      'a string stride',
      { ...conv, stride: 'two' },
      /cases\[0\]\.stride: expected an integer or 2 integers, got string/,
    ],
    [
      'padding of 3 numbers',
      { ...conv, padding: [1, 1, 1] },
      /cases\[0\]\.padding: expected an integer or 2 integers/,
    ],
    [
      'a ragged input',
      { ...conv, input: [[[[1, 2], [3]]]] },
      /cases\[0\]\.input\[0\]\[0\]\[1\]: should be an array of length 2/,
    ],
    ['a 3-D input', { ...conv, input: input[0] }, /cases\[0\]\.input: expected a 4-D array/],
    [
      'a string in the input',
      { ...conv, input: [[[['1']]]] },
      /cases\[0\]\.input\[0\]\[0\]\[0\]\[0\]: expected a finite number, got string/,
    ],
    ['an empty input', { ...conv, input: [[[[]]]] }, /cases\[0\]\.input dimension 3: is empty/],
    ['a bias of the wrong length', { ...conv, bias: [1, 2] }, /cases\[0\]\.bias: expected 1 values/],
    ['a NaN in the bias', { ...conv, bias: [Number.NaN] }, /cases\[0\]\.bias\[0\]: expected a finite number/],
    [
      'groups that do not divide',
      { ...conv, groups: 2 },
      /cases\[0\]\.groups: 2 must divide input channels \(1\)/,
    ],
    [
      'a kernel larger than the padded input',
      { ...conv, weight: [[[[1, 1, 1, 1]]]] },
      /cases\[0\]\.weight\.shape: the 1x4 kernel .* larger than the padded 3x3 input/,
    ],
    ['"same" with stride 2', { ...conv, padding: 'same', stride: 2 }, /"same" padding needs stride 1/],
    [
      'pool padding over half the kernel',
      { op: 'maxpool2d', input, kernel: [2, 2], padding: [2, 2] },
      /cases\[0\]\.padding\[0\]: 2 is more than half the kernel/,
    ],
    [
      'output_padding not below stride or dilation',
      { op: 'conv_transpose2d', input, weight: [[[[1]]]], stride: 1, output_padding: 1 },
      /output_padding\[0\]: 1 must be smaller than the stride/,
    ],
    [
      'a non-boolean ceil_mode',
      { op: 'maxpool2d', input, kernel: 2, ceil_mode: 'yes' },
      /cases\[0\]\.ceil_mode: expected true or false/,
    ],
  ])('%s', (_label, value, message) => {
    const error = refusal(value);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
  });

  it('refuses a huge output as INPUT_TOO_LARGE from the shapes alone', () => {
    const five = [[Array.from({ length: 5 }, () => [1, 2, 3, 4, 5])]];
    const error = refusal({ op: 'conv_transpose2d', input: five, weight: [[[[1]]]], stride: [1024, 1024] });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('cases[0].output: 16785409 elements is over the limit of 8000000');
  });

  it('refuses a huge input before copying it (a sparse array claims 10^9 elements)', () => {
    const row = new Array<number>(1_000_000_000);
    const error = refusal({ ...conv, input: [[[row]]] });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(/cases\[0\]\.input: 1000000000 elements is over the limit/);
  });

  it(`refuses more than ${opWorkLimit} multiply-adds`, () => {
    const square = [[Array.from({ length: 1000 }, () => new Array<number>(1000).fill(1))]];
    const column = [[Array.from({ length: 1000 }, () => [1])]];
    const error = refusal({ ...conv, input: square, weight: column, padding: [999, 0] });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('cases[0]: 1999000000 multiply-adds is over the limit of 1000000000');
  });
});

describe('runOpCase', () => {
  it('accepts PyTorch shorthands: one integer for stride/padding, "same", pool stride defaulting to the kernel', () => {
    const same = runOpCase(
      parseOpCase(
        {
          ...conv,
          weight: [
            [
              [
                [0, 0, 0],
                [0, 1, 0],
                [0, 0, 0],
              ],
            ],
          ],
          padding: 'same',
          stride: 1,
        },
        'same',
      ),
    );
    expect(tensorToNested(same)).toEqual(input);
    const pooled = runOpCase(parseOpCase({ op: 'maxpool2d', input, kernel: 2, ceil_mode: true }, 'pool'));
    expect(tensorToNested(pooled)).toEqual([
      [
        [
          [5, 6],
          [8, 9],
        ],
      ],
    ]);
  });

  it('average pooling divides by the padded window or by the real cells', () => {
    const base = { op: 'avgpool2d', input, kernel: 2, stride: 2, padding: 1 };
    const included = runOpCase(parseOpCase({ ...base, count_include_pad: true }, 'a'));
    const excluded = runOpCase(parseOpCase({ ...base, count_include_pad: false }, 'b'));
    expect(tensorToNested(included)).toEqual([
      [
        [
          [0.25, 1.25],
          [2.75, 7],
        ],
      ],
    ]);
    expect(tensorToNested(excluded)).toEqual([
      [
        [
          [1, 2.5],
          [5.5, 7],
        ],
      ],
    ]);
  });
});
