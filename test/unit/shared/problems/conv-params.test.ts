import { describe, expect, it } from 'vitest';
import { convParams } from '../../../../src/shared/problems/templates/conv-params.ts';
import { checkTemplateProperties } from './template-properties.ts';

describe('conv-params', () => {
  it('holds the template properties over 1,000 seeds, with layers of sensible sizes', () => {
    checkTemplateProperties(convParams, ['bias-forgotten', 'cin-forgotten', 'groups-ignored'], (problem) => {
      const { inChannels, outChannels, kernel, groups } = problem.parameters;
      expect(inChannels % groups).toBe(0);
      expect(outChannels % groups).toBe(0);
      expect(kernel).toBeLessThanOrEqual(7);
      expect(convParams.solve(problem).answers.params).toBeGreaterThan(0);
    });
  });

  it('counts the homework’s layer: 10 filters of 5×5 over 3 channels, with bias, is 760; 750 forgets the bias', () => {
    const problem = {
      ...convParams.generate(1),
      parameters: { inChannels: 3, outChannels: 10, kernel: 5, groups: 1, bias: true },
    };
    expect(convParams.solve(problem).answers.params).toBe(760);
    const grade = convParams.grade(problem, { params: '750' });
    expect(grade.fields[0]).toMatchObject({ correct: false, diagnoses: ['bias-forgotten'] });
    expect(convParams.grade(problem, { params: '260' }).fields[0]!.diagnoses).toEqual(['cin-forgotten']);
  });

  it('counts AlexNet’s grouped conv2 (307,456) and names the ungrouped count groups-ignored', () => {
    const problem = {
      ...convParams.generate(1),
      parameters: { inChannels: 96, outChannels: 256, kernel: 5, groups: 2, bias: true },
    };
    expect(convParams.solve(problem).answers.params).toBe(307_456);
    expect(convParams.grade(problem, { params: '614,656' }).fields[0]!.diagnoses).toEqual(['groups-ignored']);
  });
});
