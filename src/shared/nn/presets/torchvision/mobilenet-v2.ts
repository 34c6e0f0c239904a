import {
  adaptiveAvgPool,
  batchNorm,
  buildNetwork,
  conv,
  dropout,
  flatten,
  linear,
  relu6,
  type Sequence,
} from '../builder.ts';
import type { Preset } from '../preset.ts';

/** Inverted residual settings (expansion t, channels c, repeats n, first stride s), torchvision order. */
const settings = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
] as const;

/** Conv2dNormActivation: conv (no bias), BN, ReLU6 as `.0`, `.1`, `.2`. */
function convNormActivation(
  net: Sequence,
  name: string,
  channels: number,
  kernel: number,
  more: Record<string, unknown> = {},
): void {
  net
    .add(`${name}.0`, conv(channels, kernel, { padding: (kernel - 1) / 2, bias: false, ...more }))
    .add(`${name}.1`, batchNorm)
    .add(`${name}.2`, relu6);
}

/** InvertedResidual: [1x1 expand], 3x3 depthwise, 1x1 linear projection + BN; residual when shapes allow. */
function invertedResidual(
  net: Sequence,
  name: string,
  inChannels: number,
  outChannels: number,
  stride: number,
  expansion: number,
): void {
  const hidden = inChannels * expansion;
  const body = (branch: Sequence): void => {
    let index = 0;
    if (expansion !== 1) convNormActivation(branch, `${name}.conv.${index++}`, hidden, 1);
    convNormActivation(branch, `${name}.conv.${index++}`, hidden, 3, { stride, groups: 'depthwise' });
    branch
      .add(`${name}.conv.${index++}`, conv(outChannels, 1, { bias: false }))
      .add(`${name}.conv.${index}`, batchNorm);
  };
  if (stride === 1 && inChannels === outChannels) net.join(name, 'add', [body, () => {}]);
  else body(net);
}

export const mobilenetV2: Preset = {
  name: 'mobilenet_v2',
  title: 'MobileNetV2 (torchvision)',
  description: 'torchvision MobileNetV2 (width 1.0): inverted residuals with depthwise 3x3 convs and ReLU6.',
  group: 'torchvision',
  build: () =>
    buildNetwork('mobilenet_v2', [3, 224, 224], (net) => {
      convNormActivation(net, 'features.0', 32, 3, { stride: 2 });
      let channels = 32;
      let index = 1;
      for (const [expansion, outChannels, repeats, firstStride] of settings) {
        for (let repeat = 0; repeat < repeats; repeat++) {
          invertedResidual(
            net,
            `features.${index++}`,
            channels,
            outChannels,
            repeat === 0 ? firstStride : 1,
            expansion,
          );
          channels = outChannels;
        }
      }
      convNormActivation(net, `features.${index}`, 1280, 1);
      net
        .add('pool', adaptiveAvgPool(1))
        .add('flatten', flatten)
        .add('classifier.0', dropout(0.2))
        .add('classifier.1', linear(1000));
    }),
};
