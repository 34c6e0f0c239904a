import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../../src/shared/nn/analyze.ts';
import { presetNetwork } from '../../../../../src/shared/nn/presets/index.ts';
import {
  memoryRows,
  parameterRows,
  tableRows,
  workAlexNet,
} from '../../../../../src/shared/problems/templates/alexnet-network.ts';
import {
  alexnetTableDefinition as template,
  alexnetTableTemplate,
} from '../../../../../src/shared/problems/templates/alexnet-table.ts';
import { homework6 } from '../../../../../src/shared/problems/templates/homework-6.ts';
import { fieldsUnder } from '../../../../../src/shared/problems/templates/layer-stack.ts';
import { gradeProperties, gradePropertiesOver } from './template-properties.ts';

const seeds = Array.from({ length: 1000 }, (_, index) => index * 7919 + 1);
/** Made once for every test here: an AlexNet's two analyses are the slow part, and they are kept per problem. */
const problems = seeds.map((seed) => template.generate(seed));

/** The homework's own answer table (homework2.md, problem 6), number by number. */
const homeworkTable = {
  rf: [11, 19, 51, 67, 99, 131, 163, 195, 355, 355, 355],
  grouped: [34_944, 307_456, 885_120, 663_936, 442_624, 37_752_832, 16_781_312, 4_097_000],
  ungrouped: [34_944, 614_656, 885_120, 1_327_488, 884_992, 37_752_832, 16_781_312, 4_097_000],
  memory: [154_587, 290_400, 69_984, 186_624, 43_264, 64_896, 64_896, 43_264, 9_216, 4_096, 4_096, 1_000],
};

describe('alexnet-table: homework-6', () => {
  const answers = template.solve(homework6).answers;

  it('has exactly the contract’s fields', () => {
    const ids = homework6.fields.map((field) => field.id);
    expect(ids).toEqual([
      ...tableRows.map((name) => `rf.${name}`),
      ...parameterRows.flatMap((name) => [`params.${name}`, `params_ungrouped.${name}`]),
      ...memoryRows.map((name) => `memory.${name}`),
      'params_bottleneck',
      'memory_bottleneck',
    ]);
    expect(Object.keys(answers).sort()).toEqual([...ids].sort());
  });

  it('reproduces the homework’s table, number by number (the homework and the engine agree on all 39)', () => {
    expect(tableRows.map((name) => answers[`rf.${name}`])).toEqual(homeworkTable.rf);
    expect(parameterRows.map((name) => answers[`params.${name}`])).toEqual(homeworkTable.grouped);
    expect(parameterRows.map((name) => answers[`params_ungrouped.${name}`])).toEqual(homeworkTable.ungrouped);
    expect(memoryRows.map((name) => answers[`memory.${name}`])).toEqual(homeworkTable.memory);
    expect(answers['params_bottleneck']).toBe('fc6');
    expect(answers['memory_bottleneck']).toBe('conv1');
  });

  it('is the alexnet2012 preset: the same layers, the same analysis', () => {
    const work = workAlexNet(homework6.parameters);
    const preset = analyzeNetwork(presetNetwork('alexnet2012')!, { explain: false });
    const ungrouped = analyzeNetwork(presetNetwork('alexnet2012-ungrouped')!, { explain: false });
    expect(work.network.layers).toEqual(presetNetwork('alexnet2012')!.layers);
    for (const name of memoryRows) {
      const row = preset.layers.find((candidate) => candidate.name === name)!;
      const mine = work.grouped.layers.find((candidate) => candidate.name === name)!;
      expect([mine.params, mine.activations, mine.rf]).toEqual([row.params, row.activations, row.rf]);
      const other = ungrouped.layers.find((candidate) => candidate.name === name)!;
      expect(work.ungrouped.layers.find((candidate) => candidate.name === name)!.params).toEqual(
        other.params,
      );
    }
  });

  it('quotes the homework verbatim, with a translation, and says MAX POOL3 is pool5', () => {
    expect(homework6.prompt.zh).toContain('求出Alexnet网络中');
    expect(homework6.prompt.zh).toContain('计算每层的参数量和显存占用，找到网络中的参数瓶颈和显存占用瓶颈。');
    expect(homework6.prompt.zh).toContain('MAX POOL3 即下表的 pool5');
    expect(homework6.prompt.en).toContain('parameter bottleneck and memory bottleneck');
  });

  it('works a row’s receptive field from the student’s previous row: pool1 = 27 makes conv2 59', () => {
    // 27 + (5 - 1) x 8 = 59: a wrong pool1 makes conv2's follow-through answer right.
    expect(template.solve(homework6, { 'rf.pool1': 27 }).answers['rf.conv2']).toBe(59);
    expect(template.solve(homework6, { 'rf.pool5': 200 }).answers['rf.fc6']).toBe(360);
  });

  it('works a row’s memory from the student’s previous map, in elements or in bytes', () => {
    // pool1 as 26 x 26 x 96 (the 224 input): conv2 keeps 26 x 26 and has 256 channels.
    expect(template.solve(homework6, { 'memory.pool1': 64_896 }).answers['memory.conv2']).toBe(173_056);
    expect(template.solve(homework6, { 'memory.conv2': 186_624 * 4 }).answers['memory.pool2']).toBe(43_264);
    // A number that is no 256 x n x n map leaves no follow-through: the true value stands.
    expect(template.solve(homework6, { 'memory.conv2': 12_345 }).answers['memory.pool2']).toBe(43_264);
  });

  it('names the bottleneck of the student’s own parameters (follow-through)', () => {
    expect(template.solve(homework6, { 'params.fc7': 50_000_000 }).answers['params_bottleneck']).toBe('fc7');
  });

  it('diagnoses every catalogued AlexNet mistake with the homework’s numbers', () => {
    const found = template.mistakes(homework6);
    const has = (code: string, field: string, value: number | string) =>
      expect(found).toContainEqual({ code, field, value });
    has('input-224', 'memory.input', 150_528);
    has('input-224', 'memory.conv1', 279_936);
    has('input-224', 'rf.fc6', 323);
    has('input-224', 'params.fc6', 26_218_496);
    has('groups-ignored', 'params.conv2', 614_656);
    has('bias-forgotten', 'params.fc6', 37_748_736);
    has('bias-forgotten', 'params_ungrouped.conv4', 1_327_104);
    has('memory-megabytes', 'memory.conv1', 1.16);
    has('memory-megabytes', 'memory.conv1', 0.29);
    has('pool-has-params', 'params_bottleneck', 'pool5');
    has('rf-jump-ignored', 'rf.conv2', 17);
    has('rf-stride-not-multiplied', 'rf.conv2', 27);
  });
});

