import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../../src/shared/conv/conv2d.ts';
import { avgPool2d, maxPool2d } from '../../../../src/shared/conv/pool2d.ts';
import { traceConv2d, tracePool2d, traceTermLimit } from '../../../../src/shared/conv/trace.ts';
import { homeworkImage, homeworkKernel } from './homework-problem4.ts';

describe('traceConv2d', () => {
  it("walks the homework's problem 4(a) window by window, padding cells included and marked", () => {
    const trace = traceConv2d(homeworkImage, homeworkKernel, null, {
      stride: [1, 1],
      padding: [1, 1, 1, 1],
      dilation: [1, 1],
      groups: 1,
    });
    expect(trace.outputShape).toEqual([1, 1, 5, 5]);
    expect(trace.steps.map((step) => step.sum)).toEqual([
      20, 50, 80, 110, 40, 100, 160, 180, 200, 40, 180, 240, 260, 280, 40, 260, 320, 340, 360, 40, 0, -130,
      -140, -150, -160,
    ]);
    const first = trace.steps[0]!;
    expect(first.windowTopLeft).toEqual({ padded: [0, 0], input: [-1, -1] });
    expect(
      first.terms.map((term) => [
        term.input,
        term.inPadding,
        term.inputValue,
        term.weightValue,
        term.product,
      ]),
    ).toEqual([
      [[-1, -1], true, 0, -1, -0],
      [[-1, 0], true, 0, 0, 0],
      [[0, -1], true, 0, 1, 0],
      [[0, 0], false, 10, 2, 20],
    ]);
  });

  it('(b) stride 2 moves the window two cells at a time', () => {
    const trace = traceConv2d(homeworkImage, homeworkKernel, null, {
      stride: [2, 2],
      padding: [0, 0, 0, 0],
      dilation: [1, 1],
      groups: 1,
    });
    expect(trace.steps.map((step) => [step.windowTopLeft.input, step.sum])).toEqual([
      [[0, 0], 160],
      [[0, 2], 200],
      [[2, 0], 320],
      [[2, 2], 360],
    ]);
  });

  it('names the rotated kernel cell under true convolution', () => {
    const trace = traceConv2d(homeworkImage, homeworkKernel, null, {
      stride: [1, 1],
      padding: [0, 0, 0, 0],
      dilation: [1, 1],
      groups: 1,
      flipKernel: true,
    });
    expect(trace.steps[0]!.terms.map((term) => [term.kernel, term.weightValue])).toEqual([
      [[1, 1], 2],
      [[1, 0], 1],
      [[0, 1], 0],
      [[0, 0], -1],
    ]);
  });

  it('sums every step to the output of conv2d (bias, groups, dilation, padding)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: -3, max: 3 }),
        (groups, kernelSize, pad, dilation, biasValue) => {
          const size = dilation * (kernelSize - 1) + 3;
          const input = {
            shape: [1, 2 * groups, size, size],
            data: Float64Array.from({ length: 2 * groups * size * size }, (_, index) => (index % 7) - 3),
          };
          const weight = {
            shape: [groups, 2, kernelSize, kernelSize],
            data: Float64Array.from({ length: groups * 2 * kernelSize ** 2 }, (_, index) => (index % 5) - 2),
          };
          const bias = new Float64Array(groups).fill(biasValue);
          const options = {
            stride: [1, 2] as [number, number],
            padding: [pad, 0, pad, 1] as [number, number, number, number],
            dilation: [dilation, dilation] as [number, number],
            groups,
          };
          const trace = traceConv2d(input, weight, bias, options);
          expect(trace.steps.map((step) => step.sum)).toEqual(
            Array.from(conv2d(input, weight, bias, options).data),
          );
          for (const step of trace.steps) {
            expect(step.terms.reduce((total, term) => total + term.product, step.bias)).toBe(step.sum);
          }
        },
      ),
    );
  });

  it(`refuses more than ${traceTermLimit} terms with INPUT_TOO_LARGE before tracing`, () => {
    const big = { shape: [1, 1, 100, 100], data: new Float64Array(10_000) };
    const three = { shape: [1, 1, 3, 3], data: new Float64Array(9) };
    const options = {
      stride: [1, 1] as [number, number],
      padding: [0, 0, 0, 0] as [number, number, number, number],
      dilation: [1, 1] as [number, number],
      groups: 1,
    };
    expect(() => traceConv2d(big, three, null, options)).toThrow(
      'trace: this convolution has 86436 window cells to list, over the limit of 20000; trace a smaller example',
    );
  });
});

describe('tracePool2d', () => {
  const options = {
    kernel: [2, 2] as [number, number],
    stride: [3, 3] as [number, number],
    padding: [1, 1, 1, 1] as [number, number, number, number],
    ceilMode: true,
    countIncludePad: false,
  };

  it('gives the results of max and average pooling, with the windows and divisors PyTorch uses', () => {
    const max = tracePool2d(homeworkImage, options, 'max');
    expect(max.steps.map((step) => step.result)).toEqual(Array.from(maxPool2d(homeworkImage, options).data));
    const average = tracePool2d(homeworkImage, options, 'avg');
    expect(average.steps.map((step) => step.result)).toEqual(
      Array.from(avgPool2d(homeworkImage, options).data),
    );
    expect(average.steps[0]).toMatchObject({
      windowTopLeft: { padded: [0, 0], input: [-1, -1] },
      divisor: 1,
    });
    const included = tracePool2d(homeworkImage, { ...options, countIncludePad: true }, 'avg');
    expect(included.steps.map((step) => step.divisor)).toEqual([4, 4, 4, 4]);
  });
});
