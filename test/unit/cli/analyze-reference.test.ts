import { describe, expect, it } from 'vitest';
import { analyzeJson, layer } from './analyze-cli.ts';

/** ENGINE.md's reference table: params, MACs and the final receptive field, through the CLI's JSON. */
const reference = [
  { model: 'alexnet', params: 61_100_840, macs: 714_188_480, rfLayer: 'avgpool', rf: 195 },
  { model: 'vgg16', params: 138_357_544, macs: 15_470_264_320, rfLayer: 'avgpool', rf: 212 },
  { model: 'googlenet', params: 6_624_904, macs: 1_498_376_192, rfLayer: 'inception5b', rf: 379 },
  { model: 'resnet18', params: 11_689_512, macs: 1_814_073_344, rfLayer: 'layer4.1.relu_2', rf: 435 },
  { model: 'resnet50', params: 25_557_032, macs: 4_089_184_256, rfLayer: 'layer4.2.relu_3', rf: 427 },
  { model: 'mobilenet_v2', params: 3_504_872, macs: 300_774_272, rfLayer: 'features.18.2', rf: 491 },
  { model: 'squeezenet1_0', params: 1_248_424, macs: 818_924_576, rfLayer: 'classifier.2', rf: 155 },
  { model: 'alexnet2012', params: 60_965_224, macs: 724_406_816, rfLayer: 'fc6', rf: 355 },
  { model: 'alexnet2012-ungrouped', params: 62_378_344, macs: 1_135_256_096, rfLayer: 'fc6', rf: 355 },
];

describe('analyze reproduces ENGINE.md reference numbers', () => {
  for (const { model, params, macs, rfLayer, rf } of reference) {
    it(`${model}: ${params} params, ${macs} MACs, RF ${rf} at ${rfLayer}`, async () => {
      const json = await analyzeJson([model]);
      expect(json.totals.params).toBe(params);
      expect(json.totals.macs).toBe(macs);
      expect(json.totals.flops).toBe(2 * macs);
      expect(layer(json, rfLayer).rf.size).toEqual([rf, rf]);
    });
  }

  it('the final RF sits where the features end: the next layer is the head (flatten, global pool or fc)', async () => {
    for (const { model, rfLayer } of reference.filter((entry) => !entry.model.startsWith('alexnet2012'))) {
      const json = await analyzeJson([model]);
      const next = json.layers[json.layers.findIndex((entry) => entry.name === rfLayer) + 1]!;
      expect(['flatten', 'adaptive_avg_pool2d'], model).toContain(next.kind);
      expect(next.output.slice(1).every((size) => size === 1) || next.kind === 'flatten', model).toBe(true);
    }
  });

  it('JSON has exactly the documented keys, output without the batch dimension', async () => {
    const json = await analyzeJson(['resnet18']);
    expect(Object.keys(json)).toEqual(['model', 'input', 'layers', 'totals', 'bottlenecks']);
    expect(Object.keys(json.layers[1]!)).toEqual([
      'name',
      'kind',
      'output',
      'params',
      'macs',
      'flops',
      'activations',
      'rf',
    ]);
    expect(Object.keys(json.layers[1]!.rf)).toEqual(['size', 'jump', 'start']);
    expect(Object.keys(json.totals)).toEqual(['params', 'macs', 'flops', 'activations']);
    expect(json.input).toEqual([3, 224, 224]);
    expect(layer(json, 'conv1')).toMatchObject({
      output: [64, 112, 112],
      rf: { size: [7, 7], jump: [2, 2], start: [-3, -3] },
    });
    expect(layer(json, 'fc').output).toEqual([1000]);
  });

  it('--input changes the analysis and --dtype only the bytes', async () => {
    const small = await analyzeJson(['resnet18', '--input', '3x112x112']);
    expect(layer(small, 'conv1').output).toEqual([64, 56, 56]);
    expect(small.totals.params).toBe(11_689_512);
    const half = await analyzeJson(['alexnet2012', '--dtype=fp16']);
    expect(layer(half, 'conv1').activations).toBe(290_400);
  });
});
