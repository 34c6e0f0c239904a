import { describe, expect, it } from 'vitest';
import { fixedInstance } from '../../../../src/shared/problems/templates/variant.ts';

describe('a fixed instance', () => {
  it('writes its content when first read, once, and reads like any problem', () => {
    let writes = 0;
    const problem = fixedInstance({ id: 'homework-9', template: 'conv-params', parameters: { k: 3 } }, () => {
      writes += 1;
      return {
        prompt: { zh: '题目', en: 'Question' },
        fields: [{ id: 'params', label: { zh: '参数量', en: 'Parameters' }, kind: 'integer' }],
        hints: [],
      };
    });
    // The problems deck reads only these: nothing is written for them.
    expect([problem.id, problem.template, problem.seed, problem.parameters]).toEqual([
      'homework-9',
      'conv-params',
      null,
      { k: 3 },
    ]);
    expect(writes).toBe(0);
    expect(problem.prompt.en).toBe('Question');
    expect(problem.fields.map((field) => field.id)).toEqual(['params']);
    expect(writes).toBe(1);
    // Spread, cloned or sent as JSON, it carries its content like a plain object.
    expect(JSON.parse(JSON.stringify(problem))).toMatchObject({ id: 'homework-9', hints: [] });
    expect(structuredClone({ ...problem }).prompt.zh).toBe('题目');
    expect(writes).toBe(1);
  });
});
