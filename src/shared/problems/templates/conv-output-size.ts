import { defineTemplate } from '../template.ts';
import { between, generateVariant, pick, type ProblemContent } from './variant.ts';
import {
  convWidth,
  dilatedSizeFormula,
  sizeFormula,
  sizeMistakes,
  substitutedSize,
  type EvenWindow,
} from './window-size.ts';

/** A square input of width `input` and one convolution over it (作业二·计算题 2(a), any sizes). */
export interface ConvOutputSizeParameters extends EvenWindow {
  input: number;
  dilation: number;
}

const id = 'conv-output-size';

function outputOf(parameters: ConvOutputSizeParameters) {
  return convWidth(parameters.input);
}

function draw(random: () => number): ConvOutputSizeParameters {
  const kernel = pick(random, [1, 2, 3, 3, 3, 5, 5, 7]);
  const dilation = kernel > 1 && random() < 0.2 ? 2 : 1;
  return {
    input: between(random, 5, 64),
    kernel,
    stride: pick(random, [1, 1, 2, 2, 2, 4]),
    padding: between(random, 0, Math.floor((dilation * (kernel - 1)) / 2) + (random() < 0.2 ? 1 : 0)),
    dilation,
  };
}

/** Sensible: the kernel fits the unpadded input (so every mistake has a size), and the output is at least 2. */
function sensible(parameters: ConvOutputSizeParameters): boolean {
  const effective = parameters.dilation * (parameters.kernel - 1) + 1;
  if (effective > parameters.input || (parameters.stride === 4 && parameters.input < 16)) return false;
  return outputOf(parameters)(parameters) >= 2;
}

function describe(parameters: ConvOutputSizeParameters) {
  const { input, kernel, stride, padding, dilation } = parameters;
  const dilated = dilation > 1;
  return {
    zh:
      `输入特征图的空间尺寸为 $${input} \\times ${input}$，卷积核大小 $K = ${kernel}$，步长 $S = ${stride}$，` +
      `填充 $P = ${padding}$${dilated ? `，空洞率 $d = ${dilation}$` : ''}。求输出特征图的宽度 $W_{out}$。`,
    en:
      `An input feature map is $${input} \\times ${input}$. A convolution has kernel size $K = ${kernel}$, ` +
      `stride $S = ${stride}$${dilated ? `, padding $P = ${padding}$ and dilation $d = ${dilation}$` : ` and padding $P = ${padding}$`}. ` +
      'What is the output width $W_{out}$?',
  };
}

function contentOf(parameters: ConvOutputSizeParameters): ProblemContent<ConvOutputSizeParameters> {
  const dilated = parameters.dilation > 1;
  return {
    prompt: describe(parameters),
    fields: [
      { id: 'output', label: { zh: '输出宽度 $W_{out}$', en: 'Output width $W_{out}$' }, kind: 'integer' },
    ],
    hints: [
      {
        zh: '输出尺寸只取决于输入尺寸、核大小、填充和步长，与通道数无关。',
        en: 'The output size depends only on the input size, the kernel size, the padding and the stride, not on the channels.',
      },
      dilated
        ? {
            zh: `有空洞率时，核覆盖的范围是 $d(K - 1) + 1$：$${dilatedSizeFormula}$。`,
            en: `With dilation the kernel spans $d(K - 1) + 1$ cells: $${dilatedSizeFormula}$.`,
          }
        : {
            zh: `$${sizeFormula}$：填充在两侧，所以加 $2P$。`,
            en: `$${sizeFormula}$: the padding is on both sides, so add $2P$.`,
          },
      {
        zh: '分数不是整数时向下取整：最后一个放不下的窗口不算。',
        en: 'When the fraction is not whole, round it down: a last window that does not fit is not counted.',
      },
    ],
  };
}

export const convOutputSize = defineTemplate<ConvOutputSizeParameters>({
  id,
  title: { zh: '卷积输出尺寸', en: 'Convolution output size' },
  tags: ['conv'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem) {
    const { parameters } = problem;
    const size = outputOf(parameters);
    const dilated = parameters.dilation > 1;
    return {
      answers: { output: size(parameters) },
      steps: [
        {
          text: dilated
            ? { zh: '有空洞率的输出尺寸公式：', en: 'The output size with dilation:' }
            : { zh: '输出尺寸公式（向下取整）：', en: 'The output size (rounded down):' },
          formula: dilated ? dilatedSizeFormula : sizeFormula,
        },
        {
          text: { zh: '代入本题的数：', en: 'With this problem’s numbers:' },
          formula: substitutedSize(parameters.input, parameters, size),
          fields: ['output'],
        },
      ],
    };
  },
  mistakes(problem) {
    return sizeMistakes('output', problem.parameters, outputOf(problem.parameters));
  },
});
