import type { LocalizedText } from '../../deck/localized-text.ts';
import { texNumber } from '../../nn/explanation.ts';
import type { WorkedStep } from '../problem.ts';
import type { Fans, InitLayer } from './init-std.ts';

/** The layer as PyTorch builds it, the words students meet in code. */
function layerCode(layer: InitLayer): string {
  return layer.kind === 'conv'
    ? `nn.Conv2d(${layer.inChannels}, ${layer.outChannels}, kernel_size=${layer.kernel})`
    : `nn.Linear(${layer.inFeatures}, ${layer.outFeatures})`;
}

/** A standard deviation to 4 significant figures, with `\approx`. */
function texStd(value: number): string {
  return `\\approx ${Number(value.toPrecision(4))}`;
}

const labels = {
  fanIn: { zh: 'fan_in（$n_{in}$）', en: 'fan_in ($n_{in}$)' },
  fanOut: { zh: 'fan_out（$n_{out}$）', en: 'fan_out ($n_{out}$)' },
  kaiming: { zh: 'Kaiming 初始化的标准差', en: 'Kaiming standard deviation' },
  xavier: { zh: 'Xavier 初始化的标准差', en: 'Xavier standard deviation' },
} satisfies Record<string, LocalizedText>;

function prompt(layer: InitLayer): LocalizedText {
  const code = layerCode(layer);
  return {
    zh:
      `对层 \`${code}\` 的权重做参数初始化（不计偏置）。按 PyTorch 的约定求它的 fan_in 和 fan_out，` +
      '以及权重服从正态分布时 Kaiming 初始化（ReLU，mode=fan_in）和 Xavier 初始化的标准差（保留 3 位有效数字）。',
    en:
      `Initialize the weights of the layer \`${code}\` (bias aside). With PyTorch's conventions, give its fan_in and ` +
      'fan_out, and the standard deviation of normally distributed weights under Kaiming initialization (ReLU, ' +
      'mode=fan_in) and under Xavier initialization (to 3 significant figures).',
  };
}

const hints: readonly LocalizedText[] = [
  {
    zh: 'fan_in 是每个输出神经元连到的输入个数，fan_out 是每个输入连到的输出个数。',
    en: 'fan_in is how many inputs each output unit is connected to; fan_out, how many outputs each input feeds.',
  },
  {
    zh: '卷积层的权重形状是 $C_{out} \\times C_{in} \\times K \\times K$：$n_{in} = C_{in} \\cdot K^2$，$n_{out} = C_{out} \\cdot K^2$；全连接层是 $n_{in}$ 个输入、$n_{out}$ 个输出。',
    en: 'A convolution’s weight is $C_{out} \\times C_{in} \\times K \\times K$: $n_{in} = C_{in} \\cdot K^2$, $n_{out} = C_{out} \\cdot K^2$; a fully connected layer has $n_{in}$ inputs and $n_{out}$ outputs.',
  },
  {
    zh: 'Kaiming 初始化：$\\sigma = \\sqrt{2 / n_{in}}$（ReLU 的增益 $\\sqrt{2}$）；Xavier 初始化：$\\sigma = \\sqrt{2 / (n_{in} + n_{out})}$。',
    en: 'Kaiming: $\\sigma = \\sqrt{2 / n_{in}}$ (ReLU’s gain $\\sqrt{2}$); Xavier: $\\sigma = \\sqrt{2 / (n_{in} + n_{out})}$.',
  },
];

function fanFormulas(layer: InitLayer, fans: Fans): string {
  if (layer.kind === 'linear') {
    return `n_{in} = ${texNumber(fans.fanIn)},\\quad n_{out} = ${texNumber(fans.fanOut)}`;
  }
  const { inChannels, outChannels, kernel } = layer;
  return (
    `n_{in} = C_{in} \\cdot K^2 = ${inChannels} \\times ${kernel}^2 = ${texNumber(fans.fanIn)},\\quad ` +
    `n_{out} = C_{out} \\cdot K^2 = ${outChannels} \\times ${kernel}^2 = ${texNumber(fans.fanOut)}`
  );
}

function steps(layer: InitLayer, fans: Fans, std: { kaiming: number; xavier: number }): WorkedStep[] {
  const shape =
    layer.kind === 'conv'
      ? `${layer.outChannels}×${layer.inChannels}×${layer.kernel}×${layer.kernel}`
      : `${layer.outFeatures}×${layer.inFeatures}`;
  return [
    {
      text: {
        zh: `权重形状为 ${shape}。PyTorch 的 fan_in 是每个输出神经元的输入个数，fan_out 是每个输入连到的输出个数：`,
        en: `The weight is ${shape}. PyTorch’s fan_in counts the inputs of each output unit, fan_out the outputs each input feeds:`,
      },
      formula: fanFormulas(layer, fans),
      fields: ['fan_in', 'fan_out'],
    },
    {
      text: {
        zh: 'Kaiming 初始化（He 等，2015）：ReLU 把约一半的激活值置零，增益取 $\\sqrt{2}$，使各层激活值的方差保持不变：',
        en: 'Kaiming initialization (He et al., 2015): ReLU zeroes about half the activations, so the gain is $\\sqrt{2}$, which keeps the activations’ variance from layer to layer:',
      },
      formula: `\\sigma_{K} = \\frac{\\sqrt{2}}{\\sqrt{n_{in}}} = \\sqrt{\\frac{2}{${texNumber(fans.fanIn)}}} ${texStd(std.kaiming)}`,
      fields: ['kaiming'],
    },
    {
      text: {
        zh: 'Xavier 初始化（Glorot 与 Bengio，2010）：兼顾前向传播与反向传播，取 fan_in 与 fan_out 的平均：',
        en: 'Xavier initialization (Glorot and Bengio, 2010): balancing the forward and the backward pass, it averages fan_in and fan_out:',
      },
      formula: `\\sigma_{X} = \\sqrt{\\frac{2}{n_{in} + n_{out}}} = \\sqrt{\\frac{2}{${texNumber(fans.fanIn)} + ${texNumber(fans.fanOut)}}} ${texStd(std.xavier)}`,
      fields: ['xavier'],
    },
  ];
}

/** The words of init-std in both languages (GLOSSARY.md): prompt, labels, hints, worked steps. */
export const initStdText = { labels, prompt, hints, steps };
