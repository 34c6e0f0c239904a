import { buildNetwork, conv, relu } from '../builder.ts';
import type { Preset } from '../preset.ts';

/** The homework's choice question 3 and 5: three 3x3 convs against one 7x7, same 7x7 receptive field, no bias. */
const channels = 64;
const input = [channels, 56, 56];

export const vgg3x3Stack: Preset = {
  name: 'vgg-3x3-stack',
  title: 'Three stacked 3x3 convs',
  description:
    'Three 3x3 convs (64 -> 64, no bias) with ReLUs: receptive field 7, 27 C^2 weights, three non-linearities.',
  group: 'course',
  build: () =>
    buildNetwork('vgg-3x3-stack', input, (net) => {
      for (const index of [1, 2, 3]) {
        net.add(`conv${index}`, conv(channels, 3, { padding: 1, bias: false })).add(`relu${index}`, relu);
      }
    }),
};

export const conv7x7: Preset = {
  name: 'conv7x7',
  title: 'One 7x7 conv',
  description:
    'One 7x7 conv (64 -> 64, no bias) with a ReLU: receptive field 7, 49 C^2 weights, one non-linearity.',
  group: 'course',
  build: () =>
    buildNetwork('conv7x7', input, (net) => {
      net.add('conv1', conv(channels, 7, { padding: 3, bias: false })).add('relu1', relu);
    }),
};
