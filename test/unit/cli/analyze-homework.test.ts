import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeJson, layer, runAnalyze } from './analyze-cli.ts';

const homeworkLayers = [
  'conv1',
  'pool1',
  'conv2',
  'pool2',
  'conv3',
  'conv4',
  'conv5',
  'pool5',
  'fc6',
  'fc7',
  'fc8',
];

describe('homework 2, problem 6: AlexNet 2012', () => {
  it('receptive fields 11, 19, 51, 67, 99, 131, 163, 195, 355, 355, 355', async () => {
    const json = await analyzeJson(['alexnet2012']);
    expect(homeworkLayers.map((name) => layer(json, name).rf.size[0])).toEqual([
      11, 19, 51, 67, 99, 131, 163, 195, 355, 355, 355,
    ]);
    // The jump written as a product in the homework: 4, 4x2 = 8, 8x2 = 16, 16x2 = 32.
    expect(homeworkLayers.map((name) => layer(json, name).rf.jump[0])).toEqual([
      4, 8, 8, 16, 16, 16, 16, 32, 32, 32, 32,
    ]);
  });

  it('parameters per layer, grouped ("分组"), total 60,965,224', async () => {
    const json = await analyzeJson(['alexnet2012']);
    expect(homeworkLayers.map((name) => layer(json, name).params)).toEqual([
      34_944, 0, 307_456, 0, 885_120, 663_936, 442_624, 0, 37_752_832, 16_781_312, 4_097_000,
    ]);
    expect(json.totals.params).toBe(60_965_224);
  });

  it('parameters per layer, ungrouped ("不分组"), total 62,378,344', async () => {
    const json = await analyzeJson(['alexnet2012-ungrouped']);
    expect(homeworkLayers.map((name) => layer(json, name).params)).toEqual([
      34_944, 0, 614_656, 0, 885_120, 1_327_488, 884_992, 0, 37_752_832, 16_781_312, 4_097_000,
    ]);
    expect(json.totals.params).toBe(62_378_344);
  });

  it('activation elements per layer ("显存"), input 154,587 ... fc8 1,000; bottlenecks fc6 and conv1', async () => {
    for (const model of ['alexnet2012', 'alexnet2012-ungrouped']) {
      const json = await analyzeJson([model]);
      expect(layer(json, 'input').activations).toBe(154_587);
      expect(homeworkLayers.map((name) => layer(json, name).activations)).toEqual([
        290_400, 69_984, 186_624, 43_264, 64_896, 64_896, 43_264, 9_216, 4_096, 4_096, 1_000,
      ]);
      expect(json.bottlenecks.params.layer).toBe('fc6');
      expect(json.bottlenecks.params.value).toBe(37_752_832);
      expect(json.bottlenecks.memory.layer).toBe('conv1');
      expect(json.bottlenecks.memory.value).toBe(290_400);
    }
    const json = await analyzeJson(['alexnet2012']);
    expect(json.bottlenecks.params.share).toBeCloseTo(37_752_832 / 60_965_224, 12);
  });
});

describe('homework 2, problem 3: the Inception module', () => {
  it('naive 854,196,224 MACs, with bottlenecks 191,873,024, 77.54 % less, output 28x28x416', async () => {
    const naive = await analyzeJson(['inception-naive']);
    const bottleneck = await analyzeJson(['inception-bottleneck']);
    expect(naive.totals.macs).toBe(854_196_224);
    expect(bottleneck.totals.macs).toBe(191_873_024);
    expect(((naive.totals.macs - bottleneck.totals.macs) / naive.totals.macs) * 100).toBeCloseTo(77.54, 2);
    expect(naive.layers.at(-1)!.output).toEqual([416, 28, 28]);
    expect(bottleneck.layers.at(-1)!.output).toEqual([416, 28, 28]);
    // The parts the homework rounds to 0.1 M: 25.7, 346.8, 481.7; 12.8, 86.7, 6.4, 60.2.
    expect(naive.layers.slice(1, 4).map((entry) => entry.macs)).toEqual([
      25_690_112, 346_816_512, 481_689_600,
    ]);
    expect(bottleneck.layers.slice(1, 6).map((entry) => entry.macs)).toEqual([
      25_690_112, 12_845_056, 86_704_128, 6_422_528, 60_211_200,
    ]);
  });
});

describe('homework 2, problem 2: ten 5x5 filters on 32x32x3', () => {
  it('32x32x10 and 760 parameters, from a description file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'deepdrill-analyze-'));
    await writeFile(join(folder, 'problem2.net'), 'input 3x32x32\nconv 10 k5 s1 p2\n');
    const json = await analyzeJson(['problem2.net'], folder);
    expect(json.model).toBe('problem2');
    expect(json.layers[1]).toMatchObject({ kind: 'conv2d', output: [10, 32, 32], params: 760 });
  });

  it('the same layer as a JSON network file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'deepdrill-analyze-'));
    const network = {
      name: 'p2',
      input: [3, 32, 32],
      layers: [{ name: 'conv', kind: 'conv2d', outChannels: 10, kernel: 5, padding: 2 }],
    };
    await writeFile(join(folder, 'p2.json'), JSON.stringify(network));
    const json = await analyzeJson(['p2.json'], folder);
    expect(layer(json, 'conv')).toMatchObject({ output: [10, 32, 32], params: 760 });
  });

  it('an invalid layer names the file, line and reason, exit 1', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'deepdrill-analyze-'));
    await writeFile(join(folder, 'bad.net'), 'input 3x32x32\nconv 10 k0\n');
    const run = await runAnalyze(['bad.net'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.net:2:9: kernel must be between 1 and 65536, got 0/);
    await writeFile(join(folder, 'big.net'), 'input 3x4x4\nconv1: conv 10 k5\n');
    const big = await runAnalyze(['big.net'], folder);
    expect(big.code).toBe(1);
    expect(big.stderr).toContain(
      'Layer "conv1": the 5x5 kernel is larger than the padded input (height 4 + 0 + 0 = 4)',
    );
  });
});
