import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, texProduct } from '../explanation.ts';
import type { Field } from '../fields.ts';
import { weightlessFacts, type LayerKind } from '../layer-kind.ts';
import { elementCount } from '../shape.ts';
import { inPlaceField } from './common-fields.ts';

interface ActivationDefinition {
  kind: string;
  formula: string;
  /** Other ops per element: one evaluation for the pointwise functions, 3 for softmax (exp, sum, divide). */
  opsPerElement: number;
  fields?: readonly Field[];
}

/** Elementwise activations: same shape out, no parameters; an in-place one stores no new activation. */
function createActivation({
  kind,
  formula,
  opsPerElement,
  fields = [inPlaceField],
}: ActivationDefinition): LayerKind {
  return {
    kind,
    keyword: kind,
    summary: `Activation ${formula}.`,
    inputs: 'one',
    fields,
    infer(attributes, inputs) {
      const input = inputs[0]!;
      const elements = elementCount(input);
      const inPlace = attributes.inplace === true;
      return weightlessFacts({
        what: 'activation',
        output: input,
        otherOps: elements * opsPerElement,
        receptiveField: { type: 'identity' },
        allocates: !inPlace,
        explain: () => ({
          output: explanation('Output size', `\\text{${formulaWord('unchanged')}}`, texProduct(input), [
            { code: 'activation', kind, formula, inPlace },
          ]),
          otherOps: explanation(
            'Other ops',
            `${opsPerElement === 1 ? '' : `${opsPerElement} \\cdot `}\\text{${formulaWord('elements')}}`,
            `${opsPerElement === 1 ? '' : `${opsPerElement} \\times `}${texNumber(elements)} = ${texNumber(elements * opsPerElement)}`,
            [{ code: opsPerElement === 1 ? 'onePerElement' : 'softmaxOps' }],
          ),
        }),
      });
    },
  };
}

const definitions: readonly ActivationDefinition[] = [
  { kind: 'relu', formula: 'max(0, x)', opsPerElement: 1 },
  { kind: 'relu6', formula: 'min(max(0, x), 6)', opsPerElement: 1 },
  {
    kind: 'leaky_relu',
    formula: 'max(0, x) + slope min(0, x)',
    opsPerElement: 1,
    fields: [
      {
        type: 'number',
        key: 'negativeSlope',
        positional: true,
        default: 0.01,
        min: 0,
        max: 1e6,
        summary: 'Negative slope.',
      },
      inPlaceField,
    ],
  },
  { kind: 'elu', formula: 'x if x > 0 else exp(x) - 1', opsPerElement: 1 },
  { kind: 'sigmoid', formula: '1 / (1 + exp(-x))', opsPerElement: 1, fields: [] },
  { kind: 'tanh', formula: 'tanh(x)', opsPerElement: 1, fields: [] },
  { kind: 'gelu', formula: 'x Phi(x)', opsPerElement: 1, fields: [] },
  { kind: 'silu', formula: 'x sigmoid(x)', opsPerElement: 1 },
  { kind: 'hardswish', formula: 'x relu6(x + 3) / 6', opsPerElement: 1 },
  { kind: 'softmax', formula: 'exp(x_i) / sum_j exp(x_j)', opsPerElement: 3, fields: [] },
];

export const activations: readonly LayerKind[] = definitions.map(createActivation);
