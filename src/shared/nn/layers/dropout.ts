import { explanation, texNumber, texProduct, zeroExplanation } from '../explanation.ts';
import { weightlessFacts, type LayerKind } from '../layer-kind.ts';
import { inPlaceField } from './common-fields.ts';

/** Dropout: the identity at inference (no work counted); during training it zeroes a fraction p. */
export const dropout: LayerKind = {
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
      what: 'Dropout',
      output: input,
      otherOps: 0,
      receptiveField: { type: 'identity' },
      allocates: attributes.inplace !== true,
      explain: () => ({
        output: explanation('Output size', '\\text{unchanged}', texProduct(input), [
          `Drops each value with p = ${texNumber(attributes.p as number)} while training; the identity at inference.`,
        ]),
        otherOps: zeroExplanation('Other ops', 'Counted at inference, where dropout does nothing.'),
      }),
      macsNote: 'Dropout does no multiply-accumulates.',
    });
  },
};
