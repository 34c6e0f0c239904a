import { layerProblem } from '../errors.ts';
import { explanation, texNumber, zeroExplanation } from '../explanation.ts';
import { weightlessFacts, type LayerKind } from '../layer-kind.ts';
import { formatShape } from '../shape.ts';

/** Concatenation along channels (Inception, SqueezeNet's Fire): all inputs share height and width. */
export const concat: LayerKind = {
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
        throw layerProblem(
          `concat needs the same ${first.length === 3 ? 'height and width' : 'rank'} in every input: "${inputNames[0]}" is ${formatShape(first)} but "${inputNames[index]}" is ${formatShape(input)}`,
        );
      }
    });
    const channels = inputs.reduce((total, input) => total + input[0]!, 0);
    const output = [channels, ...first.slice(1)];
    return weightlessFacts({
      what: 'Concatenation',
      output,
      otherOps: 0,
      receptiveField: { type: 'join' },
      explain: () => ({
        output: explanation(
          'Output size',
          'C_{out} = \\sum_b C_b',
          `${inputs.map((input) => texNumber(input[0]!)).join(' + ')} = ${texNumber(channels)}`,
          [`Spatial size ${first.slice(1).join('x') || 'none'} shared by all ${inputs.length} branches.`],
        ),
        otherOps: zeroExplanation('Other ops', 'Concatenation only copies.'),
      }),
      macsNote: 'Concatenation does no arithmetic.',
    });
  },
};
