import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opFileMessages, wordOpFileProblem } from '../../../../src/shared/conv/op-file-messages.ts';
import {
  opFileBudget,
  planOpFile,
  runPlannedCase,
  type OpFilePlan,
  type PlannedCase,
} from '../../../../src/shared/conv/op-file.ts';
import { opWorkLimit, type OpCase } from '../../../../src/shared/conv/op-cases.ts';
import { tensorJson, tensorToNested, type Tensor } from '../../../../src/shared/conv/tensor.ts';
import { languages } from '../../../../src/shared/deck/localized-text.ts';

const vectors = readFileSync(new URL('../../../fixtures/conv_vectors.json', import.meta.url), 'utf8');

/** A 1x1 convolution of one pixel padded by `padding` on every side: (2·padding + 1)² outputs, as many MACs. */
function paddedPixel(padding: number) {
  return { op: 'conv2d', input: [[[[1]]]], weight: [[[[1]]]], padding };
}

/** `channels` input channels of one pixel, padded: (2·padding + 1)² outputs, `channels` times as many MACs. */
function deepPixel(channels: number, padding: number) {
  const ones = Array.from({ length: channels }, () => [[1]]);
  return { op: 'conv2d', input: [ones], weight: [ones], padding };
}

function accepted(plan: OpFilePlan): PlannedCase[] {
  if (!plan.ok) throw new Error(`refused: ${plan.problem.code}`);
  return plan.cases;
}

describe('planOpFile', () => {
  it('checks every public case and keeps them in order', () => {
    const cases = accepted(planOpFile(vectors));
    expect(cases).toHaveLength(49);
    expect(cases.map((entry) => entry.where)).toEqual(cases.map((_, index) => `cases[${index}]`));
    expect(cases.every((entry) => 'opCase' in entry)).toBe(true);
  });

  it('takes a bare array too, and keeps a bad case as its refusal so the others still run', () => {
    const cases = accepted(planOpFile(JSON.stringify([paddedPixel(0), { ...paddedPixel(0), padding: -1 }])));
    expect('opCase' in cases[0]!).toBe(true);
    expect(cases[1]).toEqual({
      where: 'cases[1]',
      refusal: {
        code: 'INVALID_INPUT',
        message: 'cases[1].padding: must be between 0 and 1024, got -1',
        refusal: { code: 'outOfRange', field: 'cases[1].padding', min: 0, max: 1024, actual: -1 },
      },
    });
  });

  it.each([
    ['text that is not JSON', '{"cases": [', 'NOT_JSON'],
    ['JSON without cases', '{"tests": []}', 'NO_CASES'],
    ['null', 'null', 'NO_CASES'],
    ['a number', '12', 'NO_CASES'],
  ])('refuses %s as a whole', (_, text, code) => {
    const plan = planOpFile(text);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problem.code).toBe(code);
  });

  it('refuses more cases than the budget before checking any', () => {
    const text = `[${Array.from({ length: opFileBudget.cases + 1 }, () => '0').join(',')}]`;
    expect(planOpFile(text)).toEqual({
      ok: false,
      problem: { code: 'TOO_MANY_CASES', count: 10_001, limit: 10_000 },
    });
  });

  it('refuses 8 cases of padding 1024 (33.6 M outputs, each case alone is fine) before running any', () => {
    expect(accepted(planOpFile(JSON.stringify([paddedPixel(1024)])))).toHaveLength(1);
    const plan = planOpFile(JSON.stringify(Array.from({ length: 8 }, () => paddedPixel(1024))));
    expect(plan).toEqual({
      ok: false,
      problem: { code: 'TOO_MUCH_OUTPUT', outputElements: 8 * 2049 * 2049, limit: 8_000_000 },
    });
  });

  it('refuses cases that need more multiply-adds in all than the budget, each under its own limit', () => {
    // 990 channels over 1001 x 1001 outputs: 992 M multiply-adds, just under one case's limit of 1 G.
    const heavy = deepPixel(990, 500);
    const perCase = 1001 * 1001 * 990;
    expect(perCase).toBeLessThan(opWorkLimit);
    expect(accepted(planOpFile(JSON.stringify(Array(4).fill(heavy))))).toHaveLength(4);
    expect(planOpFile(JSON.stringify(Array(5).fill(heavy)))).toEqual({
      ok: false,
      problem: { code: 'TOO_MUCH_WORK', multiplyAdds: 5 * perCase, limit: 4 * opWorkLimit },
    });
  });
});

