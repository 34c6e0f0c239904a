import type { SkillEntry } from './skills.ts';

/**
 * The problems deck as data: each skill's id, the template that grades it, its topic tags and, for a homework
 * problem whose numbers are plain numbers, those numbers. A first start installs the deck from this list
 * without loading the templates (with mathjs, about 300 kB of script that only the practice screen needs).
 *
 * It must say what the templates say: skill-catalogue.test.ts compares it, entry by entry, with the skills
 * the registry derives (`practiceChoices(templates, homework).map(skillOf)`), so a new template or a changed
 * tag fails that test until it is written here too.
 */
export const skillCatalogue: readonly SkillEntry[] = [
  {
    id: 'homework-1',
    template: 'sigmoid-backprop',
    tags: ['activation', 'backprop'],
    parameters: { k: 1, sign: 1, upstream: 4 },
  },
  {
    id: 'homework-2',
    template: 'conv-layer',
    tags: ['conv', 'params'],
    parameters: { input: 32, channels: 3, filters: 10, kernel: 5, stride: 1, padding: 2 },
  },
  { id: 'homework-3', template: 'inception', tags: ['inception', 'macs'] },
  { id: 'homework-4', template: 'conv-by-hand', tags: ['conv'] },
  { id: 'homework-5', template: 'receptive-field', tags: ['receptive-field'] },
  { id: 'homework-6', template: 'alexnet-table', tags: ['alexnet', 'receptive-field', 'params'] },
  { id: 'conv-output-size', template: 'conv-output-size', tags: ['conv'] },
  { id: 'conv-params', template: 'conv-params', tags: ['conv', 'params'] },
  { id: 'conv-macs', template: 'conv-macs', tags: ['conv', 'macs'] },
  { id: 'pooling-output', template: 'pooling-output', tags: ['pooling'] },
  { id: 'conv-layer', template: 'conv-layer', tags: ['conv', 'params'] },
  { id: 'conv-by-hand', template: 'conv-by-hand', tags: ['conv'] },
  { id: 'sigmoid-backprop', template: 'sigmoid-backprop', tags: ['activation', 'backprop'] },
  { id: 'init-std', template: 'init-std', tags: ['init'] },
  { id: 'receptive-field', template: 'receptive-field', tags: ['receptive-field'] },
  { id: 'alexnet-table', template: 'alexnet-table', tags: ['alexnet', 'receptive-field', 'params'] },
  { id: 'kernel-stack', template: 'kernel-stack', tags: ['vgg', 'receptive-field', 'params'] },
  { id: 'inception', template: 'inception', tags: ['inception', 'macs'] },
];
