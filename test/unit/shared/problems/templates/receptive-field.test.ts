import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../../src/shared/nn/analyze.ts';
import { homework5 } from '../../../../../src/shared/problems/templates/homework-5.ts';
import { fieldSteps, fieldsUnder } from '../../../../../src/shared/problems/templates/layer-stack.ts';
import {
  receptiveFieldDefinition as template,
  receptiveFieldTemplate,
  stackNetwork,
  type ReceptiveFieldParameters,
} from '../../../../../src/shared/problems/templates/receptive-field.ts';
import type { Problem } from '../../../../../src/shared/problems/problem.ts';
import { gradeProperties, gradePropertiesOver } from './template-properties.ts';

const seeds = Array.from({ length: 1000 }, (_, index) => index * 7919 + 1);
const problems = seeds.map((seed) => template.generate(seed));

describe('receptive-field: homework-5', () => {
  it('is the hand-worked stack: R = 5, 6, 10, 12, 40, 40; j = 1, 2, 2, 4; conv2 on pool1 sees 3', () => {
    expect(template.solve(homework5).answers).toEqual({
      'rf.conv1': 5,
      'jump.conv1': 1,
      'rf.pool1': 6,
      'jump.pool1': 2,
      'rf.conv2': 10,
      'jump.conv2': 2,
      'rf.pool2': 12,
      'jump.pool2': 4,
      'rf.fc1': 40,
      'rf.fc2': 40,
      'rf_previous.conv2': 3,
    });
  });

  it('quotes the homework verbatim, with a translation', () => {
    expect(homework5.prompt.zh).toContain(
      '前一层上的感受野和在输入图像上的感受野分别有什么不同? 卷积层, 池化层, 全连接层的感受野该如何计算?',
    );
    expect(homework5.prompt.en).toContain('How does the receptive field on the previous layer differ');
    expect(homework5.seed).toBeNull();
  });

  it('names both misconceptions where they give another number', () => {
    const answers = template.solve(homework5).answers;
    const wrong = template.mistakes(homework5).filter((mistake) => mistake.value !== answers[mistake.field]);
    expect(wrong).toContainEqual({ code: 'rf-jump-ignored', field: 'rf.conv2', value: 8 });
    expect(wrong).toContainEqual({ code: 'rf-jump-ignored', field: 'rf.fc1', value: 16 });
    expect(wrong).toContainEqual({ code: 'rf-stride-not-multiplied', field: 'jump.pool2', value: 2 });
    expect(wrong).toContainEqual({ code: 'rf-stride-not-multiplied', field: 'rf.pool2', value: 11 });
  });

  it('works a row from the student’s own previous row (follow-through)', () => {
    // pool1 written as 7 instead of 6: conv2 is 7 + (3 - 1) x 2 = 11 from there.
    expect(template.solve(homework5, { 'rf.pool1': 7 }).answers['rf.conv2']).toBe(11);
    // pool2's jump written as 2 instead of 4: fc1 is 12 + (8 - 1) x 2 = 26 from there.
    expect(template.solve(homework5, { 'jump.pool2': 2 }).answers['rf.fc1']).toBe(26);
    // fc after fc keeps the student's own field.
    expect(template.solve(homework5, { 'rf.fc1': 33 }).answers['rf.fc2']).toBe(33);
  });

  it('diagnoses a single slip from the student’s own previous row', () => {
    const local = template.mistakes(homework5, { 'rf.pool1': 7 });
    expect(local).toContainEqual({ code: 'rf-jump-ignored', field: 'rf.conv2', value: 9 });
  });
});

