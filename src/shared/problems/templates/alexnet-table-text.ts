import type { LocalizedText } from '../../deck/localized-text.ts';
import type { Analysis } from '../../nn/analysis.ts';
import { formatCount, texNumber } from '../../nn/explanation.ts';
import type { LayerSpec, NetworkSpec } from '../../nn/network.ts';
import type { AlexNetSizes } from '../../nn/presets/course/alexnet2012.ts';
import type { WorkedStep } from '../problem.ts';
import { fieldLayerSteps, fieldRuleStep } from './field-steps-text.ts';
import type { FieldSize } from './layer-stack.ts';
import { memoryRows, parameterRows, rowOf, tableRows, type AlexNetWorked } from './alexnet-network.ts';

/** The AlexNet table in words (Markdown with `$…$` math) and its worked steps, in the glossary's terms. */

function firstOf(value: unknown): number {
  return Array.isArray(value) ? (value[0] as number) : (value as number);
}

/** One row of the network table, read from the layer's attributes. */
function layerRow(layer: LayerSpec): LocalizedText {
  const { attributes } = layer;
  if (layer.kind === 'linear') {
    const features = formatCount(attributes.outFeatures as number);
    return {
      zh: `| ${layer.name} | 全连接层 | — | — | — | ${features} | — |`,
      en: `| ${layer.name} | fully connected | — | — | — | ${features} | — |`,
    };
  }
  const kernel = firstOf(attributes.kernel);
  const stride = attributes.stride === null ? kernel : firstOf(attributes.stride);
  const padding = typeof attributes.padding === 'string' ? attributes.padding : firstOf(attributes.padding);
  const window = `$${kernel} \\times ${kernel}$ | ${stride} | ${padding}`;
  return layer.kind === 'conv2d'
    ? {
        zh: `| ${layer.name} | 卷积层 | ${window} | ${formatCount(attributes.outChannels as number)} | ${attributes.groups as number} |`,
        en: `| ${layer.name} | convolution | ${window} | ${formatCount(attributes.outChannels as number)} | ${attributes.groups as number} |`,
      }
    : {
        zh: `| ${layer.name} | 最大池化层 | ${window} | — | — |`,
        en: `| ${layer.name} | max pooling | ${window} | — | — |`,
      };
}

export function alexnetPrompt(
  sizes: AlexNetSizes,
  network: NetworkSpec,
  lead?: LocalizedText,
): LocalizedText {
  const rows = network.layers
    .filter((layer) => (tableRows as readonly string[]).includes(layer.name))
    .map(layerRow);
  const input = `$${sizes.input} \\times ${sizes.input} \\times 3$`;
  const zh = [
    `输入为 ${input} 的图像，网络结构如下（每个卷积层和 fc6、fc7 之后接 ReLU）：`,
    '',
    '| 层 | 类型 | 核大小 | 步长 | 填充 | 输出通道数 / 神经元数 | 分组数 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => row.zh),
    '',
    '求每层（卷积层、池化层、全连接层）对输入图像的感受野；每层的参数量，分组（按上表的分组数）和不分组（分组数都为 1）各算一次；每层的显存占用（输出的元素个数，含输入，乘以 4 字节也正确）；并找出参数瓶颈和显存占用瓶颈（填层名）。',
  ].join('\n');
  const en = [
    `A ${input} input image goes through this network (a ReLU after every convolution and after fc6 and fc7):`,
    '',
    '| layer | type | kernel size | stride | padding | out channels / features | groups |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => row.en),
    '',
    'Find every layer’s receptive field on the input image (convolution, pooling and fully connected layers); every layer’s parameters, grouped (with the groups above) and ungrouped (groups all 1); every layer’s memory (its output’s elements, the input included; ×4 bytes is also right); and the parameter bottleneck and the memory bottleneck (layer names).',
  ].join('\n');
  return lead ? { zh: `${lead.zh}\n\n${zh}`, en: `${lead.en}\n\n${en}` } : { zh, en };
}

/** The side of the map fc6 reads (6 on AlexNet): fc6 is a convolution that large. */
function lastSide(analysis: Analysis): number {
  return rowOf(analysis, 'pool5').output[1]!;
}

export function alexnetHints(sizes: AlexNetSizes, analysis: Analysis): LocalizedText[] {
  const side = lastSide(analysis);
  const grid = `$${side} \\times ${side}$`;
  return [
    {
      zh: `先逐层写出输出尺寸：$W_{out} = \\lfloor (W_{in} - K + 2P)/S \\rfloor + 1$，从 $${sizes.input} \\times ${sizes.input} \\times 3$ 开始。`,
      en: `First write each layer’s output size: $W_{out} = \\lfloor (W_{in} - K + 2P)/S \\rfloor + 1$, starting from $${sizes.input} \\times ${sizes.input} \\times 3$.`,
    },
    {
      zh: `感受野：$R_l = R_{l-1} + (k_l - 1)\\, j_{l-1}$，$j_l = j_{l-1}\\, s_l$；池化层和卷积层一样算；fc6 读入 pool5 的 ${grid} 特征图，视为 ${grid} 的卷积；fc7、fc8 不变。`,
      en: `Receptive field: $R_l = R_{l-1} + (k_l - 1)\\, j_{l-1}$, $j_l = j_{l-1}\\, s_l$; pooling counts like a convolution; fc6 reads pool5’s ${grid} map, so it counts as a ${grid} convolution; fc7 and fc8 keep it.`,
    },
    {
      zh: '参数量：卷积层 $C_{out} \\cdot \\frac{C_{in}}{g} \\cdot k^2 + C_{out}$，全连接层 $n_{in} \\cdot n_{out} + n_{out}$，池化层没有参数。显存占用是每层输出的元素个数 $H \\times W \\times C$。',
      en: 'Parameters: a convolution has $C_{out} \\cdot \\frac{C_{in}}{g} \\cdot k^2 + C_{out}$, a fully connected layer $n_{in} \\cdot n_{out} + n_{out}$, pooling none. Memory is the number of elements of each layer’s output, $H \\times W \\times C$.',
    },
  ];
}

