import { adaptiveAvgPool, buildNetwork, conv, dropout, flatten, linear, maxPool, relu } from '../builder.ts';
import type { Preset } from '../preset.ts';

/** VGG configuration "D": channels per 3x3 conv, 0 for a 2x2 max pool. */
const configuration = [64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0];

export const vgg16: Preset = {
  name: 'vgg16',
  title: 'VGG-16 (torchvision)',
  description:
    'torchvision VGG-16 without batch norm: thirteen 3x3 convs in five stages, three fully connected layers.',
  group: 'torchvision',
  build: () =>
    buildNetwork('vgg16', [3, 224, 224], (net) => {
      let index = 0;
      for (const channels of configuration) {
        if (channels === 0) {
          net.add(`features.${index++}`, maxPool(2, { stride: 2 }));
        } else {
          net.add(`features.${index++}`, conv(channels, 3, { padding: 1 })).add(`features.${index++}`, relu);
        }
      }
      net
        .add('avgpool', adaptiveAvgPool(7))
        .add('flatten', flatten)
        .add('classifier.0', linear(4096))
        .add('classifier.1', relu)
        .add('classifier.2', dropout(0.5))
        .add('classifier.3', linear(4096))
        .add('classifier.4', relu)
        .add('classifier.5', dropout(0.5))
        .add('classifier.6', linear(1000));
    }),
};
