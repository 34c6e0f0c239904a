import { buildNetwork, conv } from '../builder.ts';
import type { Preset } from '../preset.ts';

/** The homework's problem 3: one Inception module on 28x28x256, 1x1 -> 128, 3x3 -> 192, 5x5 -> 96, "same", no bias. */
function inceptionModule(name: string, bottleneck: boolean) {
  const noBias = { padding: 'same', bias: false };
  return () =>
    buildNetwork(name, [256, 28, 28], (net) => {
      net.join('inception', 'concat', [
        (branch) => branch.add('inception.branch1.conv', conv(128, 1, noBias)),
        (branch) => {
          if (bottleneck) branch.add('inception.branch2.reduce', conv(64, 1, noBias));
          branch.add('inception.branch2.conv', conv(192, 3, noBias));
        },
        (branch) => {
          if (bottleneck) branch.add('inception.branch3.reduce', conv(32, 1, noBias));
          branch.add('inception.branch3.conv', conv(96, 5, noBias));
        },
      ]);
    });
}

export const inceptionNaive: Preset = {
  name: 'inception-naive',
  title: 'Inception module, naive (homework 3a)',
  description:
    'Three parallel convs on 28x28x256: 1x1 -> 128, 3x3 -> 192, 5x5 -> 96, concatenated to 416 channels.',
  group: 'course',
  build: inceptionModule('inception-naive', false),
};

export const inceptionBottleneck: Preset = {
  name: 'inception-bottleneck',
  title: 'Inception module with 1x1 bottlenecks (homework 3b)',
  description:
    'As the naive module, with 1x1 reductions 256 -> 64 before the 3x3 and 256 -> 32 before the 5x5.',
  group: 'course',
  build: inceptionModule('inception-bottleneck', true),
};
