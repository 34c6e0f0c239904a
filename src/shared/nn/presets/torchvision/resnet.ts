import {
  adaptiveAvgPool,
  batchNorm,
  buildNetwork,
  conv,
  flatten,
  linear,
  maxPool,
  relu,
  type Sequence,
} from '../builder.ts';
import type { Preset } from '../preset.ts';

type BlockKind = 'basic' | 'bottleneck';

/**
 * One residual block with torchvision's names. Its `relu` module runs after each inner BN and after the add;
 * the later calls are named relu_2, relu_3 (the forward-hook order). v1.5: the stride sits in the 3x3 conv.
 */
function residualBlock(
  net: Sequence,
  name: string,
  kind: BlockKind,
  inChannels: number,
  width: number,
  stride: number,
): number {
  const outChannels = kind === 'basic' ? width : width * 4;
  const downsample = stride !== 1 || inChannels !== outChannels;
  net.join(name, 'add', [
    (main) => {
      if (kind === 'basic') {
        main
          .add(`${name}.conv1`, conv(width, 3, { stride, padding: 1, bias: false }))
          .add(`${name}.bn1`, batchNorm)
          .add(`${name}.relu`, relu)
          .add(`${name}.conv2`, conv(width, 3, { padding: 1, bias: false }))
          .add(`${name}.bn2`, batchNorm);
      } else {
        main
          .add(`${name}.conv1`, conv(width, 1, { bias: false }))
          .add(`${name}.bn1`, batchNorm)
          .add(`${name}.relu`, relu)
          .add(`${name}.conv2`, conv(width, 3, { stride, padding: 1, bias: false }))
          .add(`${name}.bn2`, batchNorm)
          .add(`${name}.relu_2`, relu)
          .add(`${name}.conv3`, conv(outChannels, 1, { bias: false }))
          .add(`${name}.bn3`, batchNorm);
      }
    },
    (shortcut) => {
      if (downsample) {
        shortcut
          .add(`${name}.downsample.0`, conv(outChannels, 1, { stride, bias: false }))
          .add(`${name}.downsample.1`, batchNorm);
      }
    },
  ]);
  net.add(`${name}.${kind === 'basic' ? 'relu_2' : 'relu_3'}`, relu);
  return outChannels;
}

function resnet(
  name: string,
  kind: BlockKind,
  blocks: readonly number[],
): () => ReturnType<typeof buildNetwork> {
  return () =>
    buildNetwork(name, [3, 224, 224], (net) => {
      net
        .add('conv1', conv(64, 7, { stride: 2, padding: 3, bias: false }))
        .add('bn1', batchNorm)
        .add('relu', relu)
        .add('maxpool', maxPool(3, { stride: 2, padding: 1 }));
      let channels = 64;
      blocks.forEach((count, stage) => {
        const width = 64 << stage;
        for (let block = 0; block < count; block++) {
          const stride = stage > 0 && block === 0 ? 2 : 1;
          channels = residualBlock(net, `layer${stage + 1}.${block}`, kind, channels, width, stride);
        }
      });
      net.add('avgpool', adaptiveAvgPool(1)).add('flatten', flatten).add('fc', linear(1000));
    });
}

export const resnet18: Preset = {
  name: 'resnet18',
  title: 'ResNet-18 (torchvision)',
  description: 'torchvision ResNet-18: basic blocks [2, 2, 2, 2], 1x1 downsample shortcuts.',
  group: 'torchvision',
  build: resnet('resnet18', 'basic', [2, 2, 2, 2]),
};

export const resnet50: Preset = {
  name: 'resnet50',
  title: 'ResNet-50 (torchvision)',
  description:
    'torchvision ResNet-50 v1.5 (stride in the 3x3 conv): bottleneck blocks [3, 4, 6, 3]. The paper layout has 3.858 GMACs.',
  group: 'torchvision',
  build: resnet('resnet50', 'bottleneck', [3, 4, 6, 3]),
};
