import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressionKind,
  expressionLengthLimit,
  readExpression,
} from '../../../../../src/shared/problems/fields/expression.ts';
import {
  evaluate,
  samplePoints,
  sigmoid,
} from '../../../../../src/shared/problems/fields/expression-tree.ts';
import type { FieldSpec, FieldValue } from '../../../../../src/shared/problems/problem.ts';

const field: FieldSpec = { id: 'derivative', label: { zh: '导数', en: 'Derivative' }, kind: 'expression' };
const derivative = 'σ(1 - σ)';

function value(text: string): FieldValue {
  const reading = expressionKind.read(text, field);
  if (!reading.ok) throw new Error(`«${text}» not read: ${JSON.stringify(reading.reason)}`);
  return reading.value;
}

function unreadableAt(text: string): number | null {
  const reading = expressionKind.read(text, field);
  if (reading.ok) throw new Error(`«${text}» was read as ${reading.text}`);
  expect(reading.reason).toMatchObject({ code: 'expression-unreadable', text });
  return reading.reason.code === 'expression-unreadable' ? reading.reason.at : null;
}

describe('expressionKind', () => {
  it('takes the Sigmoid derivative in every way a student writes it', () => {
    for (const text of [
      's(1-s)',
      'σ(1−σ)',
      'σ·(1-σ)',
      'σ * (1 - σ)',
      'sigma(1-sigma)',
      'sigma*(1-sigma)',
      'σ(x)(1-σ(x))',
      'σ(x)·(1 − σ(x))',
      '(1-s)s',
      'σ-σ^2',
      'σ - σ²',
      'e^-x/(1+e^-x)^2',
      'exp(-x)/(1+exp(-x))^2',
      'e^x/(1+e^x)^2',
      '1/(1+e^-x) * (1 - 1/(1+e^-x))',
      'σ（1－σ）',
    ]) {
      expect(expressionKind.matches(derivative, value(text), field), text).toBe(true);
    }
  });

  it('tells the misconceptions apart from the derivative and from each other', () => {
    const wrong = ['1-σ', 'σ^2', 'σ', 'e^-x', '1/(1+e^-x)', 's(1+s)', '(1-σ)^2'];
    for (const text of wrong)
      expect(expressionKind.matches(derivative, value(text), field), text).toBe(false);
    expect(expressionKind.matches('1 - σ', value('1−s'), field)).toBe(true);
    expect(expressionKind.matches('σ^2', value('sigma²'), field)).toBe(true);
    expect(expressionKind.matches('σ', value('1/(1+exp(-x))'), field)).toBe(true);
    expect(expressionKind.matches('σ', value('σ^2'), field)).toBe(false);
  });

  it('prints what it read with σ, `·` and the parentheses it needs, and reads that back', () => {
    expect(value('s(1-s)')).toBe('σ·(1 - σ)');
    expect(value('e^-x/(1+e^-x)^2')).toBe('e^(-x)/(1 + e^(-x))^2');
    expect(value('exp(-x)')).toBe('e^(-x)');
    expect(value('σ(x)(1-σ(x))')).toBe('σ·(1 - σ)');
    expect(value('-(1-x)')).toBe('-(1 - x)');
    expect(value('1 + -x')).toBe('1 + (-x)');
    expect(value('2^3^2')).toBe('2^3^2');
    expect(value('-x^2 + -x/x')).toBe('-x^2 + -x/x');
    expect(value('(2^3)^2')).toBe('(2^3)^2');
    expect(value('1-(2-3)')).toBe('1 - (2 - 3)');
    expect(expressionKind.print('s*(1-s)', field)).toBe('σ·(1 - σ)');
  });

  it('notes full-width forms and minus signs, as the number reader does', () => {
    const reading = expressionKind.read('σ（1−σ）', field);
    expect(reading.ok && reading.notes).toEqual([{ code: 'full-width' }, { code: 'minus-sign' }]);
  });

  it('says where it stopped, as an index into the typed text', () => {
    expect(unreadableAt('1 +')).toBe(3);
    expect(unreadableAt('(1-σ')).toBe(4);
    expect(unreadableAt('σ² 2')).toBe(3);
    expect(unreadableAt('y(1-y)')).toBe(0);
    expect(unreadableAt('σ(1-t)')).toBe(4);
    expect(unreadableAt('   ')).toBeNull();
    expect(unreadableAt('x!')).toBeNull();
  });

  it('refuses hostile text without running it or reaching a prototype', () => {
    for (const text of [
      'constructor',
      '__proto__',
      'toString',
      'x.constructor',
      'constructor(x)',
      '__proto__(1)',
      'import(x)',
      'import("fs")',
      'x = 5',
      'f(x) = x',
      'eval("1")',
      '[1, 2]',
      '{a: 1}',
      '"σ"',
      'x ? 1 : 2',
      'x[1]',
      'sqrt(x)',
      'σ(x, x)',
      'e^(constructor)',
    ]) {
      unreadableAt(text);
    }
    expect(unreadableAt('__proto__')).toBe(0);
    expect(unreadableAt('1 + constructor')).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 10,000-character expression at the length limit, before parsing it', () => {
    expect(unreadableAt('('.repeat(5_000) + ')'.repeat(5_000))).toBe(expressionLengthLimit);
    expect(unreadableAt('σ*'.repeat(5_000) + 'σ')).toBe(expressionLengthLimit);
    const deepest = '('.repeat(99) + 'σ' + ')'.repeat(99);
    expect(deepest.length).toBeLessThanOrEqual(expressionLengthLimit);
    expect(expressionKind.matches('σ', value(deepest), field)).toBe(true);
  });

  it('refuses a stored value that is not a formula, naming the field', () => {
    expect(() => expressionKind.matches(0.25, 'σ', field)).toThrow(/expression field derivative: 0.25/);
    expect(() => expressionKind.print('σ(', field)).toThrow(/cannot read the formula «σ\(»/);
  });

  it('compares by value at the sample points: σ is 1/(1+e^-x), and a non-finite value matches nothing', () => {
    const sigmaReading = readExpression('σ');
    if (!sigmaReading.ok) throw new Error('σ not read');
    for (const x of samplePoints) expect(evaluate(sigmaReading.expression, x)).toBe(sigmoid(x));
    expect(expressionKind.matches('1/x', value('1/x'), field)).toBe(false);
  });

  it('agrees with itself: any printed formula reads back to the same function', () => {
    const formula = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('x', 'σ', 'e', '2', '0.5'),
        fc
          .tuple(tie('node'), fc.constantFrom('+', '-', '*', '/', '^'), tie('node'))
          .map(([left, sign, right]) => `(${left})${sign}(${right})`),
        tie('node').map((operand) => `-(${operand})`),
      ),
    })).node;
    fc.assert(
      fc.property(formula, (text) => {
        if (text.length > expressionLengthLimit) return;
        const printed = value(text);
        expect(value(printed as string)).toBe(printed);
        const original = readExpression(text);
        const reread = readExpression(printed as string);
        if (!original.ok || !reread.ok) throw new Error('not read');
        for (const x of samplePoints) {
          expect(Object.is(evaluate(reread.expression, x), evaluate(original.expression, x))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
