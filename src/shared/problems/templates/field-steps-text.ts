import type { LocalizedText } from '../../deck/localized-text.ts';
import { texNumber } from '../../nn/explanation.ts';
import type { WorkedStep } from '../problem.ts';
import { strideOf, type FieldSize, type FieldStep } from './layer-stack.ts';

/**
 * The worked steps of a receptive field, layer by layer, for the receptive-field and AlexNet templates: the
 * rule (Araujo, Norris, Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019, as
 * the homework's problem 5 states it), then one line per layer with its numbers.
 */

export const distillReference: LocalizedText = {
  zh: 'Araujo、Norris、Sim，「Computing Receptive Fields of Convolutional Neural Networks」，Distill 2019，<https://distill.pub/2019/computing-receptive-fields/>',
  en: 'Araujo, Norris, Sim, “Computing Receptive Fields of Convolutional Neural Networks”, Distill 2019, <https://distill.pub/2019/computing-receptive-fields/>',
};

/** The recursion and its closed form: R_l = R_{l-1} + (k_l - 1) ∏_{i<l} s_i (homework 2, problem 5). */
export const fieldRuleFormula =
  'R_l = R_{l-1} + (k_l - 1) \\prod_{i<l} s_i = R_{l-1} + (k_l - 1)\\, j_{l-1},\\quad j_l = j_{l-1}\\, s_l,\\quad R_0 = j_0 = 1';

export function fieldRuleStep(fields: readonly string[]): WorkedStep {
  return {
    text: {
      zh:
        '从输入开始，$R_0 = 1$、$j_0 = 1$，逐层递推：卷积层把感受野扩大 $(k_l - 1)$ 乘以之前各层步长之积 $j_{l-1}$，' +
        '累积步长再乘以本层的步长；池化层按 $k \\times k$、步长 $s$ 的卷积计算；全连接层若接在特征图之后，视为与特征图' +
        `一样大的卷积，若前一层已是全连接层，感受野不变（${distillReference.zh}）。`,
      en:
        'Start at the input with $R_0 = 1$ and $j_0 = 1$ and go layer by layer: a convolution grows the field by ' +
        '$(k_l - 1)$ times the product of the earlier strides $j_{l-1}$, and the jump is multiplied by its stride; a ' +
        'pooling layer counts as a $k \\times k$ convolution with stride $s$; a fully connected layer after a feature ' +
        'map is a convolution as large as that map, and after another fully connected layer the field stays the same ' +
        `(${distillReference.en}).`,
    },
    formula: fieldRuleFormula,
    fields,
  };
}

function subscript(name: string): string {
  return `\\mathrm{${name.replaceAll('_', '\\_')}}`;
}

/** What one layer is, for its worked line. */
function layerText(layer: FieldStep, previousIsFullyConnected: boolean): LocalizedText {
  const step = layer.step;
  if (step.type === 'whole') {
    if (previousIsFullyConnected) {
      return {
        zh: `${layer.name}（前一层已是全连接层，感受野不变）`,
        en: `${layer.name} (the layer before is fully connected: the field stays the same)`,
      };
    }
    const grid = `$${texNumber(layer.inputGrid[0])} \\times ${texNumber(layer.inputGrid[1])}$`;
    return {
      zh: `${layer.name}（全连接层，读入 ${grid} 的特征图，视为 ${grid} 的卷积）`,
      en: `${layer.name} (fully connected, reads the ${grid} feature map: counted as a convolution of that size)`,
    };
  }
  if (step.type !== 'window') return { zh: layer.name, en: layer.name };
  const kernel = step.kernel[0];
  const stride = step.stride[0];
  return layer.name.startsWith('pool')
    ? {
        zh: `${layer.name}（池化层，按核大小 ${kernel}、步长 ${stride} 的卷积计算）`,
        en: `${layer.name} (pooling, counted as a convolution with kernel size ${kernel} and stride ${stride})`,
      }
    : {
        zh: `${layer.name}（卷积层，核大小 ${kernel}，步长 ${stride}）`,
        en: `${layer.name} (convolution, kernel size ${kernel}, stride ${stride})`,
      };
}

/** The kernel size a layer adds with: its window, or the grid a fully connected layer reads. */
function kernelOf(layer: FieldStep): number {
  if (layer.step.type === 'whole') return layer.inputGrid[0];
  if (layer.step.type === 'window') return layer.step.dilation[0] * (layer.step.kernel[0] - 1) + 1;
  return 1;
}

/**
 * One line per layer: `R = R_prev + (k - 1) × j_prev`, and the jump where `jumpField` names a field for it.
 * `fieldIds(name)` gives the fields a line answers.
 */
export function fieldLayerSteps(
  layers: readonly FieldStep[],
  fields: ReadonlyMap<string, FieldSize>,
  fieldIds: (name: string) => readonly string[],
  inputSize: number,
): WorkedStep[] {
  return layers.map((layer, index) => {
    const before = index > 0 ? fields.get(layers[index - 1]!.name)! : { size: 1, jump: 1 };
    const after = fields.get(layer.name)!;
    const previousIsFullyConnected =
      index > 0 && layer.step.type === 'whole' && layers[index - 1]!.step.type === 'whole';
    const name = subscript(layer.name);
    const grow =
      previousIsFullyConnected || kernelOf(layer) === 1
        ? `R_{${name}} = ${texNumber(after.size)}`
        : `R_{${name}} = ${texNumber(before.size)} + (${texNumber(kernelOf(layer))} - 1) \\times ${texNumber(before.jump)} = ${texNumber(after.size)}`;
    const jump =
      layer.step.type === 'window'
        ? `,\\quad j_{${name}} = ${texNumber(before.jump)} \\times ${texNumber(strideOf(layer))} = ${texNumber(after.jump)}`
        : '';
    const text = layerText(layer, previousIsFullyConnected);
    const covers = after.size >= inputSize;
    return {
      text: covers
        ? {
            zh: `${text.zh}：感受野已超过 ${inputSize} 像素的输入，覆盖整幅图像。`,
            en: `${text.en}: the field is larger than the ${inputSize}-pixel input and covers the whole image.`,
          }
        : { zh: `${text.zh}：`, en: `${text.en}:` },
      formula: grow + jump,
      fields: fieldIds(layer.name),
    };
  });
}
