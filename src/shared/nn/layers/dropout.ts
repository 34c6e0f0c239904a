import { formulaWord } from '../formula-words.ts';
import { explanation, texProduct, zeroExplanation } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';
import { inPlaceField } from './common-fields.ts';

/** Dropout: the identity at inference (no work counted); during training it zeroes a fraction p. */
export const dropout = defineLayerKind({
  kind: 'dropout',
  keyword: 'dropout',
  summary: 'Dropout: dropout 0.5 (identity at inference).',
  inputs: 'one',
  fields: [
    {
      type: 'number',
      key: 'p',
      positional: true,
      default: 0.5,
      min: 0,
      max: 1,
      belowMax: true,
      summary: 'Drop probability p.',
    },
    inPlaceField,
  ],
  infer(attributes, inputs) {
    const input = inputs[0]!;
    return weightlessFacts({
      what: 'dropout',
      output: input,
      otherOps: 0,
      receptiveField: { type: 'identity' },
      allocates: !attributes.inplace,
      explain: () => ({
        output: explanation('Output size', `\\text{${formulaWord('unchanged')}}`, texProduct(input), [
          { code: 'dropoutP', p: attributes.p },
        ]),
        otherOps: zeroExplanation('Other ops', { code: 'dropoutInference' }),
      }),
      macsNote: { code: 'noMultiplies', subject: 'dropout' },
    });
  },
});
