import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../../src/shared/nn/analyze.ts';
import { presetNetwork } from '../../../../../src/shared/nn/presets/index.ts';
import {
  kernelStackDefinition as template,
  kernelStackProblem,
  kernelStackTemplate,
} from '../../../../../src/shared/problems/templates/kernel-stack.ts';
import { gradeProperties, gradePropertiesOver } from './template-properties.ts';

const seeds = Array.from({ length: 1000 }, (_, index) => index * 7919 + 1);
const problems = seeds.map((seed) => template.generate(seed));

/** Homework 2, choice questions 3 and 5, with C = 64 as in the course's presets. */
const homework = kernelStackProblem('kernel-stack-homework', null, { channels: 64, kernel: 7 });

describe('kernel-stack: the homework’s 7x7 against three 3x3', () => {
  const answers = template.solve(homework).answers;

  it('gives 49C² against 27C², the same receptive field 7, and 1 against 3 non-linearities', () => {
    expect(answers).toEqual({
      params_large: 49 * 64 * 64,
      params_large_bias: 49 * 64 * 64 + 64,
      params_stack: 27 * 64 * 64,
      params_stack_bias: 27 * 64 * 64 + 3 * 64,
      rf_large: 7,
      rf_stack: 7,
      nonlinear_large: 1,
      nonlinear_stack: 3,
      reduction: 1 - 27 / 49,
    });
  });

  it('agrees with the course presets conv7x7 and vgg-3x3-stack (no bias)', () => {
    const large = analyzeNetwork(presetNetwork('conv7x7')!, { explain: false });
    const stack = analyzeNetwork(presetNetwork('vgg-3x3-stack')!, { explain: false });
    expect(answers['params_large']).toBe(large.totals.params.total);
    expect(answers['params_stack']).toBe(stack.totals.params.total);
    expect(answers['rf_stack']).toBe(stack.layers.at(-1)!.rf.size[0]);
  });

  it('reads 44.9 %, 44.9 and 0.449 as right, 55.1 % as the share kept, 9 as kernels added', () => {
    const field = (answer: Record<string, string>, id: string) =>
      kernelStackTemplate.grade(homework, answer).fields.find((candidate) => candidate.id === id)!;
    for (const text of ['44.9%', '44.9', '0.449', '44.90 %']) {
      expect(field({ reduction: text }, 'reduction').correct, text).toBe(true);
    }
    expect(field({ reduction: '55.1%' }, 'reduction').diagnoses).toEqual(['reduction-complement']);
    expect(field({ rf_stack: '9' }, 'rf_stack').diagnoses).toEqual(['rf-kernels-added']);
    expect(field({ params_large_bias: '200,704' }, 'params_large_bias').diagnoses).toEqual([
      'bias-forgotten',
    ]);
    expect(field({ params_stack: '1728' }, 'params_stack').diagnoses).toEqual(['cin-forgotten']);
  });

  it('passes the acceptance properties', () => {
    const { checked, failures } = gradeProperties(kernelStackTemplate, homework);
    expect(failures).toEqual([]);
    expect(checked).toBe(8);
  });
});

describe('kernel-stack: variants over 1,000 seeds', () => {
  it('gives the same problem for the same seed', () => {
    expect(template.generate(seeds[9]!)).toEqual(problems[9]);
  });

  it('stays sensible: 5x5, 7x7 or 9x9 against 2, 3 or 4 layers of 3x3, the same field, fewer parameters', () => {
    const kernels = new Set<number>();
    for (const problem of problems) {
      const { kernel, channels } = problem.parameters;
      kernels.add(kernel);
      const answers = template.solve(problem).answers;
      expect(answers['rf_large']).toBe(kernel);
      expect(answers['rf_stack']).toBe(kernel);
      expect(answers['nonlinear_stack']).toBe((kernel - 1) / 2);
      expect(answers['params_stack']).toBeLessThan(answers['params_large'] as number);
      expect(channels).toBeLessThanOrEqual(512);
    }
    expect([...kernels].sort()).toEqual([5, 7, 9]);
  });

  it('holds the acceptance properties through the grader', () => {
    const { checked, failures } = gradePropertiesOver(kernelStackTemplate, problems);
    expect(failures).toEqual([]);
    expect(checked).toBe(8 * problems.length);
  }, 120_000);
});
