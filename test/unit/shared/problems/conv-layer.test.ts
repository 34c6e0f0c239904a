import { describe, expect, it } from 'vitest';
import { convLayer, homework2 } from '../../../../src/shared/problems/templates/conv-layer.ts';
import { checkTemplateProperties } from './template-properties.ts';

describe('conv-layer and homework-2', () => {
  it('holds the template properties over 1,000 seeds', () => {
    checkTemplateProperties(
      convLayer,
      ['padding-once', 'padding-forgotten', 'stride-ignored', 'bias-forgotten', 'cin-forgotten'],
      (problem) => {
        const [width, height, depth] = convLayer.solve(problem).answers.output as number[];
        expect(width).toBe(height);
        expect(depth).toBe(problem.parameters.filters);
        expect(width).toBeGreaterThanOrEqual(2);
      },
    );
  });

  it('reproduces the homework’s numbers field by field through grade: 32×32×10 and 760', () => {
    const grade = convLayer.grade(homework2, { output: '32x32x10', params: '760' });
    expect(grade.credit).toBe(1);
    expect(grade.fields.map(({ id, expected, correct }) => ({ id, expected, correct }))).toEqual([
      { id: 'output', expected: '32×32×10', correct: true },
      { id: 'params', expected: '760', correct: true },
    ]);
    expect(convLayer.grade(homework2, { output: '32×32×10', params: '760' }).credit).toBe(1);
  });

  it('diagnoses the homework’s likely mistakes: 750 forgets the bias, 30×30×10 adds the padding once', () => {
    const grade = convLayer.grade(homework2, { output: '30x30x10', params: '750' });
    expect(grade.fields).toMatchObject([
      { correct: false, diagnoses: ['padding-once'] },
      { correct: false, diagnoses: ['bias-forgotten'] },
    ]);
    expect(convLayer.grade(homework2, { output: '28x28x10', params: '260' }).fields).toMatchObject([
      { diagnoses: ['padding-forgotten'] },
      { diagnoses: ['cin-forgotten'] },
    ]);
  });

  it('states the homework verbatim, with its English translation', () => {
    expect(homework2.prompt.zh).toContain('包含 10 个滤波器（Filters），每个滤波器大小为 $5 \\times 5$');
    expect(homework2.prompt.en).toContain('10 filters, each $5 \\times 5$');
    expect(homework2).toMatchObject({ id: 'homework-2', template: 'conv-layer', seed: null });
  });
});
