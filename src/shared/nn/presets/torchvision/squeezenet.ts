import {
  adaptiveAvgPool,
  buildNetwork,
  conv,
  dropout,
  flatten,
  maxPool,
  relu,
  type Sequence,
} from '../builder.ts';
import type { Preset } from '../preset.ts';

/** Fire(squeeze, expand1x1, expand3x3): a 1x1 squeeze, then 1x1 and 3x3 expands concatenated. */
function fire(net: Sequence, name: string, squeeze: number, expand: number): void {
  net.add(`${name}.squeeze`, conv(squeeze, 1)).add(`${name}.squeeze_activation`, relu);
  net.join(name, 'concat', [
    (branch) => branch.add(`${name}.expand1x1`, conv(expand, 1)).add(`${name}.expand1x1_activation`, relu),
    (branch) =>
      branch
        .add(`${name}.expand3x3`, conv(expand, 3, { padding: 1 }))
        .add(`${name}.expand3x3_activation`, relu),
  ]);
}

export const squeezenet10: Preset = {
  name: 'squeezenet1_0',
  title: 'SqueezeNet 1.0 (torchvision)',
  description:
    'torchvision SqueezeNet 1.0: Fire modules, ceil-mode pooling, a 1x1 conv classifier with global pooling.',
  group: 'torchvision',
  build: () =>
    buildNetwork('squeezenet1_0', [3, 224, 224], (net) => {
      const pool = maxPool(3, { stride: 2, ceilMode: true });
      net
        .add('features.0', conv(96, 7, { stride: 2 }))
        .add('features.1', relu)
        .add('features.2', pool);
      fire(net, 'features.3', 16, 64);
      fire(net, 'features.4', 16, 64);
      fire(net, 'features.5', 32, 128);
      net.add('features.6', pool);
      fire(net, 'features.7', 32, 128);
      fire(net, 'features.8', 48, 192);
      fire(net, 'features.9', 48, 192);
      fire(net, 'features.10', 64, 256);
      net.add('features.11', pool);
      fire(net, 'features.12', 64, 256);
      net
        .add('classifier.0', dropout(0.5))
        .add('classifier.1', conv(1000, 1))
        .add('classifier.2', relu)
        .add('classifier.3', adaptiveAvgPool(1))
        .add('flatten', flatten);
    }),
};
