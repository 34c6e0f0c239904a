import type { NetworkSpec } from '../../network.ts';
import { buildNetwork, conv, linear, maxPool, relu } from '../builder.ts';
import type { Preset } from '../preset.ts';

/**
 * The sizes of an AlexNet-shaped network: conv1's kernel and stride, the five conv layers' channels and the
 * three fully connected layers' features. The practice template `alexnet-table` draws smaller ones.
 */
export interface AlexNetSizes {
  /** The input's height and width (3 channels). */
  input: number;
  conv1: { kernel: number; stride: number };
  channels: readonly [number, number, number, number, number];
  features: readonly [number, number, number];
}

/** The 2012 two-GPU AlexNet of the course (Krizhevsky et al.): 96/256/384/384/256 channels on a 227 input. */
export const alexnet2012Sizes: AlexNetSizes = {
  input: 227,
  conv1: { kernel: 11, stride: 4 },
  channels: [96, 256, 384, 384, 256],
  features: [4096, 4096, 1000],
};

/**
 * An AlexNet-shaped network named as in the homework (conv1 ... fc8): grouped, conv2, conv4 and conv5 have
 * groups = 2 (the two GPUs). fc6 reads pool5 directly, which for the receptive field is a pool5-sized conv
 * (the seed's convention: 355 on AlexNet). LRN and dropout are left out, as in the homework's tables.
 */
export function alexnetNetwork(name: string, sizes: AlexNetSizes, grouped: boolean): NetworkSpec {
  const groups = grouped ? 2 : 1;
  const [c1, c2, c3, c4, c5] = sizes.channels;
  const [f6, f7, f8] = sizes.features;
  return buildNetwork(name, [3, sizes.input, sizes.input], (net) => {
    net
      .add('conv1', conv(c1, sizes.conv1.kernel, { stride: sizes.conv1.stride }))
      .add('relu1', relu)
      .add('pool1', maxPool(3, { stride: 2 }))
      .add('conv2', conv(c2, 5, { padding: 2, groups }))
      .add('relu2', relu)
      .add('pool2', maxPool(3, { stride: 2 }))
      .add('conv3', conv(c3, 3, { padding: 1 }))
      .add('relu3', relu)
      .add('conv4', conv(c4, 3, { padding: 1, groups }))
      .add('relu4', relu)
      .add('conv5', conv(c5, 3, { padding: 1, groups }))
      .add('relu5', relu)
      .add('pool5', maxPool(3, { stride: 2 }))
      .add('fc6', linear(f6))
      .add('relu6', relu)
      .add('fc7', linear(f7))
      .add('relu7', relu)
      .add('fc8', linear(f8));
  });
}

export const alexnet2012Grouped: Preset = {
  name: 'alexnet2012',
  title: 'AlexNet 2012 (grouped, homework)',
  description:
    'The original two-GPU AlexNet: groups = 2 in conv2, conv4, conv5; 3x227x227 input; the homework\'s "分组" table.',
  group: 'course',
  build: () => alexnetNetwork('alexnet2012', alexnet2012Sizes, true),
};

export const alexnet2012Ungrouped: Preset = {
  name: 'alexnet2012-ungrouped',
  title: 'AlexNet 2012 (ungrouped)',
  description: 'AlexNet 2012 with every conv seeing all input channels: the homework\'s "不分组" table.',
  group: 'course',
  build: () => alexnetNetwork('alexnet2012-ungrouped', alexnet2012Sizes, false),
};
