import { describe, expect, it } from 'vitest';
import { wordFieldReason } from '../../../../src/shared/problems/field-messages.ts';
import { fieldKind, fieldKindList } from '../../../../src/shared/problems/fields/index.ts';
import type { FieldSpec, FieldValue } from '../../../../src/shared/problems/problem.ts';

const label = { zh: '答案', en: 'Answer' };

/** Reads `text` as the field does and says whether it is right for `expected`. */
function right(field: FieldSpec, expected: FieldValue, text: string): boolean {
  const kind = fieldKind(field.kind);
  const reading = kind.read(text, field);
  if (!reading.ok) throw new Error(`"${text}" was not read: ${reading.reason.code}`);
  return kind.matches(expected, reading.value, field);
}

describe('integer fields', () => {
  const field: FieldSpec = { id: 'params', label, kind: 'integer' };

  it('are exact, in every form the reader takes', () => {
    for (const text of ['760', '７６０', '7.6e2', '0.76K']) expect(right(field, 760, text)).toBe(true);
    expect(right(field, 760, '750')).toBe(false);
  });

  it('read a fraction as an answer (wrong, so a missing floor can be diagnosed), not as unreadable', () => {
    expect(fieldKind('integer').read('27.5', field)).toMatchObject({ ok: true, value: 27.5 });
    expect(right(field, 27, '27.5')).toBe(false);
  });

  it('take every unit of the field: memory in elements or in bytes', () => {
    const memory: FieldSpec = { ...field, scales: [1, 4] };
    expect(right(memory, 290_400, '290,400')).toBe(true);
    expect(right(memory, 290_400, '1,161,600')).toBe(true);
    expect(right(memory, 290_400, '580,800')).toBe(false);
  });

  it('print counts with thousands separators', () => {
    expect(fieldKind('integer').print(60_965_224, field)).toBe('60,965,224');
  });
});

describe('number fields', () => {
  it('take the homework’s rounding to 0.1 M, and no more', () => {
    const field: FieldSpec = { id: 'total', label, kind: 'number', tolerance: { absolute: 100_000 } };
    for (const text of ['191.8M', '191.9 M', '191,873,024', '1.91873024e8']) {
      expect(right(field, 191_873_024, text)).toBe(true);
    }
    expect(right(field, 191_873_024, '191.7M')).toBe(false);
    expect(right(field, 191_873_024, '192M')).toBe(false);
  });

  it('take a relative tolerance', () => {
    const field: FieldSpec = { id: 'macs', label, kind: 'number', tolerance: { relative: 0.005 } };
    expect(right(field, 12_845_056, '12.8M')).toBe(true);
    expect(right(field, 12_845_056, '12.7M')).toBe(false);
  });

  it('read a percentage as the fraction it means: 77.5 %, 77.54% and 0.775 are right for 77.54 %', () => {
    const field: FieldSpec = { id: 'reduction', label, kind: 'number', tolerance: { absolute: 0.0005 } };
    const reduction = 0.7754239;
    for (const text of ['77.5 %', '77.54%', '0.775', '0.7754', '７７.５％']) {
      expect(right(field, reduction, text)).toBe(true);
    }
    for (const text of ['77.6%', '22.5%', '77.5']) expect(right(field, reduction, text)).toBe(false);
    expect(fieldKind('number').read('77.5 %', field)).toMatchObject({
      value: 0.775,
      notes: [{ code: 'percent' }],
    });
  });

  it('take bare percentage points too when the field says so with scales [1, 100]', () => {
    const field: FieldSpec = {
      id: 'reduction',
      label,
      kind: 'number',
      tolerance: { absolute: 0.0005 },
      scales: [1, 100],
    };
    for (const text of ['77.5', '77.54', '77.5%', '0.775']) expect(right(field, 0.7754239, text)).toBe(true);
    expect(right(field, 0.7754239, '77.7')).toBe(false);
  });

  it('are exact without a tolerance', () => {
    const field: FieldSpec = { id: 'sigma0', label, kind: 'number' };
    expect(right(field, 0.5, '0.5')).toBe(true);
    expect(right(field, 0.5, '50%')).toBe(true);
    expect(right(field, 0.5, '0.50001')).toBe(false);
  });

  it('refuse a value of the wrong type from a template, naming the field', () => {
    const field: FieldSpec = { id: 'total', label, kind: 'number' };
    expect(() => fieldKind('number').matches([1, 2], 3, field)).toThrow('field total: expected a number');
  });
});

