import { describe, expect, it } from 'vitest';
import { worksheetCommand } from '../../../src/cli/commands/worksheet.ts';
import { problemById, templates } from '../../../src/shared/problems/registry.ts';
import type { Worksheet } from '../../../src/shared/problems/worksheet.ts';
import { runCommand } from './run-command.ts';
import { spawnCli } from './spawn-cli.ts';

const worksheet = (args: string[]) => runCommand(worksheetCommand, args);

async function worksheetJson(args: string[]): Promise<Worksheet> {
  const run = await worksheet([...args, '--format', 'json']);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Worksheet;
}

describe('worksheet command', () => {
  it('prints N variants of a template from the seed on, each answer right by the grader', async () => {
    const { problems } = await worksheetJson(['conv-params', '--count', '3', '--seed', '10']);
    expect(problems.map((problem) => problem.id)).toEqual([
      'conv-params#10',
      'conv-params#11',
      'conv-params#12',
    ]);
    for (const printed of problems) {
      expect(Object.keys(printed)).toEqual(['id', 'template', 'seed', 'prompt', 'fields', 'answer', 'steps']);
      const { template, problem } = problemById(printed.id)!;
      expect(printed.fields.map((field) => field.id)).toEqual(problem.fields.map((field) => field.id));
      expect(template.grade(problem, printed.answer).credit).toBe(1);
      expect(printed.steps.length).toBeGreaterThan(0);
    }
  });

  it('prints the homework’s fixed problems in Chinese with the homework’s answers', async () => {
    const { problems } = await worksheetJson(['homework', '--lang', 'zh']);
    expect(problems.map(({ id, seed }) => ({ id, seed }))).toEqual(
      [1, 2, 3, 4, 5, 6].map((number) => ({ id: `homework-${number}`, seed: null })),
    );
    const [, second, third] = problems;
    expect(second!.template).toBe('conv-layer');
    expect(second!.answer).toEqual({ output: '32×32×10', params: '760' });
    expect(third!.template).toBe('inception');
    expect(third!.answer.bottleneck_total).toBe('191,873,024');
    expect(third!.prompt).toContain('考虑一个简单的 Inception 模块');
    expect(third!.fields[0]).toEqual({ id: 'branch1', label: '分支 1 的乘加次数（MACs）' });
  });

  it('prints every template for all', async () => {
    const { problems } = await worksheetJson(['all', '--count', '2']);
    expect(problems).toHaveLength(2 * templates.length);
    expect(new Set(problems.map((problem) => problem.template))).toEqual(
      new Set(templates.map((template) => template.id)),
    );
  });

  it('prints Markdown: the problems with blanks first, then the solutions with $…$ math', async () => {
    const run = await worksheet(['homework', '--lang', 'en']);
    expect(run.code).toBe(0);
    const solutions = run.stdout.indexOf('## Solutions');
    expect(run.stdout.startsWith('# Worksheet\n\n## Problems\n\n### 1. `homework-1`')).toBe(true);
    expect(run.stdout).toContain('### 2. `homework-2`');
    expect(run.stdout.indexOf('- Parameters (with bias): ________')).toBeLessThan(solutions);
    expect(run.stdout.indexOf('- Parameters (with bias): 760')).toBeGreaterThan(solutions);
    expect(run.stdout.slice(solutions)).toContain('$750 + 10 = 760$');
    const chinese = await worksheet(['homework', '--lang', 'zh']);
    expect(chinese.stdout).toContain('## 解答');
    expect(chinese.stdout).toContain('- 总参数量（含偏置）：760');
  });

  it.each([
    [['nothing'], 'No template named "nothing" (or homework, or all).'],
    [['conv-params', '--count', '0'], '--count is a whole number from 1 to 1000, got 0.'],
    [['conv-params', '--count', 'many'], '--count is a whole number from 1 to 1000, got many.'],
    [['conv-params', '--format', 'pdf'], '--format is md or json, got pdf.'],
    [['conv-params', '--lang', 'de'], '--lang is zh or en, got de.'],
    [['conv-params', '--size', '3'], 'Unknown option --size.'],
    [['conv-params', 'conv-macs'], 'One selection at a time, got conv-params conv-macs.'],
    [[], 'Name a template, homework or all.'],
  ])('refuses %j with the usage and exit 2', async (args, message) => {
    const run = await worksheet(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`worksheet: ${message}\nUsage: npm run cli -- worksheet`);
  });

  it('runs as `npm run cli -- worksheet …` through tsx', async () => {
    const run = await spawnCli(['worksheet', 'inception', '--seed', '5', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ problems: [{ id: 'inception#5', seed: 5 }] });
  }, 60_000);
});
