import type { NetworkSpec } from '../network.ts';
import { alexnet2012Grouped, alexnet2012Ungrouped } from './course/alexnet2012.ts';
import { inceptionBottleneck, inceptionNaive } from './course/inception-module.ts';
import { lenet5 } from './course/lenet5.ts';
import { conv7x7, vgg3x3Stack } from './course/stacked-convs.ts';
import type { Preset } from './preset.ts';
import { alexnet } from './torchvision/alexnet.ts';
import { googlenet } from './torchvision/googlenet.ts';
import { mobilenetV2 } from './torchvision/mobilenet-v2.ts';
import { resnet18, resnet50 } from './torchvision/resnet.ts';
import { squeezenet10 } from './torchvision/squeezenet.ts';
import { vgg16 } from './torchvision/vgg16.ts';

export type { Preset } from './preset.ts';

/** Every preset, in the picker's order. */
export const presets: readonly Preset[] = [
  alexnet2012Grouped,
  alexnet2012Ungrouped,
  inceptionNaive,
  inceptionBottleneck,
  vgg3x3Stack,
  conv7x7,
  lenet5,
  alexnet,
  vgg16,
  googlenet,
  resnet18,
  resnet50,
  mobilenetV2,
  squeezenet10,
];

const built = new Map<string, NetworkSpec>();

export function findPreset(name: string): Preset | undefined {
  return presets.find((preset) => preset.name === name);
}

/** A preset's network, built once and shared (networks are never mutated). */
export function presetNetwork(name: string): NetworkSpec | undefined {
  const preset = findPreset(name);
  if (!preset) return undefined;
  let network = built.get(name);
  if (!network) {
    network = preset.build();
    built.set(name, network);
  }
  return network;
}