describe('shape fields', () => {
  const field: FieldSpec = { id: 'output', label, kind: 'shape' };

  it('read the homework’s width × height × depth in x, × or brackets', () => {
    for (const text of ['32x32x10', '32×32×10', '32 X 32 X 10', '(32, 32, 10)']) {
      expect(right(field, [32, 32, 10], text)).toBe(true);
    }
    expect(fieldKind('shape').print([32, 32, 10], field)).toBe('32×32×10');
  });

  it('compare in the order asked for, with the same number of sizes', () => {
    expect(right(field, [32, 32, 10], '10x32x32')).toBe(false);
    expect(right(field, [32, 32, 10], '32x32')).toBe(false);
  });

  it('say what they could not read', () => {
    expect(fieldKind('shape').read('32x32x', field)).toMatchObject({
      ok: false,
      reason: { code: 'unexpected-end' },
    });
  });
});

describe('choice fields', () => {
  const field: FieldSpec = {
    id: 'memory_bottleneck',
    label,
    kind: 'choice',
    choices: ['conv1', 'pool5|MAX POOL3|maxpool3', 'fc6'],
  };

  it('read a name or an alias, without case, spaces or width, as the canonical name', () => {
    for (const text of ['pool5', 'POOL5', 'MAX POOL3', 'max_pool3', 'Max-Pool3', 'ｐｏｏｌ５']) {
      expect(fieldKind('choice').read(text, field)).toMatchObject({
        ok: true,
        value: 'pool5',
        text: 'pool5',
      });
    }
    expect(right(field, 'pool5', 'max pool3')).toBe(true);
    expect(right(field, 'fc6', 'conv1')).toBe(false);
  });

  it('say which names they take when the text is none of them', () => {
    expect(fieldKind('choice').read(' fc9 ', field)).toEqual({
      ok: false,
      reason: { code: 'unknown-choice', text: 'fc9', choices: ['conv1', 'pool5', 'fc6'] },
    });
  });
});

describe('the kind registry', () => {
  it('finds each kind by its name, one module per kind', () => {
    for (const module of fieldKindList) expect(fieldKind(module.kind)).toBe(module);
    expect(new Set(fieldKindList.map((module) => module.kind)).size).toBe(fieldKindList.length);
  });
});

describe('the field reasons’ wording', () => {
  it('words a choice not understood in both languages, in the glossary’s punctuation', () => {
    expect(wordFieldReason({ code: 'unknown-choice', text: 'fc9', choices: ['conv1', 'fc6'] })).toEqual({
      zh: '无法识别「fc9」：应为 conv1、fc6 之一。',
      en: 'Could not read "fc9": expected one of conv1, fc6.',
    });
  });

  it('words an unreadable expression with and without its place', () => {
    expect(wordFieldReason({ code: 'expression-unreadable', text: 's(1-', at: 4 })).toEqual({
      zh: '无法识别表达式「s(1-」（第 5 个字符处）。',
      en: 'Could not read the expression "s(1-" (at character 5).',
    });
    expect(wordFieldReason({ code: 'expression-unreadable', text: '?', at: null }).en).toBe(
      'Could not read the expression "?".',
    );
  });

  it('words the reader’s reasons with the reader’s catalogue', () => {
    expect(wordFieldReason({ code: 'empty', expected: 'integer' })).toEqual({
      zh: '请输入一个整数。',
      en: 'Enter a whole number.',
    });
  });
});
