import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import landscapeLarge from '../../assets/samples/landscape-4000x3000.png';
import landscape from '../../assets/samples/landscape-960x640.png';
import zonePlate from '../../assets/samples/zone-plate-400.png';

/** The lab's sample images: drawn by scripts/make-sample-images.ts, ours to ship (resources/README.md). */
export interface SampleImage {
  id: string;
  url: string;
  title: LocalizedText;
  width: number;
  height: number;
}

export const sampleImages: readonly SampleImage[] = [
  {
    id: 'landscape',
    url: landscape,
    title: { zh: '风景（形状与渐变）', en: 'Landscape (shapes and gradients)' },
    width: 960,
    height: 640,
  },
  {
    id: 'zone-plate',
    url: zonePlate,
    title: { zh: '波带片（各种频率）', en: 'Zone plate (every frequency)' },
    width: 400,
    height: 400,
  },
  {
    id: 'landscape-large',
    url: landscapeLarge,
    title: { zh: '风景，1200 万像素（大图）', en: 'Landscape, 12 megapixels (large)' },
    width: 4000,
    height: 3000,
  },
];
