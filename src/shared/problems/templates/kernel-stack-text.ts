import type { LocalizedText } from '../../deck/localized-text.ts';
import { texNumber } from '../../nn/explanation.ts';
import type { WorkedStep } from '../problem.ts';
import {
  convRows,
  lastField,
  nonLinearities,
  type KernelStackParameters,
  type KernelStackWorked,
} from './kernel-stack-network.ts';

/** The large-kernel-against-3x3-stack problem in words and its worked steps, in the glossary's terms. */

function square(kernel: number): string {
  return `$${kernel} \\times ${kernel}$`;
}

export function kernelStackPrompt({ channels, kernel }: KernelStackParameters): LocalizedText {
  const layers = (kernel - 1) / 2;
  return {
    zh: [
      `输入、输出通道数都为 $C = ${channels}$，步长都为 1（填充使空间尺寸不变），每个卷积层之后接一个 ReLU。比较一个 ${square(kernel)} 卷积层与连续堆叠的 ${layers} 层 $3 \\times 3$ 卷积层：`,
      '',
      '- 各自的参数量，不含偏置和含偏置各算一次；',
      '- 各自的感受野；',
      '- 各自的非线性变换次数；',
      `- 堆叠的 $3 \\times 3$ 卷积比一个 ${square(kernel)} 卷积参数量减少的比例（不含偏置，百分数保留一位小数）。`,
    ].join('\n'),
    en: [
      `Every convolution has $C = ${channels}$ input and output channels and stride 1 (padded to keep the spatial size), with a ReLU after it. Compare one ${square(kernel)} convolution with ${layers} stacked $3 \\times 3$ convolutions:`,
      '',
      '- the parameters of each, without and with bias;',
      '- the receptive field of each;',
      '- the number of non-linearities of each;',
      `- the share of parameters the stacked $3 \\times 3$ convolutions save against one ${square(kernel)} (no bias, as a percentage to one decimal).`,
    ].join('\n'),
  };
}

export const kernelStackHints: readonly LocalizedText[] = [
  {
    zh: '一个 $k \\times k$ 卷积层（$C$ 个输入通道、$C$ 个滤波器）有 $k^2 \\cdot C \\cdot C$ 个权重，另有 $C$ 个偏置。',
    en: 'A $k \\times k$ convolution with $C$ input channels and $C$ filters has $k^2 \\cdot C \\cdot C$ weights, plus $C$ biases.',
  },
  {
    zh: '步长为 1 时，每层感受野增加 $k - 1$，从 1 开始。',
    en: 'With stride 1 each layer grows the receptive field by $k - 1$, starting from 1.',
  },
  {
    zh: '每个卷积层之后的 ReLU 算一次非线性变换；减少的比例是 $1 - P_{3 \\times 3} / P_{k \\times k}$。',
    en: 'Each ReLU after a convolution is one non-linearity; the share saved is $1 - P_{3 \\times 3} / P_{k \\times k}$.',
  },
];

function greatestDivisor(first: number, second: number): number {
  return second === 0 ? first : greatestDivisor(second, first % second);
}

export function kernelStackSteps(
  { channels, kernel }: KernelStackParameters,
  { large, stack, layers }: KernelStackWorked,
): WorkedStep[] {
  const largeConv = convRows(large)[0]!;
  const stackConv = convRows(stack)[0]!;
  const largeWeights = large.totals.params.weights;
  const stackWeights = stack.totals.params.weights;
  const divisor = greatestDivisor(largeWeights, stackWeights);
  const saved = (1 - stackWeights / largeWeights) * 100;
  const fields = [1, ...convRows(stack).map((row) => row.rf.size[0])].map(texNumber).join(' \\to ');
  return [
    {
      text: {
        zh: `一个 ${square(kernel)} 卷积：$C$ 个滤波器，每个有 $${kernel}^2 \\cdot C$ 个权重和 1 个偏置；不含偏置时减去 $C = ${channels}$。`,
        en: `One ${square(kernel)} convolution: $C$ filters of $${kernel}^2 \\cdot C$ weights and 1 bias each; without bias, take away $C = ${channels}$.`,
      },
      formula: `${largeConv.explanations!.params.substituted},\\quad ${texNumber(large.totals.params.total)} - ${texNumber(channels)} = ${texNumber(largeWeights)}`,
      fields: ['params_large', 'params_large_bias'],
    },
    {
      text: {
        zh: `${layers} 层 $3 \\times 3$ 卷积：每层 $9C^2$ 个权重和 $C$ 个偏置，共 ${layers} 层。`,
        en: `${layers} stacked $3 \\times 3$ convolutions: $9C^2$ weights and $C$ biases per layer, ${layers} layers.`,
      },
      formula: `${stackConv.explanations!.params.substituted},\\quad ${layers} \\times ${texNumber(stackConv.params.total)} = ${texNumber(stack.totals.params.total)},\\quad ${texNumber(stack.totals.params.total)} - ${layers} \\times ${texNumber(channels)} = ${texNumber(stackWeights)}`,
      fields: ['params_stack', 'params_stack_bias'],
    },
    {
      text: {
        zh: `步长为 1，每层感受野增加 $k - 1$：一个 ${square(kernel)} 卷积是 $1 + (${kernel} - 1)$，${layers} 层 $3 \\times 3$ 卷积逐层为 $${fields}$，两者相同。`,
        en: `Stride 1, so each layer adds $k - 1$: one ${square(kernel)} gives $1 + (${kernel} - 1)$, and the ${layers} stacked $3 \\times 3$ go $${fields}$: the same field.`,
      },
      formula: `R_{${kernel} \\times ${kernel}} = ${texNumber(lastField(large))},\\quad R_{3 \\times 3} = 1 + ${layers} \\times (3 - 1) = ${texNumber(lastField(stack))}`,
      fields: ['rf_large', 'rf_stack'],
    },
    {
      text: {
        zh: `每个卷积层之后一个 ReLU：一个 ${square(kernel)} 卷积只有 ${nonLinearities(large)} 次非线性变换，堆叠的 $3 \\times 3$ 卷积有 ${nonLinearities(stack)} 次，在中间多了 ${nonLinearities(stack) - nonLinearities(large)} 次。`,
        en: `One ReLU after each convolution: one ${square(kernel)} has ${nonLinearities(large)} non-linearity, the stacked $3 \\times 3$ have ${nonLinearities(stack)}, ${nonLinearities(stack) - nonLinearities(large)} more in between.`,
      },
      formula: `${nonLinearities(large)} < ${nonLinearities(stack)}`,
      fields: ['nonlinear_large', 'nonlinear_stack'],
    },
    {
      text: {
        zh: '减少的比例是 1 减去两者参数量之比（不含偏置）。',
        en: 'The share saved is 1 minus the ratio of the two parameter counts (no bias).',
      },
      formula: `1 - \\frac{${texNumber(stackWeights)}}{${texNumber(largeWeights)}} = 1 - \\frac{${texNumber(stackWeights / divisor)}}{${texNumber(largeWeights / divisor)}} \\approx ${saved.toFixed(1)}\\%`,
      fields: ['reduction'],
    },
  ];
}
