import type { LocalizedText } from '../../deck/localized-text.ts';
import type { Analysis } from '../../nn/analysis.ts';
import type { ReceptiveFieldParameters, StackLayer } from './receptive-field.ts';

/** The receptive-field problem in words (Markdown with `$…$` math), in the glossary's terms. */

function square(size: number): string {
  return `$${size} \\times ${size}$`;
}

function row(layer: StackLayer, analysis: Analysis): { zh: string; en: string } {
  if (layer.kind === 'fc') {
    const input = analysis.layers.find((candidate) => candidate.name === layer.name)!.inputShapes[0]!;
    const zh =
      input.length === 3 ? `全连接层（读入 ${square(input[1]!)} 的特征图）` : '全连接层（接在全连接层之后）';
    const en =
      input.length === 3
        ? `fully connected (reads the ${square(input[1]!)} feature map)`
        : 'fully connected (after a fully connected layer)';
    return { zh: `| ${layer.name} | ${zh} | — | — | — |`, en: `| ${layer.name} | ${en} | — | — | — |` };
  }
  const cells = `${square(layer.kernel)} | ${layer.stride} | ${layer.padding} |`;
  return layer.kind === 'conv'
    ? { zh: `| ${layer.name} | 卷积层 | ${cells}`, en: `| ${layer.name} | convolution | ${cells}` }
    : { zh: `| ${layer.name} | 最大池化层 | ${cells}`, en: `| ${layer.name} | max pooling | ${cells}` };
}

export function receptiveFieldPrompt(
  parameters: ReceptiveFieldParameters,
  analysis: Analysis,
  lead?: LocalizedText,
): LocalizedText {
  const rows = parameters.layers.map((layer) => row(layer, analysis));
  const zh = [
    `输入为 ${square(parameters.input)} 的图像，依次经过下面各层：`,
    '',
    '| 层 | 类型 | 核大小 | 步长 | 填充 |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((text) => text.zh),
    '',
    `求每层神经元在输入图像上的感受野 $R$ 和累积步长 $j$（全连接层只求感受野），以及 ${parameters.previousOf} 的神经元在前一层特征图上的感受野。`,
  ].join('\n');
  const en = [
    `A ${square(parameters.input)} input image goes through these layers in turn:`,
    '',
    '| layer | type | kernel size | stride | padding |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((text) => text.en),
    '',
    `Find, for every layer, the receptive field $R$ of its neurons on the input image and the jump $j$ (for a fully connected layer the receptive field only), and the receptive field of a ${parameters.previousOf} neuron on the previous layer’s feature map.`,
  ].join('\n');
  return lead ? { zh: `${lead.zh}\n\n${zh}`, en: `${lead.en}\n\n${en}` } : { zh, en };
}

/** From a nudge to nearly the method. */
export const receptiveFieldHints: readonly LocalizedText[] = [
  {
    zh: '从输入开始：$R_0 = 1$，$j_0 = 1$，然后逐层往下算。',
    en: 'Start at the input: $R_0 = 1$, $j_0 = 1$, then go down layer by layer.',
  },
  {
    zh: '每层的感受野增加 $(k_l - 1) \\cdot j_{l-1}$，累积步长 $j_l = j_{l-1} \\cdot s_l$：之前各层步长的乘积。',
    en: 'Each layer adds $(k_l - 1) \\cdot j_{l-1}$ to the field, and the jump becomes $j_l = j_{l-1} \\cdot s_l$: the product of the strides so far.',
  },
  {
    zh: '池化层和卷积层一样算；接在特征图之后的全连接层相当于与特征图一样大的卷积；接在全连接层之后的全连接层感受野不变。在前一层上的感受野就是核大小。',
    en: 'Pooling counts like a convolution; a fully connected layer after a feature map is a convolution as large as the map; after another fully connected layer the field stays the same. On the previous layer the field is the kernel size.',
  },
];
