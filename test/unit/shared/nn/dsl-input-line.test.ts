import { describe, expect, it } from 'vitest';
import { setInputShape } from '../../../../src/shared/nn/dsl/input-line.ts';
import { parseNetworkText } from '../../../../src/shared/nn/dsl/parse.ts';
import { printNetwork } from '../../../../src/shared/nn/dsl/print.ts';
import { presetNetwork } from '../../../../src/shared/nn/presets/index.ts';

describe('setInputShape', () => {
  it.each([
    [
      'replaces the value',
      'network a\n# mine\ninput 3x224x224\nconv 8 k3\n',
      'network a\n# mine\ninput 1x28x28\nconv 8 k3\n',
    ],
    ['adds a line after the network line', 'network a\nconv 8 k3\n', 'network a\ninput 1x28x28\nconv 8 k3\n'],
    ['adds a line after a last network line', 'network a', 'network a\ninput 1x28x28\n'],
    ['adds a first line without a header', 'conv 8 k3\n', 'input 1x28x28\nconv 8 k3\n'],
    [
      'keeps the indent and the comment after the value',
      '  input 3x8x8 # small\nfc 10\n',
      '  input 1x28x28 # small\nfc 10\n',
    ],
    ['finds the header after ";"', 'network a; input 3x8x8\nfc 10\n', 'network a; input 1x28x28\nfc 10\n'],
    ['leaves a commented input alone', '# input 3x8x8\nfc 10\n', 'input 1x28x28\n# input 3x8x8\nfc 10\n'],
    ['leaves a layer named input alone', 'input: fc 10\n', 'input 1x28x28\ninput: fc 10\n'],
    ['completes an input without a value', 'input\nfc 10\n', 'input 1x28x28\nfc 10\n'],
    [
      'ignores words inside a block',
      'x: concat {\n { input 3 }\n {}\n}\n',
      'input 1x28x28\nx: concat {\n { input 3 }\n {}\n}\n',
    ],
  ])('%s', (_what, text, expected) => {
    expect(setInputShape(text, [1, 28, 28])).toBe(expected);
  });

  it('returns text the reader cannot split unchanged', () => {
    expect(setInputShape('input 3x8x8\nｃｏｎｖ 8\n', [1, 28, 28])).toBe('input 3x8x8\nｃｏｎｖ 8\n');
  });

  it('gives a printed network the new input and nothing else', () => {
    const network = presetNetwork('alexnet2012')!;
    const text = setInputShape(printNetwork(network), [3, 256, 256]);
    expect(parseNetworkText(text)).toEqual({ ...network, input: [3, 256, 256] });
  });
});
