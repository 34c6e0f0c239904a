import { texNumber } from '../../nn/explanation.ts';
import type { LocalizedText } from '../../deck/localized-text.ts';
import type { MistakeValue } from '../problem.ts';
import { defineTemplate } from '../template.ts';
import { convNumbers, type ConvLayer } from './layer-facts.ts';
import { generateVariant, pick, type ProblemContent } from './variant.ts';

/** One convolution's parameter count: bias on or off, groups (depthwise when groups = C_in). */
export interface ConvParamsParameters {
  inChannels: number;
  outChannels: number;
  kernel: number;
  groups: number;
  bias: boolean;
}

const id = 'conv-params';

/** The parameters of the layer as the engine counts them (ENGINE.md convention 3), with changes for a mistake. */
function count(parameters: ConvParamsParameters, changes: Partial<ConvParamsParameters> = {}) {
  const { inChannels, outChannels, kernel, groups, bias } = { ...parameters, ...changes };
  const layer: ConvLayer = { outChannels, kernel, stride: 1, padding: 0, groups, bias };
  // The spatial size does not change the parameters: the kernel's own size is the smallest input it fits.
  return convNumbers({ channels: inChannels, size: kernel }, layer);
}

const channelCounts = [3, 16, 32, 48, 64, 96, 128, 192, 256];

function draw(random: () => number): ConvParamsParameters {
  const inChannels = pick(random, channelCounts);
  const depthwise = random() < 0.15;
  return {
    inChannels,
    outChannels: depthwise ? inChannels : pick(random, channelCounts.slice(1)),
    kernel: pick(random, [1, 3, 3, 3, 5, 7]),
    groups: depthwise ? inChannels : pick(random, [1, 1, 1, 2, 4]),
    bias: random() < 0.7,
  };
}

function sensible({ inChannels, outChannels, groups }: ConvParamsParameters): boolean {
  return inChannels % groups === 0 && outChannels % groups === 0 && (groups === 1 || inChannels > 1);
}

function groupsText({ inChannels, groups }: ConvParamsParameters): LocalizedText {
  if (groups === 1) return { zh: '', en: '' };
  if (groups === inChannels) {
    return {
      zh: `，是逐通道卷积（分组数 $g = C_{in} = ${groups}$）`,
      en: `; it is a depthwise convolution (groups $g = C_{in} = ${groups}$)`,
    };
  }
  return { zh: `，分组数 $g = ${groups}$`, en: `, with groups $g = ${groups}$` };
}

function describe(parameters: ConvParamsParameters): LocalizedText {
  const { inChannels, outChannels, kernel, bias } = parameters;
  const grouped = groupsText(parameters);
  return {
    zh:
      `一个卷积层的输入通道数 $C_{in} = ${inChannels}$，有 ${outChannels} 个 $${kernel} \\times ${kernel}$ 的滤波器` +
      `（输出通道数 $C_{out} = ${outChannels}$）${grouped.zh}，${bias ? '带偏置' : '不带偏置'}。求该卷积层的参数量。`,
    en:
      `A convolution layer takes $C_{in} = ${inChannels}$ input channels and has ${outChannels} filters of ` +
      `$${kernel} \\times ${kernel}$ ($C_{out} = ${outChannels}$ output channels)${grouped.en}, ` +
      `${bias ? 'with' : 'without'} bias. How many parameters does it have?`,
  };
}

const formula = {
  weights: 'K^2 \\cdot \\frac{C_{in}}{g}',
  withBias: 'C_{out} \\cdot K^2 \\cdot \\frac{C_{in}}{g} + C_{out}',
  withoutBias: 'C_{out} \\cdot K^2 \\cdot \\frac{C_{in}}{g}',
};

function contentOf(parameters: ConvParamsParameters): ProblemContent<ConvParamsParameters> {
  return {
    prompt: describe(parameters),
    fields: [{ id: 'params', label: { zh: '参数量', en: 'Parameters' }, kind: 'integer' }],
    hints: [
      {
        zh: '参数量 = 权重 + 偏置。先数一个滤波器有多少个权重。',
        en: 'Parameters = weights + bias. First count the weights of one filter.',
      },
      {
        zh: `一个滤波器覆盖它那一组的全部输入通道：$${formula.weights}$ 个权重；分组数 $g = 1$ 时就是 $K^2 C_{in}$。`,
        en: `One filter spans every input channel of its group: $${formula.weights}$ weights; with $g = 1$ that is $K^2 C_{in}$.`,
      },
      {
        zh: `有 $C_{out}$ 个滤波器，带偏置时每个再加 1 个偏置：$${formula.withBias}$。`,
        en: `There are $C_{out}$ filters, and with bias each adds 1: $${formula.withBias}$.`,
      },
    ],
  };
}

export const convParams = defineTemplate<ConvParamsParameters>({
  id,
  title: { zh: '卷积层参数量', en: 'Convolution parameters' },
  tags: ['conv', 'params'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem) {
    const { parameters } = problem;
    const { inChannels, outChannels, kernel, groups, bias } = parameters;
    const numbers = count(parameters);
    const perFilter = numbers.weights / outChannels;
    const total = `${texNumber(outChannels)} \\times ${texNumber(perFilter)}${bias ? ` + ${texNumber(outChannels)}` : ''}`;
    return {
      answers: { params: numbers.params },
      steps: [
        {
          text: { zh: '一个滤波器的权重数：', en: 'The weights of one filter:' },
          formula: `${formula.weights} = ${kernel}^2 \\times \\frac{${inChannels}}{${groups}} = ${texNumber(perFilter)}`,
        },
        {
          text: bias
            ? {
                zh: '乘以滤波器个数，再加上每个滤波器 1 个偏置：',
                en: 'Times the filters, plus 1 bias per filter:',
              }
            : { zh: '乘以滤波器个数（不带偏置）：', en: 'Times the filters (no bias):' },
          formula: `${bias ? formula.withBias : formula.withoutBias} = ${total} = ${texNumber(numbers.params)}`,
          fields: ['params'],
        },
      ],
    };
  },
  mistakes(problem) {
    const { parameters } = problem;
    const mistakes: MistakeValue[] = [
      // Weights per filter K² instead of K²·C_in/g: as if each filter saw one channel.
      {
        code: 'cin-forgotten',
        field: 'params',
        value: count(parameters, { inChannels: parameters.groups }).params,
      },
    ];
    if (parameters.bias) {
      mistakes.push({
        code: 'bias-forgotten',
        field: 'params',
        value: count(parameters, { bias: false }).params,
      });
    }
    if (parameters.groups > 1) {
      mistakes.push({
        code: 'groups-ignored',
        field: 'params',
        value: count(parameters, { groups: 1 }).params,
      });
    }
    return mistakes;
  },
});
