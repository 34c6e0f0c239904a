import { wordNote } from '../../../../src/shared/nn/note-messages.ts';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { parseNetworkText } from '../../../../src/shared/nn/dsl/parse.ts';
import { NetworkError } from '../../../../src/shared/nn/errors.ts';
import { readNetworkJson } from '../../../../src/shared/nn/network-json.ts';
import { presetNetwork } from '../../../../src/shared/nn/presets/index.ts';

function problem(run: () => unknown): NetworkError {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof NetworkError) return thrown;
    throw thrown;
  }
  throw new Error('no NetworkError');
}

const analyzeText = (text: string) => analyzeNetwork(parseNetworkText(text));

describe('invalid networks name the layer and the reason', () => {
  for (const [text, layer, reason] of [
    [
      'input 3x5x5\nbig: conv 8 k7',
      'big',
      'the 7x7 kernel is larger than the padded input (height 5 + 0 + 0 = 5)',
    ],
    [
      'input 3x5x5\nwide: conv 8 k3 d3',
      'wide',
      'the 3x3 kernel (dilation 3x3, effective 7) is larger than the padded input',
    ],
    [
      'input 3x8x8\nsum: add {\n { conv 4 k1 }\n {}\n}',
      'sum',
      'channel mismatch: add needs equal shapes, but "sum.conv1" is 4x8x8 and "input" is 3x8x8',
    ],
    [
      'input 6x8x8\ngrouped: conv 8 k3 g4',
      'grouped',
      'groups = 4 must divide the input channels (6) and the output channels (8)',
    ],
    [
      'input 3x8x8\nmix: concat {\n { conv 4 k1 s2 }\n { conv 4 k1 }\n}',
      'mix',
      'concat needs the same height and width in every input',
    ],
    ['input 3x8x8\nsame2: conv 4 k3 s2 same', 'same2', 'padding "same" needs stride 1'],
    [
      'input 3x8x8\npool: maxpool k3 p2',
      'pool',
      'padding 2 is more than half of the 3 window (PyTorch allows at most 1)',
    ],
    [
      // Dilation does not widen the limit: PyTorch's pool2d_shape_check wants pad <= kernel / 2.
      'input 3x16x16\npool: maxpool k3 d2 p2',
      'pool',
      'padding 2 is more than half of the 3 window (PyTorch allows at most 1)',
    ],
    [
      'input 3x8x8\nfc 10\nflat: conv 4 k1',
      'flat',
      'conv needs a C x H x W feature map, got the flat shape 10',
    ],
    [
      'input 3x8x8\nup: deconv 4 k3 s2 op2',
      'up',
      'output padding 2 must be smaller than the stride (2) or the dilation (1)',
    ],
    ['input 1048576x65536x65536\nrelu', 'relu1', 'its counts exceed 2^53 and cannot be shown exactly'],
  ] as const) {
    it(`${layer}: ${reason}`, () => {
      const error = problem(() => analyzeText(text));
      expect(error.layer).toBe(layer);
      expect(error.message).toContain(reason);
      expect(error.message).toContain(`Layer "${layer}"`);
    });
  }

  for (const input of [
    [3, -1, 4],
    [3, Number.NaN, 4],
    [3, 224],
    [0, 8, 8],
    [3, 1.5, 8],
    [3, 70_000, 8],
    [],
  ]) {
    it(`refuses the input shape ${JSON.stringify(input)}`, () => {
      const error = problem(() => analyzeNetwork(presetNetwork('lenet5')!, { input }));
      expect(error.field).toBe('input');
    });
  }

  for (const [layer, reason] of [
    [
      { name: 'a', kind: 'conv2d', outChannels: 4, kernel: '3' },
      'kernel expects a number or [height, width], got "3"',
    ],
    [
      { name: 'a', kind: 'conv2d', outChannels: -4, kernel: 3 },
      'outChannels must be between 1 and 1048576, got -4',
    ],
    [
      { name: 'a', kind: 'conv2d', outChannels: Number.NaN, kernel: 3 },
      'outChannels must be a whole number, got "NaN"',
    ],
    [
      { name: 'a', kind: 'conv2d', outChannels: 1e12, kernel: 3 },
      'outChannels must be between 1 and 1048576',
    ],
    [
      { name: 'a', kind: 'conv2d', outChannels: 4, kernel: [3, 3, 3] },
      'kernel expects a number or [height, width], got "[3, 3, 3]"',
    ],
    [{ name: 'a', kind: 'conv2d', outChannels: 4, kernel: 3, padding: 'full' }, 'padding expects a number'],
    [{ name: 'a', kind: 'conv2d', outChannels: 4, kernel: 3, bias: 'yes' }, 'bias expects true or false'],
    [{ name: 'a', kind: 'conv2d', outChannels: 4, kernel: 3, kernal: 5 }, 'conv2d has no attribute "kernal"'],
    [{ name: 'a', kind: 'conv3d' }, 'unknown layer kind "conv3d"'],
    [{ name: 'a', kind: 'dropout', p: Infinity }, 'p must be a number from 0 to below 1, got Infinity'],
    [{ name: 'a', kind: 'linear' }, 'outFeatures is required'],
  ] as const) {
    it(`JSON: ${reason}`, () => {
      const error = problem(() => readNetworkJson({ input: [3, 8, 8], layers: [layer] }));
      expect(error.layer).toBe('a');
      expect(error.message).toContain(reason);
    });
  }

  it('JSON: wrong types at the top and bad names and references', () => {
    expect(problem(() => readNetworkJson(null)).message).toContain('must be an object');
    expect(problem(() => readNetworkJson({ layers: 'conv' })).field).toBe('layers');
    expect(problem(() => readNetworkJson({ layers: [{ name: 'has space', kind: 'relu' }] })).layer).toBe(
      '#0',
    );
    const missing = problem(() =>
      analyzeNetwork(
        readNetworkJson({ input: [3, 8, 8], layers: [{ name: 'a', kind: 'relu', inputs: ['b'] }] }),
      ),
    );
    expect(missing.reason).toEqual({ code: 'unknownInput', name: 'b' });
    const noInput = problem(() => analyzeNetwork(readNetworkJson({ layers: [{ name: 'a', kind: 'relu' }] })));
    expect(noInput.field).toBe('input');
  });
});

