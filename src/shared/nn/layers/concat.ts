import { layerProblem } from '../errors.ts';
import { explanation, texNumber, zeroExplanation } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';

/** Concatenation along channels (Inception, SqueezeNet's Fire): all inputs share height and width. */
export const concat = defineLayerKind({
  kind: 'concat',
  keyword: 'concat',
  summary: 'Join branches by stacking their channels: concat { branch { ... } ... }.',
  inputs: 'many',
  fields: [],
  infer(_attributes, inputs, inputNames) {
    const first = inputs[0]!;
    inputs.forEach((input, index) => {
      const sameRank = input.length === first.length;
      if (!sameRank || input.slice(1).some((size, axis) => size !== first[axis + 1])) {
        throw layerProblem({
          code: 'concatShapes',
          rank: first.length !== 3,
          first: inputNames[0]!,
          firstShape: [...first],
          other: inputNames[index]!,
          otherShape: [...input],
        });
      }
    });
    const channels = inputs.reduce((total, input) => total + input[0]!, 0);
    const output = [channels, ...first.slice(1)];
    return weightlessFacts({
      what: 'concat',
      output,
      otherOps: 0,
      receptiveField: { type: 'join' },
      explain: () => ({
        output: explanation(
          'Output size',
          'C_{out} = \\sum_b C_b',
          `${inputs.map((input) => texNumber(input[0]!)).join(' + ')} = ${texNumber(channels)}`,
          [{ code: 'branchesShare', size: first.slice(1), count: inputs.length }],
        ),
        otherOps: zeroExplanation('Other ops', { code: 'concatCopies' }),
      }),
      macsNote: { code: 'noArithmetic', subject: 'concat' },
    });
  },
});
