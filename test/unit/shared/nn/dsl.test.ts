import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { parseNetworkLines, parseNetworkText } from '../../../../src/shared/nn/dsl/parse.ts';
import { layerSignature, printNetwork } from '../../../../src/shared/nn/dsl/print.ts';
import { DslError } from '../../../../src/shared/nn/errors.ts';
import { networkToJson, readNetworkJson } from '../../../../src/shared/nn/network-json.ts';
import { presetNetwork, presets } from '../../../../src/shared/nn/presets/index.ts';

function syntaxError(text: string): DslError {
  try {
    parseNetworkText(text);
  } catch (thrown) {
    if (thrown instanceof DslError) return thrown;
    throw thrown;
  }
  throw new Error(`no syntax error in ${JSON.stringify(text)}`);
}

describe('the network description language', () => {
  it("reads the issue's spelling: conv 96 k11 s4, pool max k3 s2, fc 4096", () => {
    const network = parseNetworkText('input 3x227x227\nconv 96 k11 s4\npool max k3 s2\nfc 4096\n');
    expect(network.layers.map((layer) => [layer.name, layer.kind])).toEqual([
      ['conv1', 'conv2d'],
      ['maxpool1', 'max_pool2d'],
      ['fc1', 'linear'],
    ]);
    expect(network.layers[0]!.attributes).toMatchObject({
      outChannels: 96,
      kernel: [11, 11],
      stride: [4, 4],
      bias: true,
    });
    const rows = analyzeNetwork(network).layers;
    expect(rows.map((row) => row.output)).toEqual([[3, 227, 227], [96, 55, 55], [96, 27, 27], [4096]]);
  });

  it('reads every attribute form: k1x7, p0,1,2,3, same, valid, d2, g2, dw, nobias, ceil, exclude-pad, op1', () => {
    const network = parseNetworkText(
      [
        'network demo   # comments run to the end of the line',
        'input 8x32x32',
        'a: conv 8 k1x7 p0,1,2,3 d2 g2 nobias',
        'b: conv 8 k3 same dw; c: conv 8 k3 valid',
        'd: avgpool k3 s2 p1 ceil exclude-pad',
        'e: deconv 4 k4 s2 p1 op1',
        'f: leaky_relu 0.2 inplace',
        'g: dropout 0.3',
        'h: gap',
      ].join('\n'),
    );
    expect(network.name).toBe('demo');
    const attributes = Object.fromEntries(network.layers.map((layer) => [layer.name, layer.attributes]));
    expect(attributes.a).toMatchObject({
      kernel: [1, 7],
      padding: [0, 1, 2, 3],
      dilation: [2, 2],
      groups: 2,
      bias: false,
    });
    expect(attributes.b).toMatchObject({ padding: 'same', groups: 'depthwise' });
    expect(attributes.d).toMatchObject({ ceilMode: true, countIncludePad: false });
    expect(attributes.e).toMatchObject({ outputPadding: [1, 1] });
    expect(attributes.f).toMatchObject({ negativeSlope: 0.2, inplace: true });
    expect(attributes.h).toMatchObject({ outputSize: [1, 1] });
    expect(analyzeNetwork(network).layers.at(-1)!.output).toEqual([4, 1, 1]);
  });

  it('scopes names in blocks: named branches, anonymous branches and {} for the identity', () => {
    const network = parseNetworkText(
      [
        'input 16x8x8',
        'block: add {',
        '  { conv1: conv 16 k3 p1; bn: bn }',
        '  {}',
        '}',
        'mix: concat {',
        '  left { conv: conv 4 k1 }',
        '  right { conv: conv 4 k1 }',
        '}',
      ].join('\n'),
    );
    expect(network.layers.map((layer) => `${layer.name}<-${layer.inputs.join(',')}`)).toEqual([
      'block.conv1<-input',
      'block.bn<-block.conv1',
      'block<-block.bn,input',
      'mix.left.conv<-block',
      'mix.right.conv<-block',
      'mix<-mix.left.conv,mix.right.conv',
    ]);
  });

  it('names inputs explicitly with <-', () => {
    const network = parseNetworkText(
      'input 3x8x8\na: conv 4 k1\nb: conv 4 k3 p1 <- input\nsum: add <- a b\n',
    );
    expect(network.layers.map((layer) => layer.inputs)).toEqual([['input'], ['input'], ['a', 'b']]);
  });

  it('tells the line where each layer is defined, inside blocks too', () => {
    const { lines } = parseNetworkLines(
      'network n\ninput 3x8x8\n\nconv 4 k1\nsum: add {\n  b { c: conv 4 k3 p1 }\n  {}\n}\n',
    );
    expect(Object.fromEntries(lines)).toEqual({ conv1: 4, 'sum.b.c': 6, sum: 5 });
  });

  for (const [text, line, column, reason] of [
    ['conv 96 k11 s4\nconvv 3', 2, 1, 'unknown layer "convv" (did you mean conv?)'],
    ['conv 96 k0', 1, 9, 'kernel must be between 1 and 65536, got 0'],
    ['conv k3', 1, 1, 'conv needs outChannels'],
    ['conv 8 k3 k5', 1, 11, 'kernel is given twice'],
    ['conv 8 k3 zz', 1, 11, 'conv does not understand "zz"'],
    ['pool min k3', 1, 6, '"pool" is followed by max or avg'],
    ['x: concat {\n  { conv 4 k1 }\n', 3, 1, 'missing "}"'],
    ['x: concat {\n  { conv 4 k1 }\n}', 1, 11, 'concat needs at least two branches, got 1'],
    ['a: conv 4 k1\na: conv 4 k1', 2, 1, 'a layer named "a" is already defined at line 1'],
    ['conv 4 k1 <- nowhere', 1, 14, '"nowhere" is not a layer defined before this line'],
    ['input 3x224', 1, 7, 'expected an input shape like 3x224x224'],
    ['}', 1, 1, 'unexpected "}" with no block open'],
    ['dropout 1.5', 1, 9, 'p must be a number from 0 to below 1, got 1.5'],
    ['conv 8 k3 p-1', 1, 11, 'padding must be a whole number, got "-1"'],
    ['conv 8 kNaN', 1, 8, 'conv does not understand "kNaN"'],
    ['conv 99999999999 k3', 1, 6, 'outChannels must be between 1 and 1048576'],
    ['input: conv 3 k1', 1, 1, '"input" names the network input'],
  ] as const) {
    it(`error at ${line}:${column}: ${reason}`, () => {
      const error = syntaxError(text);
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.message).toContain(reason);
    });
  }
});