describe('alexnet-table: variants over 1,000 seeds', () => {
  it('gives the same problem for the same seed', () => {
    expect(template.generate(seeds[5]!)).toEqual(problems[5]);
  });

  it('are smaller AlexNets with whole sizes, a last map of 2 to 5 and one largest layer per bottleneck', () => {
    for (const problem of problems) {
      const work = workAlexNet(problem.parameters);
      expect(work.grouped.warnings).toEqual([]);
      expect(problem.parameters.input).toBeLessThan(227);
      const pool5 = work.grouped.layers.find((row) => row.name === 'pool5')!;
      expect(pool5.output[1]).toBeGreaterThanOrEqual(2);
      expect(pool5.output[1]).toBeLessThanOrEqual(5);
      const answers = template.solve(problem).answers;
      expect(answers['params_bottleneck']).toBe(work.grouped.bottlenecks.params.layer);
      expect(answers['memory_bottleneck']).toBe(work.grouped.bottlenecks.memory.layer);
      expect(Object.keys(answers).sort()).toEqual(problem.fields.map((field) => field.id).sort());
    }
  });

  it('works the receptive field with the engine’s own step, the same as the analysis', () => {
    for (const problem of problems) {
      const work = workAlexNet(problem.parameters);
      const chain = fieldsUnder(work.steps, 'accumulated');
      const answers = template.solve(problem).answers;
      for (const name of tableRows) expect(chain.get(name)!.size).toBe(answers[`rf.${name}`]);
    }
  });

  it('follows the student’s own previous memory row: the true previous row gives the true answer', () => {
    for (const problem of problems.slice(0, 200)) {
      const answers = template.solve(problem).answers;
      const given = Object.fromEntries(
        memoryRows.map((name) => [`memory.${name}`, answers[`memory.${name}`]!]),
      );
      expect(template.solve(problem, given).answers).toEqual(answers);
    }
  });

  it('has no input-224 on a variant (its input is not the homework’s 227)', () => {
    for (const problem of problems) {
      expect(template.mistakes(problem).some((mistake) => mistake.code === 'input-224')).toBe(false);
    }
  });
});

describe('alexnet-table: through the grader', () => {
  it('grades homework-6’s solution 1 and diagnoses each of its mistakes', () => {
    const { checked, failures } = gradeProperties(alexnetTableTemplate, homework6);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('holds the acceptance properties over 1,000 seeds', () => {
    const { checked, failures } = gradePropertiesOver(alexnetTableTemplate, problems);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  }, 300_000);
});
