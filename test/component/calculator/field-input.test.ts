import { describe, expect, it } from 'vitest';
import type { Field } from '../../../src/shared/nn/fields.ts';
import { findLayerKind } from '../../../src/shared/nn/registry.ts';
import {
  fieldText,
  readFieldInput,
  readNumberText,
} from '../../../src/renderer/features/calculator/field-input.ts';
import { calculatorMessages } from '../../../src/renderer/features/calculator/messages.ts';
import { wordReadReason } from '../../../src/shared/input/index.ts';

const errors = calculatorMessages.fieldErrors;

function field(kind: string, key: string): Field {
  const found = findLayerKind(kind)?.fields.find((entry) => entry.key === key);
  if (!found) throw new Error(`no field ${kind}.${key}`);
  return found;
}

describe('reading a typed attribute', () => {
  for (const [text, reason] of [
    ['', { code: 'empty', expected: 'integer' }],
    ['   ', { code: 'empty', expected: 'integer' }],
    ['abc', { code: 'unexpected-character', character: 'a' }],
    ['NaN', { code: 'unexpected-character', character: 'N' }],
    ['1e999', { code: 'overflow' }],
    ['-3', { code: 'negative', value: -3 }],
    ['2.5', { code: 'not-integer', value: 2.5 }],
    ['0', { code: 'below-minimum', minimum: 1 }],
    ['70000', { code: 'above-maximum', maximum: 65_536 }],
  ] as const) {
    it(`refuses a kernel of ${JSON.stringify(text)} with the reader's ${reason.code}, worded by its catalogue`, () => {
      const check = readFieldInput(field('conv2d', 'kernel'), text);
      if (check.ok || !check.reason) throw new Error(`${text} read, or refused without a reason`);
      expect(check.reason).toMatchObject(reason);
      expect(check.message).toEqual(wordReadReason(check.reason));
    });
  }

  it('reads a kernel as N or HxW, with any separator the reader takes, full-width too', () => {
    expect(readFieldInput(field('conv2d', 'kernel'), '5')).toEqual({ ok: true, value: [5, 5] });
    expect(readFieldInput(field('conv2d', 'kernel'), ' 1 x 7 ')).toEqual({ ok: true, value: [1, 7] });
    expect(readFieldInput(field('conv2d', 'kernel'), '3×2')).toEqual({ ok: true, value: [3, 2] });
    expect(readFieldInput(field('conv2d', 'kernel'), '３＊３')).toEqual({
      ok: true,
      value: [3, 3],
      readAs: { zh: '识别为 3×3：全角字符按半角读', en: 'read as 3×3: full-width characters read as ASCII' },
    });
    expect(readFieldInput(field('conv2d', 'kernel'), '(1, 7)')).toEqual({ ok: true, value: [1, 7] });
    expect(readFieldInput(field('conv2d', 'kernel'), '1x2x3')).toEqual({
      ok: false,
      message: errors.pairForm,
    });
    expect(readFieldInput(field('conv2d', 'kernel'), '3x-1')).toMatchObject({
      ok: false,
      reason: { code: 'negative', value: -1 },
    });
  });

  it('reads padding as N, HxW (or H,W as PyTorch), four sides, same or valid; zero is allowed', () => {
    const padding = field('conv2d', 'padding');
    expect(readFieldInput(padding, '0')).toEqual({ ok: true, value: [0, 0, 0, 0] });
    expect(readFieldInput(padding, '1x2')).toEqual({ ok: true, value: [1, 1, 2, 2] });
    expect(readFieldInput(padding, '1,2')).toEqual({ ok: true, value: [1, 1, 2, 2] });
    expect(readFieldInput(padding, '0, 1, 0, 1')).toEqual({ ok: true, value: [0, 1, 0, 1] });
    expect(readFieldInput(padding, '（0，1，0，1）')).toMatchObject({ ok: true, value: [0, 1, 0, 1] });
    expect(readFieldInput(padding, 'SAME')).toEqual({ ok: true, value: 'same' });
    expect(readFieldInput(padding, '1,2,3')).toEqual({ ok: false, message: errors.paddingForm });
    expect(readFieldInput(padding, '1x2x3x4x5')).toEqual({ ok: false, message: errors.paddingForm });
    expect(readFieldInput(padding, '-1')).toMatchObject({ ok: false, reason: { code: 'negative' } });
  });

  it('reads groups as a number or dw, a pooling stride as empty (the kernel) or a pair', () => {
    expect(readFieldInput(field('conv2d', 'groups'), 'dw')).toEqual({ ok: true, value: 'depthwise' });
    expect(readFieldInput(field('conv2d', 'groups'), '2')).toEqual({ ok: true, value: 2 });
    expect(readFieldInput(field('max_pool2d', 'stride'), '')).toEqual({ ok: true, value: null });
    expect(readFieldInput(field('max_pool2d', 'stride'), '2')).toEqual({ ok: true, value: [2, 2] });
    expect(readFieldInput(field('conv2d', 'stride'), '')).toMatchObject({
      ok: false,
      reason: { code: 'empty' },
    });
  });

  it('reads a probability below 1 and a count within its maximum, in every form the reader takes', () => {
    expect(readFieldInput(field('dropout', 'p'), '0.25')).toEqual({ ok: true, value: 0.25 });
    expect(readFieldInput(field('dropout', 'p'), '25%')).toEqual({
      ok: true,
      value: 0.25,
      readAs: { zh: '识别为 0.25：百分号（÷100）', en: 'read as 0.25: percent sign (÷100)' },
    });
    expect(readFieldInput(field('dropout', 'p'), '1')).toMatchObject({
      ok: false,
      reason: { code: 'not-below-maximum', maximum: 1 },
    });
    expect(readFieldInput(field('conv2d', 'outChannels'), '10')).toEqual({ ok: true, value: 10 });
    expect(readFieldInput(field('conv2d', 'outChannels'), '１，０２４')).toMatchObject({
      ok: true,
      value: 1024,
      readAs: { en: 'read as 1,024: full-width characters read as ASCII, thousands separators' },
    });
    expect(readNumberText('2000000', { min: 1, max: 1_048_576, whole: true })).toMatchObject({
      ok: false,
      reason: { code: 'above-maximum', maximum: 1_048_576 },
    });
  });

  it('prints values back to the text a field shows, and reads them again', () => {
    const cases: [Field, string][] = [
      [field('conv2d', 'kernel'), '5'],
      [field('conv2d', 'kernel'), '1x7'],
      [field('conv2d', 'padding'), '2'],
      [field('conv2d', 'padding'), '1x2'],
      [field('conv2d', 'padding'), '0,1,0,1'],
      [field('conv2d', 'padding'), 'same'],
      [field('conv2d', 'groups'), 'dw'],
      [field('max_pool2d', 'stride'), ''],
    ];
    for (const [entry, text] of cases) {
      const check = readFieldInput(entry, text);
      if (!check.ok) throw new Error(`${text} refused`);
      expect(fieldText(entry, check.value)).toBe(text);
    }
  });
});
