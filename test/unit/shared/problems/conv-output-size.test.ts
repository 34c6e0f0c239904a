import { describe, expect, it } from 'vitest';
import { convOutputSize } from '../../../../src/shared/problems/templates/conv-output-size.ts';
import { checkTemplateProperties } from './template-properties.ts';

describe('conv-output-size', () => {
  it('holds the template properties over 1,000 seeds, with sizes a student works by hand', () => {
    checkTemplateProperties(
      convOutputSize,
      ['padding-once', 'padding-forgotten', 'stride-ignored', 'floor-missing'],
      (problem) => {
        const { parameters } = problem;
        expect(parameters.input).toBeGreaterThanOrEqual(5);
        expect(parameters.input).toBeLessThanOrEqual(64);
        expect([1, 2, 3, 5, 7]).toContain(parameters.kernel);
        expect(convOutputSize.solve(problem).answers.output).toBeGreaterThanOrEqual(2);
      },
    );
  });

  it('works the homework’s numbers: 32, K 5, S 1, P 2 gives 32; the mistakes give 30 and 28', () => {
    const problem = {
      ...convOutputSize.generate(1),
      parameters: { input: 32, kernel: 5, stride: 1, padding: 2, dilation: 1 },
    };
    expect(convOutputSize.solve(problem).answers.output).toBe(32);
    expect(convOutputSize.mistakes(problem)).toEqual([
      { code: 'padding-once', field: 'output', value: 30 },
      { code: 'padding-forgotten', field: 'output', value: 28 },
    ]);
    expect(convOutputSize.solve(problem).steps[1]!.formula).toBe(
      'W_{out} = \\left\\lfloor \\frac{32 - 5 + 2 \\times 2}{1} \\right\\rfloor + 1 = \\lfloor 31 \\rfloor + 1 = 32',
    );
  });

  it('keeps the fraction for floor-missing and diagnoses it', () => {
    const problem = {
      ...convOutputSize.generate(1),
      parameters: { input: 7, kernel: 3, stride: 2, padding: 0, dilation: 1 },
    };
    // ⌊(7 − 3)/2⌋ + 1 = 3 exactly, so there is no fraction to keep: floor-missing gives the right answer.
    expect(convOutputSize.grade(problem, { output: '3' }).fields[0]).toMatchObject({
      correct: true,
      diagnoses: [],
    });
    const uneven = { ...problem, parameters: { ...problem.parameters, input: 8 } };
    expect(convOutputSize.grade(uneven, { output: '3.5' }).fields[0]).toMatchObject({
      correct: false,
      diagnoses: ['floor-missing'],
    });
    expect(convOutputSize.grade(uneven, { output: '6' }).fields[0]!.diagnoses).toEqual(['stride-ignored']);
  });

  it('works a dilated kernel from its effective size d(K − 1) + 1', () => {
    const problem = {
      ...convOutputSize.generate(1),
      parameters: { input: 10, kernel: 3, stride: 1, padding: 0, dilation: 2 },
    };
    expect(convOutputSize.solve(problem).answers.output).toBe(6);
  });
});
