import { describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze-cli.ts';

describe('analyze arguments and formats', () => {
  for (const args of [
    [],
    ['alexnet', 'vgg16'],
    ['alexnet', '--format', 'xml'],
    ['alexnet', '--dtype', 'int8'],
    ['alexnet', '--input', '3x-1x224'],
    ['alexnet', '--input', 'NaNx1x1'],
    ['alexnet', '--input', '3x224'],
    ['alexnet', '--input'],
    ['alexnet', '--batch', '4'],
    ['alexnet', '--dtype', 'fp16', '--dtype', 'fp32'],
    ['no-such-model-or-file'],
  ]) {
    it(`refuses ${JSON.stringify(args)} with the usage and exit 2`, async () => {
      const run = await runAnalyze(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage: npm run cli -- analyze <preset|file>');
      expect(run.stdout).toBe('');
    });
  }

  it('refuses an input too large to analyse with exit 1', async () => {
    const run = await runAnalyze(['alexnet', '--input', '3x999999x224']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('INVALID_INPUT: input[1]: must be between 1 and 65536');
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await runAnalyze(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Presets: alexnet2012');
  });

  it('table: a row per layer, totals, bottlenecks and the feature receptive field', async () => {
    const run = await runAnalyze(['alexnet2012']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^conv1 +conv 96 k11 s4 +96x55x55 +34,944 +105,415,200 +290,400 +1,161,600 +11 +4 +0$/m,
    );
    expect(run.stdout).toMatch(/^Total +18 layers +60,965,224 +724,406,816/m);
    expect(run.stdout).toContain('Bottlenecks: params fc6 37,752,832 (61.93%); memory conv1 290,400');
    expect(run.stdout).toContain('Receptive field where the features end (pool5): 195x195');
  });

  it('csv: raw numbers, one line per layer plus header and totals', async () => {
    const run = await runAnalyze(['alexnet2012', '--format', 'csv', '--dtype', 'fp16']);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Name,Layer,Output,Params,MACs,Activations,Bytes (fp16),RF,Jump,Start');
    expect(lines).toContain('conv1,conv 96 k11 s4,96x55x55,34944,105415200,290400,580800,11,4,0');
    expect(lines).toHaveLength(1 + 19 + 1);
  });

  it('md: a Markdown table with right-aligned numbers and a summary list', async () => {
    const run = await runAnalyze(['lenet5', '--format', 'md']);
    expect(run.stdout).toContain('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
    expect(run.stdout).toContain('| c1 | conv 6 k5 | 6x28x28 | 156 | 117,600 |');
    expect(run.stdout).toContain('- Params 61,706');
  });

  it('warns when floor drops input rows', async () => {
    const run = await runAnalyze(['squeezenet1_0']);
    expect(run.stdout).toContain(
      'Warning, features.0: floor drops input row 223 and column 223: no window reaches them',
    );
  });
});