describe('receptive-field: variants over 1,000 seeds', () => {
  it('gives the same problem for the same seed', () => {
    expect(template.generate(seeds[3]!)).toEqual(problems[3]);
  });

  it('stays workable by hand: 3 to 5 conv and pooling layers, whole sizes, a last map of 2 to 8', () => {
    for (const problem of problems) {
      const { layers, input } = problem.parameters;
      const windows = layers.filter((layer) => layer.kind !== 'fc');
      expect(windows.length).toBeGreaterThanOrEqual(3);
      expect(windows.length).toBeLessThanOrEqual(5);
      expect(layers.length - windows.length).toBeLessThanOrEqual(2);
      const analysis = analyzeNetwork(stackNetwork(problem.parameters), { explain: false });
      expect(analysis.warnings).toEqual([]);
      const maps = analysis.layers.filter((row) => row.output.length === 3);
      expect(maps.at(-1)!.output[1]).toBeGreaterThanOrEqual(2);
      expect(maps.at(-1)!.output[1]).toBeLessThanOrEqual(8);
      expect(input).toBeLessThanOrEqual(64);
      for (const value of Object.values(template.solve(problem).answers)) {
        expect(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000).toBe(true);
      }
    }
  });

  it('answers every field and nothing else', () => {
    for (const problem of problems) {
      const answers = template.solve(problem).answers;
      expect(Object.keys(answers).sort()).toEqual(problem.fields.map((field) => field.id).sort());
    }
  });

  it('works the field with the engine’s own step, the same as the engine’s analysis', () => {
    for (const problem of problems) {
      const network = stackNetwork(problem.parameters);
      const analysis = analyzeNetwork(network, { explain: false });
      const chain = fieldsUnder(fieldSteps(network, analysis), 'accumulated');
      for (const row of analysis.layers.slice(1)) {
        expect(chain.get(row.name)).toEqual({ size: row.rf.size[0], jump: row.rf.jump[0] });
      }
    }
  });

  it('follows through: a previous field off by d moves this one by d', () => {
    for (const problem of problems) {
      const { layers } = problem.parameters;
      const answers = template.solve(problem).answers;
      for (let index = 1; index < layers.length; index++) {
        const before = `rf.${layers[index - 1]!.name}`;
        const shifted = template.solve(problem, { [before]: (answers[before] as number) + 3 }).answers;
        const id = `rf.${layers[index]!.name}`;
        expect(shifted[id]).toBe((answers[id] as number) + 3);
      }
    }
  });

  it('gives no mistake that is not a positive whole number on a field of the problem', () => {
    for (const problem of problems) {
      const ids = new Set(problem.fields.map((field) => field.id));
      for (const mistake of template.mistakes(problem)) {
        expect(ids.has(mistake.field)).toBe(true);
        expect(Number.isInteger(mistake.value) && (mistake.value as number) >= 1).toBe(true);
      }
    }
  });

  it('has a misconception that shows on most variants (a stride above 1 before a kernel above 1)', () => {
    const shows = (problem: Problem<ReceptiveFieldParameters>) => {
      const answers = template.solve(problem).answers;
      return template.mistakes(problem).some((mistake) => mistake.value !== answers[mistake.field]);
    };
    expect(problems.filter(shows).length).toBeGreaterThan(900);
  });
});

describe('receptive-field: through the grader', () => {
  const grade = (answer: Record<string, string>) => receptiveFieldTemplate.grade(homework5, answer);
  const field = (answer: Record<string, string>, id: string) =>
    grade(answer).fields.find((candidate) => candidate.id === id)!;

  it('reproduces homework-5’s hand-worked numbers through grade, with full credit', () => {
    const answer = {
      'rf.conv1': '5',
      'jump.conv1': '1',
      'rf.pool1': '6',
      'jump.pool1': '2',
      'rf.conv2': '10',
      'jump.conv2': '2',
      'rf.pool2': '12',
      'jump.pool2': '4',
      'rf.fc1': '40',
      'rf.fc2': '40',
      'rf_previous.conv2': '3',
    };
    expect(grade(answer).credit).toBe(1);
  });

  it('marks a row right by follow-through from the student’s own wrong row', () => {
    const graded = field({ 'rf.pool1': '7', 'jump.pool1': '2', 'rf.conv2': '11' }, 'rf.conv2');
    expect([graded.correct, graded.followThrough]).toEqual([true, true]);
    expect(field({ 'rf.pool1': '7' }, 'rf.pool1').correct).toBe(false);
  });

  it('names rf-jump-ignored and rf-stride-not-multiplied', () => {
    expect(field({ 'rf.conv2': '8' }, 'rf.conv2').diagnoses).toEqual(['rf-jump-ignored']);
    expect(field({ 'jump.pool2': '2' }, 'jump.pool2').diagnoses).toEqual(['rf-stride-not-multiplied']);
    expect(field({ 'rf.fc1': '25' }, 'rf.fc1').diagnoses).toEqual(['rf-stride-not-multiplied']);
  });

  it('passes the acceptance properties on homework-5', () => {
    const { checked, failures } = gradeProperties(receptiveFieldTemplate, homework5);
    expect(failures).toEqual([]);
    expect(checked).toBe(9);
  });

  it('holds the acceptance properties over 1,000 seeds', () => {
    const { checked, failures } = gradePropertiesOver(receptiveFieldTemplate, problems);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(3000);
  }, 120_000);
});
