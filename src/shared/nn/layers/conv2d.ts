import { formulaWord } from '../formula-words.ts';
import { layerProblem } from '../errors.ts';
import { explanation, texNumber, texProduct, zeroExplanation, withNotes } from '../explanation.ts';
import type { GroupsValue } from '../fields.ts';
import { defineLayerKind } from '../layer-kind.ts';
import {
  biasField,
  dilationField,
  kernelField,
  outChannelsField,
  paddingField,
  strideField,
} from './common-fields.ts';
import { spatialInput } from './spatial-input.ts';
import { slideWindow } from './window.ts';

/** Groups must divide both channel counts; "depthwise" is groups = input channels. */
export function resolveGroups(groups: GroupsValue, inChannels: number, outChannels: number): number {
  const resolved = groups === 'depthwise' ? inChannels : groups;
  if (inChannels % resolved !== 0 || outChannels % resolved !== 0) {
    throw layerProblem({ code: 'groupsDivide', groups: resolved, inChannels, outChannels }, 'groups');
  }
  return resolved;
}

/**
 * Conv2d (cross-correlation). Params Cout (Cin/g) kh kw + Cout; MACs Cout Hout Wout (Cin/g) kh kw, bias
 * excluded (ENGINE.md conventions 3 and 4); the bias adds Cout Hout Wout other ops.
 */
export const conv2d = defineLayerKind({
  kind: 'conv2d',
  keyword: 'conv',
  summary: 'Convolution: conv 96 k11 s4 p2 d1 g2 nobias (dw: depthwise).',
  inputs: 'one',
  fields: [
    outChannelsField,
    kernelField,
    strideField,
    paddingField,
    dilationField,
    {
      type: 'groups',
      key: 'groups',
      prefix: 'g',
      word: 'dw',
      summary: 'Groups: g2, or dw for depthwise (groups = input channels).',
    },
    biasField,
  ],
  infer(attributes, inputs) {
    const { outChannels, kernel, stride, padding, dilation, groups, bias } = attributes;
    const [inChannels, height, width] = spatialInput(inputs, 'conv');
    const groupCount = resolveGroups(groups, inChannels, outChannels);
    const window = slideWindow(height, width, {
      kernel,
      stride,
      padding,
      dilation,
      ceilMode: false,
      noun: 'kernel',
    });
    const perFilter = (inChannels / groupCount) * kernel[0] * kernel[1];
    const weights = outChannels * perFilter;
    const biasCount = bias ? outChannels : 0;
    const positions = window.height * window.width;
    const groupNote =
      groupCount === 1
        ? []
        : [
            {
              code: 'groupsSee',
              groups: groupCount,
              seen: inChannels / groupCount,
              total: inChannels,
            } as const,
          ];
    return {
      output: [outChannels, window.height, window.width],
      weights,
      bias: biasCount,
      buffers: 0,
      macs: outChannels * positions * perFilter,
      otherOps: biasCount * positions,
      receptiveField: window.receptiveField,
      allocates: true,
      warnings: window.warnings,
      explain: () => ({
        output: withNotes(window.explainOutput(), [
          { code: 'outChannels', count: outChannels, filters: true },
        ]),
        params: explanation(
          'Parameters',
          bias
            ? 'C_{out} \\cdot \\frac{C_{in}}{g} \\cdot k_h k_w + C_{out}'
            : 'C_{out} \\cdot \\frac{C_{in}}{g} \\cdot k_h k_w',
          `${texNumber(outChannels)} \\times \\frac{${texNumber(inChannels)}}{${groupCount}} \\times ${kernel[0]} \\times ${kernel[1]}${bias ? ` + ${texNumber(outChannels)}` : ''} = ${texNumber(weights + biasCount)}`,
          [{ code: 'weightsAndBias', weights, bias: biasCount }, ...groupNote],
        ),
        macs: explanation(
          'MACs',
          'C_{out} \\cdot H_{out} W_{out} \\cdot \\frac{C_{in}}{g} k_h k_w',
          `${texProduct([outChannels, window.height, window.width])} \\times \\frac{${texNumber(inChannels)}}{${groupCount}} \\times ${kernel[0]} \\times ${kernel[1]} = ${texNumber(outChannels * positions * perFilter)}`,
          [{ code: 'convMacs' }],
        ),
        otherOps: bias
          ? explanation(
              'Other ops',
              `C_{out} H_{out} W_{out} \\text{ ${formulaWord('biasAdds')}}`,
              `${texProduct([outChannels, window.height, window.width])} = ${texNumber(biasCount * positions)}`,
            )
          : zeroExplanation('Other ops', { code: 'noBiasNoAdds' }),
      }),
    };
  },
});