describe('analysis details', () => {
  it('warns when floor drops input rows, and not when the padding absorbs it', () => {
    const words = (text: string) => analyzeText(text).layers[1]!.warnings.map((note) => wordNote(note, 'en'));
    expect(words('input 1x8x8\nc: conv 1 k3 s2')).toEqual([
      'floor drops input row 7 and column 7: no window reaches them',
    ]);
    expect(analyzeText('input 1x8x8\nc: conv 1 k3 s2').layers[1]!.warnings).toEqual([
      { code: 'floorDrops', rows: [7, 7], columns: [7, 7] },
    ]);
    expect(analyzeText('input 1x8x8\nc: conv 1 k3 s2 p1').layers[1]!.warnings).toEqual([]);
    expect(words('input 1x10x7\nc: conv 1 k3 s4')).toEqual([
      'floor drops input rows 7 to 9: no window reaches them',
    ]);
    expect(words('input 1x10x8\nc: conv 1 k3 s4')).toEqual([
      'floor drops input rows 7 to 9 and column 7: no window reaches them',
    ]);
  });

  it('reports "not aligned" when branches differ in centre, with the union of their fields', () => {
    const analysis = analyzeText('input 1x9x9\nj: add {\n { conv 1 k3 p1 }\n { conv 1 k3 p0,2,0,2 }\n}');
    const join = analysis.layers.at(-1)!;
    expect(join.rf).toMatchObject({ size: [4, 4], start: [-1, -1], aligned: false });
    expect(join.warnings).toContainEqual({ code: 'notAligned' });
    expect(analysis.warnings).toEqual([{ layer: 'j', note: { code: 'notAligned' } }]);
  });

  it('counts a transposed conv over input positions and flags its receptive field as approximate', () => {
    const row = analyzeText('input 8x4x4\nup: deconv 4 k4 s2 p1').layers[1]!;
    expect(row.output).toEqual([4, 8, 8]);
    expect(row.params).toEqual({ weights: 8 * 4 * 16, bias: 4, total: 8 * 4 * 16 + 4, buffers: 0 });
    expect(row.macs).toBe(8 * 4 * 16 * 4 * 4);
    expect(row.rf.exact).toBe(false);
    expect(row.rf.jump).toEqual([0.5, 0.5]);
  });

  it('BatchNorm: 2C learnable, 2C buffers apart; depthwise conv: groups = C', () => {
    const analysis = analyzeText('input 32x8x8\nbn: bn\ndw: conv 32 k3 p1 dw nobias');
    expect(analysis.layers[1]!.params).toEqual({ weights: 32, bias: 32, total: 64, buffers: 64 });
    expect(analysis.layers[2]!.params.total).toBe(32 * 9);
    expect(analysis.totals.params).toEqual({ weights: 32 + 288, bias: 32, total: 352, buffers: 64 });
  });

  it('activation totals skip in-place layers and views; the peak keeps skip connections alive', () => {
    const analysis = analyzeText(
      'input 1x4x4\na: conv 2 k1\nb: relu inplace\nc: conv 2 k1\nd: add <- b c\nf: flatten',
    );
    expect(
      analysis.layers.map((row) => [row.name, row.activations.elements, row.activations.stored]),
    ).toEqual([
      ['input', 16, true],
      ['a', 32, true],
      ['b', 32, false],
      ['c', 32, true],
      ['d', 32, true],
      ['f', 32, false],
    ]);
    expect(analysis.totals.activations).toMatchObject({ elements: 96, bytes: 384, inputElements: 16 });
    // At d: a's tensor (read by d through the in-place b), c and d are live; the input was freed after a.
    expect(analysis.totals.activations.peakElements).toBe(96);
  });

  it('explains each number with the formula and the substituted numbers (KaTeX)', () => {
    const conv1 = analyzeNetwork(presetNetwork('alexnet2012')!).layers[1]!;
    expect(conv1.explanations!.output.substituted).toBe(
      'H_{out} = \\left\\lfloor \\frac{227 + 0 + 0 - 1 \\cdot (11 - 1) - 1}{4} \\right\\rfloor + 1 = 55',
    );
    expect(conv1.explanations!.params.substituted).toBe(
      '96 \\times \\frac{3}{1} \\times 11 \\times 11 + 96 = 34{,}944',
    );
    expect(conv1.explanations!.flops.substituted).toBe('2 \\times 105{,}415{,}200 = 210{,}830{,}400');
    const fc6 = analyzeNetwork(presetNetwork('alexnet2012')!).layers.find((row) => row.name === 'fc6')!;
    expect(fc6.explanations!.rf.substituted).toContain('r = 195 + (6 - 1) \\times 32 = 355');
    expect(fc6.explanations!.rf.notes.map((note) => wordNote(note, 'en')).join(' ')).toContain(
      'covers the whole 227x227 input',
    );
    expect(fc6.rf.coversInput).toBe(true);
  });

  it('explains only what is asked for, and the analysis is plain data', () => {
    const network = presetNetwork('resnet18')!;
    const none = analyzeNetwork(network, { explain: false });
    expect(none.layers.every((row) => row.explanations === null)).toBe(true);
    const one = analyzeNetwork(network, { explain: ['layer1.0.conv1'] });
    expect(one.layers.filter((row) => row.explanations !== null).map((row) => row.name)).toEqual([
      'layer1.0.conv1',
    ]);
    const full = analyzeNetwork(network, { dtype: 'fp16' });
    expect(structuredClone(full)).toEqual(full);
    expect(full.bytesPerElement).toBe(2);
  });
});
