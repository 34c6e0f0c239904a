import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { presetNetwork } from '../../../../src/shared/nn/presets/index.ts';

/** Written by scripts/nn-torch-fixtures.py from torch 1.13 / torchvision 0.14 forward hooks. */
interface TorchFixture {
  model: string;
  params: number;
  macs: number;
  output: number[];
  layers: Array<{
    name: string;
    type: string;
    output: number[];
    weights: number;
    bias: number;
    buffers: number;
    macs: number;
  }>;
}

const torchKinds: Record<string, string> = {
  Conv2d: 'conv2d',
  BatchNorm2d: 'batch_norm2d',
  ReLU: 'relu',
  ReLU6: 'relu6',
  MaxPool2d: 'max_pool2d',
  AdaptiveAvgPool2d: 'adaptive_avg_pool2d',
  Dropout: 'dropout',
  Linear: 'linear',
};

const models = ['alexnet', 'vgg16', 'googlenet', 'resnet18', 'resnet50', 'mobilenet_v2', 'squeezenet1_0'];

function fixture(model: string): TorchFixture {
  const path = join(import.meta.dirname, '../../../fixtures/nn', `torch-${model}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as TorchFixture;
}

describe('torchvision presets agree with PyTorch layer by layer', () => {
  for (const model of models) {
    it(`${model}: every module's name, kind, output shape, weights, bias, buffers and MACs`, () => {
      const expected = fixture(model);
      const analysis = analyzeNetwork(presetNetwork(model)!, { explain: false });
      const rows = new Map(analysis.layers.map((row) => [row.name, row]));
      for (const module of expected.layers) {
        const row = rows.get(module.name);
        expect(row, `${model} has no layer ${module.name}`).toBeDefined();
        expect({ name: module.name, kind: row!.kind, output: row!.output }).toEqual({
          name: module.name,
          kind: torchKinds[module.type],
          output: module.output,
        });
        expect([row!.params.weights, row!.params.bias, row!.params.buffers, row!.macs], module.name).toEqual([
          module.weights,
          module.bias,
          module.buffers,
          module.macs,
        ]);
      }
      expect(analysis.totals.params.total).toBe(expected.params);
      expect(analysis.totals.macs).toBe(expected.macs);
      expect(analysis.layers.at(-1)!.output).toEqual(expected.output);
    });
  }

  it('layers that are not torch modules are the functional ones: joins, flatten, BasicConv2d relus, the pool of MobileNetV2', () => {
    for (const model of models) {
      const modules = new Set(fixture(model).layers.map((module) => module.name));
      const extra = analyzeNetwork(presetNetwork(model)!, { explain: false })
        .layers.slice(1)
        .filter((row) => !modules.has(row.name));
      for (const row of extra) {
        expect(['concat', 'add', 'flatten', 'relu', 'adaptive_avg_pool2d'], `${model} ${row.name}`).toContain(
          row.kind,
        );
      }
    }
  });
});
