import { formulaWord } from '../formula-words.ts';
import { convTransposeOutputSize, outputPaddingFits } from '../../conv/conv-transpose2d.ts';
import { layerProblem } from '../errors.ts';
import { explanation, texNumber, texProduct, zeroExplanation } from '../explanation.ts';
import { defineLayerKind } from '../layer-kind.ts';
import type { Pair } from '../shape.ts';
import {
  biasField,
  dilationField,
  kernelField,
  outChannelsField,
  paddingField,
  strideField,
} from './common-fields.ts';
import { resolveGroups } from './conv2d.ts';
import { spatialInput } from './spatial-input.ts';

/**
 * ConvTranspose2d (ENGINE.md convention 2): o = s(i-1) - p_before - p_after + d(k-1) + output_padding + 1.
 * Params Cin (Cout/g) kh kw + Cout; MACs are counted over input positions: Cin (Cout/g) kh kw Hin Win.
 */
export const convTranspose2d = defineLayerKind({
  kind: 'conv_transpose2d',
  keyword: 'deconv',
  aliases: ['convtranspose'],
  summary: 'Transposed convolution: deconv 64 k4 s2 p1 op0 (op: output padding).',
  inputs: 'one',
  fields: [
    outChannelsField,
    kernelField,
    strideField,
    paddingField,
    {
      type: 'pair',
      key: 'outputPadding',
      prefix: 'op',
      default: [0, 0],
      min: 0,
      summary: 'Output padding: op1.',
    },
    dilationField,
    {
      type: 'groups',
      key: 'groups',
      prefix: 'g',
      word: 'dw',
      summary: 'Groups: g2, or dw for groups = input channels.',
    },
    biasField,
  ],
  infer(attributes, inputs) {
    const { outChannels, kernel, stride, padding, outputPadding, dilation, groups, bias } = attributes;
    const [inChannels, height, width] = spatialInput(inputs, 'deconv');
    if (padding === 'same') throw layerProblem({ code: 'sameTransposed' }, 'padding');
    const sides = padding === 'valid' ? ([0, 0, 0, 0] as const) : padding;
    const groupCount = resolveGroups(groups, inChannels, outChannels);
    const inputSizes: Pair = [height, width];
    const sizes = [0, 1].map((axis) => {
      if (!outputPaddingFits(outputPadding[axis]!, stride[axis]!, dilation[axis]!)) {
        throw layerProblem(
          {
            code: 'outputPaddingTooLarge',
            outputPadding: outputPadding[axis]!,
            stride: stride[axis]!,
            dilation: dilation[axis]!,
          },
          'outputPadding',
        );
      }
      const size = convTransposeOutputSize(
        inputSizes[axis]!,
        kernel[axis]!,
        stride[axis]!,
        sides[axis * 2]!,
        sides[axis * 2 + 1]!,
        dilation[axis]!,
        outputPadding[axis]!,
      );
      if (size < 1) throw layerProblem({ code: 'transposedNoOutput', padding: [...sides], size }, 'padding');
      return size;
    }) as [number, number];
    const perInput = (outChannels / groupCount) * kernel[0] * kernel[1];
    const weights = inChannels * perInput;
    const biasCount = bias ? outChannels : 0;
    const macs = inChannels * perInput * height * width;
    const line = (axis: 0 | 1) =>
      `${axis === 0 ? 'H' : 'W'}_{out} = ${stride[axis]} (${texNumber(inputSizes[axis])} - 1) - ${sides[axis * 2]} - ${sides[axis * 2 + 1]} + ${dilation[axis]} (${kernel[axis]} - 1) + ${outputPadding[axis]} + 1 = ${texNumber(sizes[axis])}`;
    return {
      output: [outChannels, sizes[0], sizes[1]],
      weights,
      bias: biasCount,
      buffers: 0,
      macs,
      otherOps: biasCount * sizes[0] * sizes[1],
      receptiveField: { type: 'transposed', kernel, stride, padBefore: [sides[0], sides[2]], dilation },
      allocates: true,
      warnings: [],
      explain: () => ({
        output: explanation(
          'Output size',
          'H_{out} = s(H_{in} - 1) - p_{top} - p_{bottom} + d(k-1) + \\text{output\\_padding} + 1',
          `${line(0)},\\quad ${line(1)}`,
          [{ code: 'outChannels', count: outChannels, filters: false }],
        ),
        params: explanation(
          'Parameters',
          bias
            ? 'C_{in} \\cdot \\frac{C_{out}}{g} \\cdot k_h k_w + C_{out}'
            : 'C_{in} \\cdot \\frac{C_{out}}{g} \\cdot k_h k_w',
          `${texNumber(inChannels)} \\times \\frac{${texNumber(outChannels)}}{${groupCount}} \\times ${kernel[0]} \\times ${kernel[1]}${bias ? ` + ${texNumber(outChannels)}` : ''} = ${texNumber(weights + biasCount)}`,
        ),
        macs: explanation(
          'MACs',
          'C_{in} \\cdot \\frac{C_{out}}{g} k_h k_w \\cdot H_{in} W_{in}',
          `${texNumber(inChannels)} \\times \\frac{${texNumber(outChannels)}}{${groupCount}} \\times ${kernel[0]} \\times ${kernel[1]} \\times ${texProduct([height, width])} = ${texNumber(macs)}`,
          [{ code: 'transposedMacs' }],
        ),
        otherOps: bias
          ? explanation(
              'Other ops',
              `C_{out} H_{out} W_{out} \\text{ ${formulaWord('biasAdds')}}`,
              `${texProduct([outChannels, sizes[0], sizes[1]])} = ${texNumber(biasCount * sizes[0] * sizes[1])}`,
            )
          : zeroExplanation('Other ops', { code: 'noBiasNoAdds' }),
      }),
    };
  },
});