describe('every preset prints and reads back to the same analysis', () => {
  for (const preset of presets) {
    it(preset.name, () => {
      const network = presetNetwork(preset.name)!;
      const text = printNetwork(network);
      expect(text).not.toContain('<-');
      const back = parseNetworkText(text);
      expect(back.layers.map(layerSignature)).toEqual(network.layers.map(layerSignature));
      expect(analyzeNetwork(back)).toEqual(analyzeNetwork(network));
      const json = readNetworkJson(JSON.parse(JSON.stringify(networkToJson(network))));
      expect(analyzeNetwork(json)).toEqual(analyzeNetwork(network));
    });
  }

  it("prints GoogLeNet's Inception modules as named branches", () => {
    const text = printNetwork(presetNetwork('googlenet')!);
    expect(text).toContain(
      [
        'inception3a: concat {',
        '  branch1 {',
        '    conv: conv 64 k1 nobias',
        '    bn: bn',
        '    relu: relu inplace',
        '  }',
      ].join('\n'),
    );
    expect(text).toContain('    0.conv: conv 96 k1 nobias');
  });

  it('prints a graph that is not fork-and-join flat, with <-, and reads it back', () => {
    const network = parseNetworkText(
      'input 3x8x8\na: conv 4 k1\nb: conv 4 k1 <- input\nc: add <- a b\nd: add <- a c\n',
    );
    const text = printNetwork(network);
    expect(text).toContain('d: add <- a c');
    expect(parseNetworkText(text).layers.map(layerSignature)).toEqual(network.layers.map(layerSignature));
  });
});
