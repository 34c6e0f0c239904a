import { avgPool, buildNetwork, conv, linear, tanh } from '../builder.ts';
import type { Preset } from '../preset.ts';

/** LeNet-5 (LeCun et al. 1998) with a fully connected C3 and plain average-pooling subsampling: 61,706 params. */
export const lenet5: Preset = {
  name: 'lenet5',
  title: 'LeNet-5',
  description:
    'LeNet-5 on 1x32x32: C1 conv 6, S2 avg pool, C3 conv 16 (all channels), S4, C5 conv 120, F6 84, output 10; tanh.',
  group: 'course',
  build: () =>
    buildNetwork('lenet5', [1, 32, 32], (net) => {
      net
        .add('c1', conv(6, 5))
        .add('tanh1', tanh)
        .add('s2', avgPool(2))
        .add('c3', conv(16, 5))
        .add('tanh3', tanh)
        .add('s4', avgPool(2))
        .add('c5', conv(120, 5))
        .add('tanh5', tanh)
        .add('f6', linear(84))
        .add('tanh6', tanh)
        .add('output', linear(10));
    }),
};
