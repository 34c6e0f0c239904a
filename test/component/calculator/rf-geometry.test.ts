import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/shared/nn/analyze.ts';
import { parseNetworkText } from '../../../src/shared/nn/dsl/parse.ts';
import {
  clampUnit,
  paddingReach,
  unitRegion,
  viewport,
} from '../../../src/renderer/features/calculator/rf-geometry.ts';

describe('the receptive-field picture', () => {
  it("places AlexNet-2012's conv2 units as the homework counts them", () => {
    const analysis = analyzeNetwork(
      parseNetworkText('input 3x227x227\nconv 96 k11 s4\nmaxpool k3 s2\nconv2: conv 256 k5 p2 g2\n'),
    );
    const conv2 = analysis.layers.find((layer) => layer.name === 'conv2')!;
    expect(unitRegion(conv2.rf, [0, 0])).toEqual({ rows: [-16, 34], columns: [-16, 34] });
    expect(unitRegion(conv2.rf, [3, 26])).toEqual({ rows: [8, 58], columns: [192, 242] });
    expect(paddingReach(unitRegion(conv2.rf, [3, 26]), [227, 227])).toEqual({
      top: 0,
      bottom: 0,
      left: 0,
      right: 16,
    });
  });

  it('a unit of a stride-1 conv with padding p sees rows i - p to i - p + k - 1 (a brute-force check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 0, max: 7 }),
        (kernel, padding, size, unit) => {
          const analysis = analyzeNetwork(
            parseNetworkText(`input 1x${size}x${size}\nc: conv 1 k${kernel} p${padding}`),
          );
          const layer = analysis.layers[1]!;
          const index = clampUnit(unit, layer.output[1]!);
          const region = unitRegion(layer.rf, [index, index]);
          expect(region.rows).toEqual([index - padding, index - padding + kernel - 1]);
        },
      ),
    );
  });

  it('frames the input and the region with a margin, and keeps typed units in range', () => {
    expect(viewport({ rows: [-64, 130], columns: [-64, 130] }, [227, 227], 9)).toEqual({
      x: -73,
      y: -73,
      width: 227 + 73 + 9,
      height: 227 + 73 + 9,
    });
    expect(clampUnit(99, 13)).toBe(12);
    expect(clampUnit(-2, 13)).toBe(0);
    expect(clampUnit(Number.NaN, 13)).toBe(0);
    expect(clampUnit(2.7, 13)).toBe(2);
  });
});
