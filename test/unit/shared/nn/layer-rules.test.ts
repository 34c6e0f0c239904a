import { describe, expect, it } from 'vitest';
import { layerInputsReason, layerNameReason } from '../../../../src/shared/nn/layer-rules.ts';
import { findLayerKind } from '../../../../src/shared/nn/registry.ts';

const taken = (name: string) => ['input', 'conv1', 'relu1'].includes(name);

describe('the layer rules the analyser and the layer form share', () => {
  it.each([
    ['conv2', null],
    ['layer4.2.conv2', null],
    ['conv1', { code: 'nameTaken', name: 'conv1' }],
    ['input', { code: 'inputNameTaken' }],
    ['a b', { code: 'badLayerName', name: 'a b', limit: 200 }],
    ['', { code: 'badLayerName', name: '', limit: 200 }],
    ['x'.repeat(201), { code: 'badLayerName', name: `${'x'.repeat(40)}…`, limit: 200 }],
  ])('names a layer %j: %j', (name, reason) => {
    expect(layerNameReason(name, taken)).toEqual(reason);
  });

  it('counts a layer’s inputs before it looks them up', () => {
    const conv = findLayerKind('conv2d')!;
    const add = findLayerKind('add')!;
    expect(layerInputsReason(conv, ['conv1'], taken)).toBeNull();
    expect(layerInputsReason(conv, ['conv1', 'relu1'], taken)).toEqual({
      code: 'takesOneInput',
      kind: 'conv2d',
      count: 2,
    });
    expect(layerInputsReason(conv, ['nowhere'], taken)).toEqual({ code: 'unknownInput', name: 'nowhere' });
    expect(layerInputsReason(add, ['conv1'], taken)).toEqual({
      code: 'joinInputCount',
      kind: 'add',
      limit: 256,
      count: 1,
    });
    expect(layerInputsReason(add, ['conv1', 'relu1'], taken)).toBeNull();
    expect(layerInputsReason(add, ['conv1', 'later'], taken)).toEqual({
      code: 'unknownInput',
      name: 'later',
    });
  });
});
