import type { NetworkSpec } from '../network.ts';

/** A ready-made network: torchvision's models (module names kept) and the course's examples. */
export interface Preset {
  name: string;
  title: string;
  /** What it is and which variant, for the picker (ENGINE.md convention 9). */
  description: string;
  group: 'torchvision' | 'course';
  build(): NetworkSpec;
}
