import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/shared/nn/analyze.ts';
import { parseNetworkText } from '../../../src/shared/nn/dsl/parse.ts';
import { printNetwork } from '../../../src/shared/nn/dsl/print.ts';
import type { NetworkSpec } from '../../../src/shared/nn/network.ts';
import { layerKindList } from '../../../src/shared/nn/registry.ts';
import {
  addLayer,
  changeKind,
  emptyNetwork,
  inputsComeFirst,
  moveLayer,
  removeLayer,
  replaceLayer,
  starterAttributes,
} from '../../../src/renderer/features/calculator/network-edit.ts';

const chain = parseNetworkText('input 3x32x32\nconv 8 k3\nrelu\nmaxpool k2\nfc 10\n');
const names = (network: NetworkSpec) => network.layers.map((layer) => layer.name);
const inputs = (network: NetworkSpec) => network.layers.map((layer) => layer.inputs.join('+'));

describe('editing a network in the layer list', () => {
  it('gives every kind a valid starting layer', () => {
    for (const layerKind of layerKindList.filter((entry) => entry.inputs === 'one')) {
      const network = addLayer(emptyNetwork(), layerKind.kind, -1);
      expect(() => analyzeNetwork(network), layerKind.kind).not.toThrow();
      expect(parseNetworkText(printNetwork(network)).layers[0]!.attributes).toEqual(
        starterAttributes(layerKind.kind),
      );
    }
  });

  it('adds a layer into a chain and rewires the next one to read it', () => {
    const added = addLayer(chain, 'batch_norm2d', 0);
    expect(names(added)).toEqual(['conv1', 'bn1', 'relu1', 'maxpool1', 'fc1']);
    expect(inputs(added)).toEqual(['input', 'conv1', 'bn1', 'relu1', 'maxpool1']);
    expect(names(addLayer(chain, 'conv2d', 3))).toContain('conv2');
  });

  it('adds a join reading the two layers before it', () => {
    const joined = addLayer(chain, 'add', 1);
    expect(joined.layers[2]).toMatchObject({ name: 'add1', inputs: ['conv1', 'relu1'] });
    expect(joined.layers[3]!.inputs).toEqual(['add1']);
  });

  it('removes a layer: the chain closes, and a layer that named it reads its input', () => {
    expect(inputs(removeLayer(chain, 1))).toEqual(['input', 'conv1', 'maxpool1']);
    const branched = parseNetworkText('input 3x8x8\na: conv 4 k1\nb: relu\nsum: add <- a b\n');
    const removed = removeLayer(branched, 1);
    expect(removed.layers.find((layer) => layer.name === 'sum')!.inputs).toEqual(['a']);
  });

  it('moves layers in a chain and refuses a move that puts a layer before its input', () => {
    const moved = moveLayer(chain, 2, -1)!;
    expect(names(moved)).toEqual(['conv1', 'maxpool1', 'relu1', 'fc1']);
    expect(inputs(moved)).toEqual(['input', 'conv1', 'maxpool1', 'relu1']);
    expect(moveLayer(chain, 0, -1)).toBeNull();
    const branched = parseNetworkText('input 3x8x8\na: conv 4 k1\nb: conv 4 k1 <- input\nsum: add <- a b\n');
    expect(moveLayer(branched, 2, -1)).toBeNull();
    expect(names(moveLayer(branched, 1, -1)!)).toEqual(['b', 'a', 'sum']);
    expect(inputsComeFirst(moveLayer(branched, 1, -1)!)).toBe(true);
  });

  it('renames a layer everywhere it is read, and changes its kind with fresh attributes', () => {
    const branched = parseNetworkText('input 3x8x8\na: conv 4 k1\nb: relu\nsum: add <- a b\n');
    const renamed = replaceLayer(branched, 0, { ...branched.layers[0]!, name: 'stem' });
    expect(inputs(renamed)).toEqual(['input', 'stem', 'stem+b']);
    const pooled = changeKind(chain.layers[0]!, 'max_pool2d');
    expect(pooled).toMatchObject({ kind: 'max_pool2d', inputs: ['input'], attributes: { kernel: [2, 2] } });
  });
});
