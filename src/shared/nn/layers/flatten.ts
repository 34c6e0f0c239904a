import { explanation, texNumber, texProduct, zeroExplanation } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';
import { elementCount } from '../shape.ts';

/** Flatten: C x H x W -> C H W features, a view of its input (no new memory, no work). */
export const flatten = defineLayerKind({
  kind: 'flatten',
  keyword: 'flatten',
  summary: 'Flatten a C x H x W map into C*H*W features.',
  inputs: 'one',
  fields: [],
  infer(_attributes, inputs) {
    const input = inputs[0]!;
    const features = elementCount(input);
    return weightlessFacts({
      what: 'flatten',
      output: [features],
      otherOps: 0,
      receptiveField: { type: 'identity' },
      allocates: false,
      explain: () => ({
        output: explanation(
          'Output size',
          'n = C \\cdot H \\cdot W',
          `${texProduct(input)} = ${texNumber(features)}`,
          [{ code: 'flattenView' }],
        ),
        otherOps: zeroExplanation('Other ops', { code: 'flattenReshapes' }),
      }),
      macsNote: { code: 'noArithmetic', subject: 'flatten' },
    });
  },
});
