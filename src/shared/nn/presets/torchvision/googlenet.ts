import {
  adaptiveAvgPool,
  batchNorm,
  buildNetwork,
  conv,
  dropout,
  flatten,
  linear,
  maxPool,
  relu,
  type Sequence,
} from '../builder.ts';
import type { Preset } from '../preset.ts';

/** torchvision's BasicConv2d: conv (no bias), BN, then a functional ReLU (named `relu` here, not a module). */
function basicConv(
  net: Sequence,
  name: string,
  channels: number,
  kernel: number,
  more: Record<string, unknown> = {},
): void {
  net
    .add(`${name}.conv`, conv(channels, kernel, { bias: false, ...more }))
    .add(`${name}.bn`, batchNorm)
    .add(`${name}.relu`, relu);
}

/** Inception(in, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj); torchvision's "5x5" branch is a 3x3. */
function inception(
  net: Sequence,
  name: string,
  [ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, poolProj]: readonly number[],
): void {
  net.join(name, 'concat', [
    (branch) => basicConv(branch, `${name}.branch1`, ch1x1!, 1),
    (branch) => {
      basicConv(branch, `${name}.branch2.0`, ch3x3red!, 1);
      basicConv(branch, `${name}.branch2.1`, ch3x3!, 3, { padding: 1 });
    },
    (branch) => {
      basicConv(branch, `${name}.branch3.0`, ch5x5red!, 1);
      basicConv(branch, `${name}.branch3.1`, ch5x5!, 3, { padding: 1 });
    },
    (branch) => {
      branch.add(`${name}.branch4.0`, maxPool(3, { stride: 1, padding: 1, ceilMode: true }));
      basicConv(branch, `${name}.branch4.1`, poolProj!, 1);
    },
  ]);
}

export const googlenet: Preset = {
  name: 'googlenet',
  title: 'GoogLeNet (torchvision)',
  description:
    'torchvision GoogLeNet without the auxiliary heads; its "5x5" branches are 3x3 convs (unlike the paper); ceil-mode pooling.',
  group: 'torchvision',
  build: () =>
    buildNetwork('googlenet', [3, 224, 224], (net) => {
      basicConv(net, 'conv1', 64, 7, { stride: 2, padding: 3 });
      net.add('maxpool1', maxPool(3, { stride: 2, ceilMode: true }));
      basicConv(net, 'conv2', 64, 1);
      basicConv(net, 'conv3', 192, 3, { padding: 1 });
      net.add('maxpool2', maxPool(3, { stride: 2, ceilMode: true }));
      inception(net, 'inception3a', [64, 96, 128, 16, 32, 32]);
      inception(net, 'inception3b', [128, 128, 192, 32, 96, 64]);
      net.add('maxpool3', maxPool(3, { stride: 2, ceilMode: true }));
      inception(net, 'inception4a', [192, 96, 208, 16, 48, 64]);
      inception(net, 'inception4b', [160, 112, 224, 24, 64, 64]);
      inception(net, 'inception4c', [128, 128, 256, 24, 64, 64]);
      inception(net, 'inception4d', [112, 144, 288, 32, 64, 64]);
      inception(net, 'inception4e', [256, 160, 320, 32, 128, 128]);
      net.add('maxpool4', maxPool(2, { stride: 2, ceilMode: true }));
      inception(net, 'inception5a', [256, 160, 320, 32, 128, 128]);
      inception(net, 'inception5b', [384, 192, 384, 48, 128, 128]);
      net
        .add('avgpool', adaptiveAvgPool(1))
        .add('flatten', flatten)
        .add('dropout', dropout(0.2))
        .add('fc', linear(1000));
    }),
};
