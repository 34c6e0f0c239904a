import { adaptiveAvgPool, buildNetwork, conv, dropout, flatten, linear, maxPool, relu } from '../builder.ts';
import type { Preset } from '../preset.ts';

/** torchvision.models.alexnet: the single-GPU "one weird trick" variant (64/192/384/256/256, 224 input). */
export const alexnet: Preset = {
  name: 'alexnet',
  title: 'AlexNet (torchvision)',
  description:
    'torchvision AlexNet: the single-GPU "one weird trick" variant, 64/192/384/256/256 channels, 224x224 input.',
  group: 'torchvision',
  build: () =>
    buildNetwork('alexnet', [3, 224, 224], (net) => {
      net
        .add('features.0', conv(64, 11, { stride: 4, padding: 2 }))
        .add('features.1', relu)
        .add('features.2', maxPool(3, { stride: 2 }))
        .add('features.3', conv(192, 5, { padding: 2 }))
        .add('features.4', relu)
        .add('features.5', maxPool(3, { stride: 2 }))
        .add('features.6', conv(384, 3, { padding: 1 }))
        .add('features.7', relu)
        .add('features.8', conv(256, 3, { padding: 1 }))
        .add('features.9', relu)
        .add('features.10', conv(256, 3, { padding: 1 }))
        .add('features.11', relu)
        .add('features.12', maxPool(3, { stride: 2 }))
        .add('avgpool', adaptiveAvgPool(6))
        .add('flatten', flatten)
        .add('classifier.0', dropout(0.5))
        .add('classifier.1', linear(4096))
        .add('classifier.2', relu)
        .add('classifier.3', dropout(0.5))
        .add('classifier.4', linear(4096))
        .add('classifier.5', relu)
        .add('classifier.6', linear(1000));
    }),
};
