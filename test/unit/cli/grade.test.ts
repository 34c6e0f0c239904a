import { describe, expect, it } from 'vitest';
import { gradeCommand } from '../../../src/cli/commands/grade.ts';
import { templateById } from '../../../src/shared/problems/registry.ts';
import { runCommand } from './run-command.ts';
import { spawnCli } from './spawn-cli.ts';

const grade = (args: string[]) => runCommand(gradeCommand, args);

describe('grade command', () => {
  it('grades homework-3 field by field, words the diagnoses in the language, and exits 0', async () => {
    const answer = { branch1: '25.7M', total: '372.5M', reduction: '22.46%' };
    const run = await grade(['homework-3', '--answer', JSON.stringify(answer), '--lang', 'zh']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const printed = JSON.parse(run.stdout) as { credit: number; fields: Record<string, unknown>[] };
    expect(printed.credit).toBe(1 / 8);
    expect(printed.fields[0]).toEqual({
      id: 'branch1',
      correct: true,
      followThrough: false,
      read: '25,700,000',
      expected: '25,690,112',
      diagnoses: [],
    });
    expect(printed.fields[1]).toMatchObject({ id: 'branch2', correct: false, read: null, diagnoses: [] });
    expect(printed.fields[3]).toMatchObject({
      id: 'total',
      correct: false,
      diagnoses: [{ code: 'branch-left-out', message: '漏算了一个分支：总数是所有分支之和。' }],
    });
    expect(printed.fields[7]).toMatchObject({
      id: 'reduction',
      diagnoses: [{ code: 'reduction-complement' }],
    });
  });

  it('says what could not be read, in the language, and counts it as not right', async () => {
    const run = await grade(['homework-2', '--answer', '{"params": "abc", "output": 1}']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { credit: number; fields: Record<string, unknown>[] };
    expect(printed.credit).toBe(0);
    expect(printed.fields[1]).toMatchObject({ id: 'params', correct: false, read: null });
    expect(printed.fields[1]!.error).toMatch(/^Character 1 "a"/);
  });

  it('grades a template’s variant for --seed, the solution with full credit', async () => {
    const template = templateById('conv-params')!;
    const problem = template.generate(42);
    const answers = template.solve(problem).answers;
    const answer = Object.fromEntries(problem.fields.map((field) => [field.id, String(answers[field.id])]));
    const run = await grade(['conv-params', '--seed=42', '--answer', JSON.stringify(answer)]);
    expect(JSON.parse(run.stdout)).toMatchObject({ credit: 1 });
  });

  it.each([
    [['nothing', '--answer', '{}'], 'No template or homework problem named "nothing".'],
    [['homework-9', '--answer', '{}'], 'No template or homework problem named "homework-9".'],
    [['homework-2', '--answer', '[1]'], '--answer must be a JSON object: field id -> the text typed.'],
    [['homework-2', '--answer', 'null'], '--answer must be a JSON object: field id -> the text typed.'],
    [['homework-2', '--answer', '{"params":'], '--answer is not valid JSON'],
    [
      ['homework-2', '--answer', '{"param": "760"}'],
      'homework-2 has no field "param"; its fields: output, params.',
    ],
    [['homework-2', '--answer', '{"params": [760]}'], 'field "params" must be a text, got [760].'],
    [['homework-2', '--seed', '3', '--answer', '{}'], 'homework-2 is a fixed problem: it takes no --seed.'],
    [['conv-params', '--seed', '-1', '--answer', '{}'], '--seed is a whole number from 0 to 4294967295'],
    [['homework-2'], "Missing --answer '<json object>'."],
    [['homework-2', '--answer', '{}', '--lang', 'fr'], '--lang is zh or en, got fr.'],
    [[], 'Name a template or a homework problem.'],
  ])('refuses %j with the usage and exit 2', async (args, message) => {
    const run = await grade(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run cli -- grade');
  });

  it('runs as `npm run cli -- grade …` through tsx', async () => {
    const run = await spawnCli([
      'grade',
      'homework-2',
      '--answer',
      '{"output": "32x32x10", "params": "750"}',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      credit: 0.5,
      fields: [{ correct: true }, { correct: false, diagnoses: [{ code: 'bias-forgotten' }] }],
    });
  }, 60_000);
});
