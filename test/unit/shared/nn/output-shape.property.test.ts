import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conv2d as runConv2d } from '../../../../src/shared/conv/conv2d.ts';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { NetworkError } from '../../../../src/shared/nn/errors.ts';
import { readNetworkJson } from '../../../../src/shared/nn/network-json.ts';

/** Analyses one layer of JSON attributes on a C x H x W input and returns its output shape. */
function outputOf(input: number[], layer: Record<string, unknown>): number[] {
  const network = readNetworkJson({ input, layers: [{ name: 'layer', ...layer }] });
  return analyzeNetwork(network, { explain: false }).layers[1]!.output;
}

/**
 * Brute force along one axis: slide a window of effective size d(k-1)+1 in steps of s over the padded input and
 * count the positions. Floor: the window must fit. Ceil (PyTorch): a window may hang over the end as long as the
 * one before did not reach it, and it must start inside the input or the left padding.
 */
function countWindows(
  input: number,
  kernel: number,
  stride: number,
  before: number,
  after: number,
  dilation: number,
  ceil: boolean,
): number {
  const span = dilation * (kernel - 1) + 1;
  const padded = input + before + after;
  let count = 0;
  for (let start = 0; ; start += stride) {
    const fits = start + span <= padded;
    const previousReachedEnd = start > 0 && start - stride + span >= padded;
    if (fits) count += 1;
    else if (ceil && !previousReachedEnd && start < input + before) count += 1;
    else break;
  }
  return count;
}

const smallCase = fc.record({
  channels: fc.integer({ min: 1, max: 4 }),
  height: fc.integer({ min: 1, max: 12 }),
  width: fc.integer({ min: 1, max: 12 }),
  kernel: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
  stride: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
  dilation: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  padding: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
});

describe('output shapes against brute force', () => {
  it('conv2d with asymmetric padding, stride and dilation: counted windows, and the direct convolution agrees', () => {
    fc.assert(
      fc.property(smallCase, ({ channels, height, width, kernel, stride, dilation, padding }) => {
        const layer = { kind: 'conv2d', outChannels: 2, kernel, stride, dilation, padding };
        const expectedHeight = countWindows(
          height,
          kernel[0],
          stride[0],
          padding[0],
          padding[1],
          dilation[0],
          false,
        );
        const expectedWidth = countWindows(
          width,
          kernel[1],
          stride[1],
          padding[2],
          padding[3],
          dilation[1],
          false,
        );
        if (expectedHeight < 1 || expectedWidth < 1) {
          expect(() => outputOf([channels, height, width], layer)).toThrow(NetworkError);
          return;
        }
        expect(outputOf([channels, height, width], layer)).toEqual([2, expectedHeight, expectedWidth]);
        const computed = runConv2d(
          { shape: [1, channels, height, width], data: new Float64Array(channels * height * width) },
          {
            shape: [2, channels, kernel[0], kernel[1]],
            data: new Float64Array(2 * channels * kernel[0] * kernel[1]),
          },
          null,
          { stride, padding, dilation, groups: 1 },
        );
        expect(computed.shape).toEqual([1, 2, expectedHeight, expectedWidth]);
      }),
      { numRuns: 300 },
    );
  });

  it('max pooling with ceil_mode follows the PyTorch rule', () => {
    fc.assert(
      fc.property(smallCase, fc.boolean(), ({ channels, height, width, kernel, stride }, ceilMode) => {
        const padding = [Math.floor(kernel[0] / 2), Math.floor(kernel[1] / 2)];
        const layer = { kind: 'max_pool2d', kernel, stride, padding, ceilMode };
        const expectedHeight = countWindows(
          height,
          kernel[0],
          stride[0],
          padding[0]!,
          padding[0]!,
          1,
          ceilMode,
        );
        const expectedWidth = countWindows(
          width,
          kernel[1],
          stride[1],
          padding[1]!,
          padding[1]!,
          1,
          ceilMode,
        );
        if (expectedHeight < 1 || expectedWidth < 1) return;
        expect(outputOf([channels, height, width], layer)).toEqual([channels, expectedHeight, expectedWidth]);
      }),
      { numRuns: 300 },
    );
  });

  it('"same" keeps the size for any kernel and dilation (stride 1), "valid" pads nothing', () => {
    fc.assert(
      fc.property(smallCase, ({ height, width, kernel, dilation }) => {
        expect(
          outputOf([1, height, width], { kind: 'conv2d', outChannels: 1, kernel, dilation, padding: 'same' }),
        ).toEqual([1, height, width]);
      }),
    );
    expect(outputOf([3, 7, 7], { kind: 'conv2d', outChannels: 4, kernel: 3, padding: 'valid' })).toEqual([
      4, 5, 5,
    ]);
  });

  it('reproduces the output shape of every PyTorch case in conv_vectors.json', () => {
    const vectors = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../fixtures/conv_vectors.json'), 'utf8'),
    ) as {
      cases: Array<Record<string, unknown> & { op: string; input: unknown; output: unknown }>;
    };
    const shape = (nested: unknown): number[] => {
      const sizes: number[] = [];
      for (let value = nested; Array.isArray(value); value = value[0]) sizes.push(value.length);
      return sizes;
    };
    for (const vector of vectors.cases) {
      const [, channels, height, width] = shape(vector.input) as [number, number, number, number];
      const weight = shape(vector.weight);
      const layer =
        vector.op === 'conv2d'
          ? {
              kind: 'conv2d',
              outChannels: weight[0],
              kernel: weight.slice(2),
              stride: vector.stride,
              padding: vector.padding,
              dilation: vector.dilation,
              groups: vector.groups,
            }
          : vector.op === 'conv_transpose2d'
            ? {
                kind: 'conv_transpose2d',
                outChannels: weight[1],
                kernel: weight.slice(2),
                stride: vector.stride,
                padding: vector.padding,
                outputPadding: vector.output_padding,
              }
            : {
                kind: vector.op === 'maxpool2d' ? 'max_pool2d' : 'avg_pool2d',
                kernel: vector.kernel,
                stride: vector.stride,
                padding: vector.padding,
                ceilMode: vector.ceil_mode,
                ...(vector.op === 'avgpool2d' ? { countIncludePad: vector.count_include_pad } : {}),
              };
      expect(outputOf([channels, height, width], layer), JSON.stringify(layer)).toEqual(
        shape(vector.output).slice(1),
      );
    }
    expect(vectors.cases.length).toBeGreaterThan(40);
  });
});
