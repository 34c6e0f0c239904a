import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, texProduct } from '../explanation.ts';
import { defineField } from '../fields.ts';
import { defineLayerKind, weightlessFacts, type LayerFacts } from '../layer-kind.ts';
import { elementCount, type Shape } from '../shape.ts';
import { inPlaceField } from './common-fields.ts';

interface ActivationDefinition {
  kind: string;
  formula: string;
  /** Other ops per element: one evaluation for the pointwise functions, 3 for softmax (exp, sum, divide). */
  opsPerElement: number;
  /** Its fields: `inplace` (the default), a leaky ReLU's slope and `inplace`, or none. */
  fields?: 'inplace' | 'slope' | 'none';
}

const negativeSlopeField = defineField({
  type: 'number',
  key: 'negativeSlope',
  positional: true,
  default: 0.01,
  min: 0,
  max: 1e6,
  summary: 'Negative slope.',
});

/** Elementwise activations: same shape out, no parameters; an in-place one stores no new activation. */
function activationFacts(
  { kind, formula, opsPerElement }: ActivationDefinition,
  inPlace: boolean,
  inputs: readonly Shape[],
): LayerFacts {
  const input = inputs[0]!;
  const elements = elementCount(input);
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
}

function createActivation(definition: ActivationDefinition) {
  const base = {
    kind: definition.kind,
    keyword: definition.kind,
    summary: `Activation ${definition.formula}.`,
    inputs: 'one',
  } as const;
  switch (definition.fields ?? 'inplace') {
    case 'slope':
      return defineLayerKind({
        ...base,
        fields: [negativeSlopeField, inPlaceField],
        infer: (attributes, inputs) => activationFacts(definition, attributes.inplace, inputs),
      });
    case 'none':
      return defineLayerKind({
        ...base,
        fields: [],
        infer: (_attributes, inputs) => activationFacts(definition, false, inputs),
      });
    case 'inplace':
      return defineLayerKind({
        ...base,
        fields: [inPlaceField],
        infer: (attributes, inputs) => activationFacts(definition, attributes.inplace, inputs),
      });
  }
}

const definitions: readonly ActivationDefinition[] = [
  { kind: 'relu', formula: 'max(0, x)', opsPerElement: 1 },
  { kind: 'relu6', formula: 'min(max(0, x), 6)', opsPerElement: 1 },
  { kind: 'leaky_relu', formula: 'max(0, x) + slope min(0, x)', opsPerElement: 1, fields: 'slope' },
  { kind: 'elu', formula: 'x if x > 0 else exp(x) - 1', opsPerElement: 1 },
  { kind: 'sigmoid', formula: '1 / (1 + exp(-x))', opsPerElement: 1, fields: 'none' },
  { kind: 'tanh', formula: 'tanh(x)', opsPerElement: 1, fields: 'none' },
  { kind: 'gelu', formula: 'x Phi(x)', opsPerElement: 1, fields: 'none' },
  { kind: 'silu', formula: 'x sigmoid(x)', opsPerElement: 1 },
  { kind: 'hardswish', formula: 'x relu6(x + 3) / 6', opsPerElement: 1 },
  { kind: 'softmax', formula: 'exp(x_i) / sum_j exp(x_j)', opsPerElement: 3, fields: 'none' },
];

export const activations = definitions.map(createActivation);