function parameterSteps(work: AlexNetWorked): WorkedStep[] {
  const intro: WorkedStep = {
    text: {
      zh: '参数量 = 权重 + 偏置：卷积层每个滤波器有 $\\frac{C_{in}}{g} \\cdot k_h k_w$ 个权重和 1 个偏置（分组卷积中每个滤波器只看 $C_{in}/g$ 个输入通道）；全连接层把输入展平后有 $n_{in} \\cdot n_{out}$ 个权重和 $n_{out}$ 个偏置；池化层没有参数。',
      en: 'Parameters = weights + bias: each filter of a convolution has $\\frac{C_{in}}{g} \\cdot k_h k_w$ weights and 1 bias (in a grouped convolution each filter sees only $C_{in}/g$ input channels); a fully connected layer flattens its input and has $n_{in} \\cdot n_{out}$ weights and $n_{out}$ biases; pooling has no parameters.',
    },
    formula:
      'C_{out} \\cdot \\frac{C_{in}}{g} \\cdot k_h k_w + C_{out},\\quad n_{in} \\cdot n_{out} + n_{out}',
  };
  const rows = parameterRows.map((name): WorkedStep => {
    const grouped = rowOf(work.grouped, name);
    const ungrouped = rowOf(work.ungrouped, name);
    const same = grouped.params.total === ungrouped.params.total;
    return {
      text: same
        ? { zh: `${name}（分组与不分组相同）：`, en: `${name} (the same grouped and ungrouped):` }
        : { zh: `${name}（分组；不分组）：`, en: `${name} (grouped; ungrouped):` },
      formula: same
        ? grouped.explanations!.params.substituted
        : `${grouped.explanations!.params.substituted};\\quad ${ungrouped.explanations!.params.substituted}`,
      fields: [`params.${name}`, `params_ungrouped.${name}`],
    };
  });
  return [intro, ...rows];
}

function memorySteps(work: AlexNetWorked): WorkedStep[] {
  const intro: WorkedStep = {
    text: {
      zh: '显存占用：每层输出（激活值）的元素个数 $H \\times W \\times C$，输入也算；乘以 4 即 fp32 的字节数，同样正确。',
      en: 'Memory: the number of elements of each layer’s output (its activations), $H \\times W \\times C$, the input included; times 4 gives fp32 bytes, also right.',
    },
    formula:
      'H_{out} = \\left\\lfloor \\frac{H_{in} - K + 2P}{S} \\right\\rfloor + 1,\\quad H \\times W \\times C',
  };
  const rows = memoryRows.map((name): WorkedStep => {
    const row = rowOf(work.grouped, name);
    const [channels, height, width] = row.output;
    const product =
      height === undefined
        ? texNumber(row.activations.elements)
        : `${texNumber(height)} \\times ${texNumber(width!)} \\times ${texNumber(channels!)} = ${texNumber(row.activations.elements)}`;
    return { text: { zh: `${name}：`, en: `${name}:` }, formula: product, fields: [`memory.${name}`] };
  });
  return [intro, ...rows];
}

function bottleneckSteps(work: AlexNetWorked): WorkedStep[] {
  const { params, memory } = work.grouped.bottlenecks;
  const share = `${(params.share * 100).toFixed(1)}%`;
  const total = formatCount(work.grouped.totals.params.total);
  return [
    {
      text: {
        zh: `参数瓶颈是参数最多的层 ${params.layer}：${formatCount(params.value)} 个参数，占分组版本全部 ${total} 个的 ${share}。`,
        en: `The parameter bottleneck is the layer with the most parameters, ${params.layer}: ${formatCount(params.value)}, ${share} of the grouped network’s ${total}.`,
      },
      formula: `\\max_l P_l = P_{\\mathrm{${params.layer}}} = ${texNumber(params.value)}`,
      fields: ['params_bottleneck'],
    },
    {
      text: {
        zh: `显存占用瓶颈是输出最大的层 ${memory.layer}：${formatCount(memory.value)} 个元素（不含输入）。`,
        en: `The memory bottleneck is the layer with the largest output, ${memory.layer}: ${formatCount(memory.value)} elements (the input aside).`,
      },
      formula: `\\max_l M_l = M_{\\mathrm{${memory.layer}}} = ${texNumber(memory.value)}`,
      fields: ['memory_bottleneck'],
    },
  ];
}

export function alexnetSteps(
  sizes: AlexNetSizes,
  work: AlexNetWorked,
  fields: ReadonlyMap<string, FieldSize>,
): WorkedStep[] {
  return [
    fieldRuleStep([]),
    ...fieldLayerSteps(work.steps, fields, (name) => [`rf.${name}`], sizes.input),
    ...parameterSteps(work),
    ...memorySteps(work),
    ...bottleneckSteps(work),
  ];
}
