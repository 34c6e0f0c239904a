import { describe, expect, it } from 'vitest';
import { poolingOutput } from '../../../../src/shared/problems/templates/pooling-output.ts';
import { checkTemplateProperties } from './template-properties.ts';

describe('pooling-output', () => {
  it('holds the template properties over 1,000 seeds, with windows PyTorch takes', () => {
    checkTemplateProperties(
      poolingOutput,
      ['padding-once', 'padding-forgotten', 'stride-ignored', 'floor-missing', 'pool-has-params'],
      (problem) => {
        const { kernel, padding, stride } = problem.parameters;
        expect(padding).toBeLessThanOrEqual(kernel / 2);
        expect(stride).toBeLessThanOrEqual(kernel);
        expect(poolingOutput.solve(problem).answers).toMatchObject({ params: 0 });
      },
    );
  });

  it('works AlexNet’s pool1 (55 → 27, 3×3 stride 2) and names any parameter count pool-has-params', () => {
    const parameters = { input: 55, channels: 96, kernel: 3, stride: 2, padding: 0 };
    const problem = { ...poolingOutput.generate(1), parameters };
    expect(poolingOutput.solve(problem).answers).toEqual({ output: 27, params: 0 });
    const grade = poolingOutput.grade(problem, { output: '27', params: '864' });
    expect(grade.fields[1]).toMatchObject({ correct: false, diagnoses: ['pool-has-params'] });
    const uneven = { ...problem, parameters: { ...parameters, input: 56 } };
    expect(poolingOutput.grade(uneven, { output: '27.5', params: '0' }).fields[0]!.diagnoses).toEqual([
      'floor-missing',
    ]);
  });
});