describe('runPlannedCase', () => {
  function only(text: string): { where: string; opCase: OpCase } {
    const [entry] = accepted(planOpFile(text));
    if (!entry || !('opCase' in entry)) throw new Error('the case was refused');
    return entry;
  }

  it('reports an output that overflows to Infinity, naming its element', () => {
    const entry = only(
      JSON.stringify([{ op: 'conv2d', input: [[[[1, 1e308, 1e308]]]], weight: [[[[1, 1]]]] }]),
    );
    expect(runPlannedCase(entry.opCase, entry.where)).toEqual({
      ok: false,
      problem: { code: 'NOT_FINITE', where: 'cases[0].output[0][0][0][1]', value: Infinity },
    });
  });

  it('reports Infinity minus Infinity as NaN', () => {
    const entry = only(
      JSON.stringify([{ op: 'conv2d', input: [[[[1e308, -1e308]]]], weight: [[[[10, 10]]]] }]),
    );
    const outcome = runPlannedCase(entry.opCase, entry.where);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.value).toBeNaN();
  });

  it('returns finite outputs as they are', () => {
    const entry = only(
      JSON.stringify([
        {
          op: 'maxpool2d',
          input: [
            [
              [
                [1, 2],
                [3, 4],
              ],
            ],
          ],
          kernel: 2,
        },
      ]),
    );
    const outcome = runPlannedCase(entry.opCase, entry.where);
    expect(outcome.ok && tensorToNested(outcome.output)).toEqual([[[[4]]]]);
  });
});

describe('tensorJson', () => {
  function tensor(shape: number[], fill: (index: number) => number): Tensor {
    const size = shape.reduce((product, length) => product * length, 1);
    return { shape, data: Float64Array.from({ length: size }, (_, index) => fill(index)) };
  }

  it.each([[[1, 1, 1, 1]], [[2, 3, 4, 5]], [[1, 1, 1, 10_000]], [[1, 1, 3, 4096]], [[7]], [[2, 0, 3]]])(
    'prints %j as JSON.stringify prints its nested arrays',
    (shape) => {
      const value = tensor(shape, (index) => (index % 7) * 0.5 - 1.25 - (index === 3 ? 1e21 : 0));
      expect([...tensorJson(value)].join('')).toBe(JSON.stringify(tensorToNested(value)));
    },
  );

  it('comes in pieces of at most 4096 numbers', () => {
    const pieces = [...tensorJson(tensor([1, 1, 1, 10_000], () => 1))];
    expect(Math.max(...pieces.map((piece) => piece.split(',').length))).toBeLessThanOrEqual(4097);
  });
});

describe('opFileMessages', () => {
  it('words every problem in both languages, with grouped counts', () => {
    const problems = [
      { code: 'NOT_JSON', detail: 'Unexpected end of JSON input' },
      { code: 'NO_CASES' },
      { code: 'TOO_MANY_CASES', count: 10_001, limit: 10_000 },
      { code: 'TOO_MUCH_WORK', multiplyAdds: 4_960_990_000, limit: 4_000_000_000 },
      { code: 'TOO_MUCH_OUTPUT', outputElements: 33_586_408, limit: 8_000_000 },
      { code: 'NOT_FINITE', where: 'cases[0].output[0][0][0][1]', value: Infinity },
    ] as const;
    expect(problems.map((problem) => problem.code).sort()).toEqual(
      Object.keys(opFileMessages.problems).sort(),
    );
    for (const language of languages) {
      for (const problem of problems) {
        const words = wordOpFileProblem(problem, language);
        expect(words).not.toMatch(/\{\w+\}/);
        for (const value of Object.values(problem).slice(1)) {
          const shown =
            typeof value === 'number' && Number.isInteger(value)
              ? value.toLocaleString('en-US')
              : String(value);
          expect(words).toContain(shown);
        }
      }
    }
    expect(wordOpFileProblem(problems[4], 'en')).toBe(
      'the outputs hold 33,586,408 numbers in all, over the limit of 8,000,000 for a file: nothing was run',
    );
  });
});
