import { describe, expect, it } from 'vitest';
import { readFieldText, type Field } from '../../../../src/shared/nn/fields.ts';
import { findLayerKind } from '../../../../src/shared/nn/registry.ts';

function field(kind: string, key: string): Field {
  const found = findLayerKind(kind)?.fields.find((entry) => entry.key === key);
  if (!found) throw new Error(`no field ${kind}.${key}`);
  return found;
}

function refusal(read: () => unknown): unknown {
  try {
    read();
  } catch (thrown) {
    return (thrown as { reason: unknown }).reason;
  }
  throw new Error('read without a refusal');
}

describe('attribute text in the description language, read by the one reader', () => {
  it('reads a pair with any separator the reader takes for shapes', () => {
    const kernel = field('conv2d', 'kernel');
    expect(readFieldText(kernel, '3')).toEqual([3, 3]);
    expect(readFieldText(kernel, '1x7')).toEqual([1, 7]);
    expect(readFieldText(kernel, '1×7')).toEqual([1, 7]);
    expect(readFieldText(kernel, '1*7')).toEqual([1, 7]);
    expect(readFieldText(field('conv2d', 'padding'), '1,2')).toEqual([1, 1, 2, 2]);
    expect(readFieldText(field('conv2d', 'padding'), '0,1,0,1')).toEqual([0, 1, 0, 1]);
  });

  it('reads plain numbers only: no sign on counts, no thousands separators (a comma lists sides)', () => {
    expect(readFieldText(field('conv2d', 'outChannels'), '1e3')).toBe(1000);
    expect(readFieldText(field('dropout', 'p'), '.5')).toBe(0.5);
    expect(refusal(() => readFieldText(field('conv2d', 'outChannels'), '1,024'))).toEqual({
      code: 'fieldNotWhole',
      field: 'outChannels',
      got: '1,024',
    });
    expect(refusal(() => readFieldText(field('conv2d', 'padding'), '-1'))).toEqual({
      code: 'fieldNotWhole',
      field: 'padding',
      got: '-1',
    });
    expect(refusal(() => readFieldText(field('conv2d', 'kernel'), '1x2x3'))).toEqual({
      code: 'fieldPairForm',
      field: 'kernel',
      got: '1x2x3',
    });
    expect(refusal(() => readFieldText(field('conv2d', 'kernel'), '0x3'))).toEqual({
      code: 'fieldRange',
      field: 'kernel',
      min: 1,
      max: 65536,
      got: 0,
    });
    expect(refusal(() => readFieldText(field('dropout', 'p'), '50%'))).toEqual({
      code: 'fieldNotNumber',
      field: 'p',
      got: '50%',
    });
  });
});
