import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, texProduct } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';
import { limits } from '../limits.ts';
import { elementCount } from '../shape.ts';
import { spatialInput } from './spatial-input.ts';

/**
 * Local response normalisation across channels (AlexNet 2012): b = a / (k + alpha/n sum a^2)^beta over n
 * neighbouring channels. Other ops per element: n multiply-adds for the sum of squares, then 3 (scale, power,
 * divide).
 */
export const localResponseNorm = defineLayerKind({
  kind: 'lrn',
  keyword: 'lrn',
  summary: 'Local response normalisation: lrn 5 (size), alpha, beta, k as in PyTorch.',
  inputs: 'one',
  fields: [
    {
      type: 'count',
      key: 'size',
      positional: true,
      default: 5,
      max: limits.channels,
      summary: 'Neighbouring channels n.',
    },
    { type: 'number', key: 'alpha', prefix: 'alpha', default: 1e-4, min: 0, max: 1e6, summary: 'alpha.' },
    { type: 'number', key: 'beta', prefix: 'beta', default: 0.75, min: 0, max: 1e6, summary: 'beta.' },
    { type: 'number', key: 'k', prefix: 'k', default: 1, min: 0, max: 1e6, summary: 'k.' },
  ],
  infer(attributes, inputs) {
    const { size } = attributes;
    const input = spatialInput(inputs, 'lrn');
    const elements = elementCount(input);
    return weightlessFacts({
      what: 'lrn',
      output: input,
      otherOps: elements * (size + 3),
      receptiveField: { type: 'identity' },
      explain: () => ({
        output: explanation(
          'Output size',
          `C \\times H \\times W \\text{ ${formulaWord('unchanged')}}`,
          texProduct(input),
        ),
        otherOps: explanation(
          'Other ops',
          'C H W \\cdot (n + 3)',
          `${texProduct(input)} \\times (${size} + 3) = ${texNumber(elements * (size + 3))}`,
          [{ code: 'lrnOps' }],
        ),
      }),
    });
  },
});
