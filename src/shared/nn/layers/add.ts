import { formulaWord } from '../formula-words.ts';
import { layerProblem } from '../errors.ts';
import { explanation, texNumber, texProduct } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';
import { elementCount } from '../shape.ts';

/** Elementwise sum of branches (residual connections): all inputs have the same shape. */
export const add = defineLayerKind({
  kind: 'add',
  keyword: 'add',
  summary: 'Join branches by adding them elementwise: add { { ... } {} } ({} is the identity shortcut).',
  inputs: 'many',
  fields: [],
  infer(_attributes, inputs, inputNames) {
    const first = inputs[0]!;
    inputs.forEach((input, index) => {
      if (input.length !== first.length || input.some((size, axis) => size !== first[axis])) {
        throw layerProblem({
          code: 'addShapes',
          first: inputNames[0]!,
          firstShape: [...first],
          other: inputNames[index]!,
          otherShape: [...input],
        });
      }
    });
    const elements = elementCount(first);
    const adds = elements * (inputs.length - 1);
    return weightlessFacts({
      what: 'add',
      output: first,
      otherOps: adds,
      receptiveField: { type: 'join' },
      explain: () => ({
        output: explanation('Output size', `\\text{${formulaWord('sharedInputShape')}}`, texProduct(first)),
        otherOps: explanation(
          'Other ops',
          `(n - 1) \\cdot \\text{${formulaWord('elements')}}`,
          `${inputs.length - 1} \\times ${texNumber(elements)} = ${texNumber(adds)}`,
        ),
      }),
    });
  },
});
