import { buildNetwork, conv, linear, maxPool, relu } from '../builder.ts';
import type { Preset } from '../preset.ts';

/**
 * The 2012 two-GPU AlexNet of the course (Krizhevsky et al.): 96/256/384/384/256 channels on a 227 input, named
 * as in the homework (conv1 ... fc8). fc6 reads pool5 directly, which for the receptive field is a 6x6 conv
 * (the seed's convention: 355). LRN and dropout are left out, as in the homework's tables.
 */
function alexnet2012(name: string, grouped: boolean) {
  const groups = grouped ? 2 : 1;
  return () =>
    buildNetwork(name, [3, 227, 227], (net) => {
      net
        .add('conv1', conv(96, 11, { stride: 4 }))
        .add('relu1', relu)
        .add('pool1', maxPool(3, { stride: 2 }))
        .add('conv2', conv(256, 5, { padding: 2, groups }))
        .add('relu2', relu)
        .add('pool2', maxPool(3, { stride: 2 }))
        .add('conv3', conv(384, 3, { padding: 1 }))
        .add('relu3', relu)
        .add('conv4', conv(384, 3, { padding: 1, groups }))
        .add('relu4', relu)
        .add('conv5', conv(256, 3, { padding: 1, groups }))
        .add('relu5', relu)
        .add('pool5', maxPool(3, { stride: 2 }))
        .add('fc6', linear(4096))
        .add('relu6', relu)
        .add('fc7', linear(4096))
        .add('relu7', relu)
        .add('fc8', linear(1000));
    });
}

export const alexnet2012Grouped: Preset = {
  name: 'alexnet2012',
  title: 'AlexNet 2012 (grouped, homework)',
  description:
    'The original two-GPU AlexNet: groups = 2 in conv2, conv4, conv5; 3x227x227 input; the homework\'s "分组" table.',
  group: 'course',
  build: alexnet2012('alexnet2012', true),
};

export const alexnet2012Ungrouped: Preset = {
  name: 'alexnet2012-ungrouped',
  title: 'AlexNet 2012 (ungrouped)',
  description: 'AlexNet 2012 with every conv seeing all input channels: the homework\'s "不分组" table.',
  group: 'course',
  build: alexnet2012('alexnet2012-ungrouped', false),
};
