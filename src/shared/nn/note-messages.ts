import type { Language } from '../deck/localized-text.ts';
import { formatCount } from './explanation.ts';
import type { LayerNote, LayerNoteCode, LayerNoteOf, NoteSubject } from './note.ts';

const subjects: Readonly<Record<NoteSubject, Record<Language, string>>> = {
  activation: { zh: '激活函数', en: 'An activation' },
  pooling: { zh: '池化', en: 'Pooling' },
  concat: { zh: '拼接', en: 'Concatenation' },
  flatten: { zh: '展平', en: 'Flatten' },
  dropout: { zh: 'Dropout', en: 'Dropout' },
  batchNorm: { zh: 'BN', en: 'BatchNorm' },
  lrn: { zh: 'LRN', en: 'LRN' },
  add: { zh: '残差相加', en: 'A residual add' },
};

/** A Chinese subject before Chinese text: a space after a Latin one ("Dropout 没有权重", GLOSSARY.md Style). */
function zhSubject(subject: NoteSubject): string {
  const word = subjects[subject].zh;
  return /[A-Za-z]$/.test(word) ? `${word} ` : word;
}

/** [first, last] of input rows or columns: "55" or "54 to 55". */
const enRange = ([first, last]: number[]): string => (first === last ? `${first}` : `${first} to ${last}`);
const zhRange = ([first, last]: number[]): string => (first === last ? `${first}` : `${first} 到 ${last}`);
const pairText = (pair: readonly number[], times: string): string =>
  pair[0] === pair[1] ? String(pair[0]) : pair.join(times);

type Wording<Note> = Readonly<Record<Language, (note: Note) => string>>;

/**
 * Every note and warning of the analyser in Chinese and English, keyed by the union's codes (a code without
 * both wordings does not compile). Chinese follows GLOSSARY.md: MACs are 乘加次数, the homework's
 * 「卷积操作数（FLOPs）」 is said to be the app's MACs, 累积步长 for the jump, 神经元 for a unit.
 */
export const noteMessages: { readonly [Code in LayerNoteCode]: Wording<LayerNoteOf<Code>> } = {
  networkInput: { zh: () => '网络的输入。', en: () => 'The network input.' },
  inputCountedApart: {
    zh: () => '输入单独计数，不计入各层合计。',
    en: () => 'The input, counted apart from the layer total.',
  },
  inputSeesItself: { zh: () => '每个输入像素只看到它自己。', en: () => 'Each input pixel sees itself.' },
  convMacs: {
    zh: () =>
      '每个输出位置上每个权重做一次乘加；偏置加法计入其他运算。作业中的「卷积操作数（FLOPs）」即此处的乘加次数（MACs）。',
    en: () =>
      'One multiply-accumulate per weight per output position; bias adds are other ops. The homework\'s "FLOPs" (卷积操作数) are these MACs.',
  },
  transposedMacs: {
    zh: () => '按输入位置计数：每个输入值与每个权重各相乘一次。',
    en: () => 'Counted over input positions: each input value is scattered through every weight once.',
  },
  flopsTwice: {
    zh: () =>
      '一次乘加是两次浮点运算（PyTorch FlopCounterMode、DeepSpeed 的约定）。作业中的「卷积操作数（FLOPs）」一次乘加只计一次，即乘加次数（MACs）。',
    en: () =>
      'A multiply-accumulate is two floating-point operations (PyTorch FlopCounterMode, DeepSpeed). The homework\'s "FLOPs" count one per multiply-add: they are the MACs.',
  },
  newTensor: { zh: () => '新的张量：计入合计。', en: () => 'A new tensor: counted in the total.' },
  reusesMemory: {
    zh: () => '原地操作或视图：复用输入的显存，不重复计数。',
    en: () => "In place or a view: it reuses its input's memory and is not counted again.",
  },
  onePerElement: { zh: () => '每个元素计算一次。', en: () => 'One evaluation per element.' },
  softmaxOps: {
    zh: () => '每个元素一次指数运算、一次求和、一次除法。',
    en: () => 'An exponential, a share of the sum and a divide per element.',
  },
  lrnOps: {
    zh: () => '平方和需要 n 次乘加，再做一次缩放、一次乘方和一次除法。',
    en: () => 'n multiply-adds for the sum of squares, then a scale, a power and a divide.',
  },
  noBiasNoAdds: { zh: () => '没有偏置，也就没有偏置加法。', en: () => 'No bias, so no bias adds.' },
  concatCopies: { zh: () => '拼接只复制数据。', en: () => 'Concatenation only copies.' },
  noArithmetic: {
    zh: (n) => `${zhSubject(n.subject)}不做算术运算。`,
    en: (n) => `${subjects[n.subject].en} does no arithmetic.`,
  },
  noMultiplies: {
    zh: (n) => `${zhSubject(n.subject)}不做乘加。`,
    en: (n) => `${subjects[n.subject].en} does no multiply-accumulates.`,
  },
  noWeights: {
    zh: (n) => `${zhSubject(n.subject)}没有权重。`,
    en: (n) => `${subjects[n.subject].en} has no weights.`,
  },
  notInMacs: {
    zh: (n) => `${zhSubject(n.subject)}不计入乘加次数（MACs，只数卷积层和全连接层），见其他运算。`,
    en: (n) =>
      `${subjects[n.subject].en} is not counted in MACs (conv and linear layers only); see other ops.`,
  },
  flattenView: { zh: () => '输入的视图：不占新的显存。', en: () => 'A view of its input: no new memory.' },
  flattenReshapes: {
    zh: () => '展平只改变形状，不移动数据。',
    en: () => 'Flatten only reinterprets the memory.',
  },
  dropoutInference: {
    zh: () => '按推理阶段计数，此时 Dropout 不起作用。',
    en: () => 'Counted at inference, where dropout does nothing.',
  },
  dropoutP: {
    zh: (n) => `训练阶段以丢弃概率 p = ${n.p} 丢弃每个值；推理时原样输出。`,
    en: (n) => `Drops each value with p = ${n.p} while training; the identity at inference.`,
  },
  bnInference: {
    zh: () => '推理时 y = γ(x − 均值)/√(方差 + ε) + β 可合并为一次缩放和一次平移。',
    en: () =>
      'Inference form: y = gamma (x - mean) / sqrt(var + eps) + beta folds into one scale and one shift.',
  },
  bnBuffers: {
    zh: (n) => `移动平均统计量（running_mean、running_var，不参与训练）另计：2C = ${formatCount(n.count)}。`,
    en: (n) => `Buffers apart: running mean and variance, 2C = ${formatCount(n.count)} (not learned).`,
  },
  ceilMode: {
    zh: () => '向上取整（ceil_mode）：最后一个窗口必须从输入或左侧填充内开始（PyTorch 规则）。',
    en: () => 'ceil_mode: a last window must start inside the input or the left padding (PyTorch).',
  },
  samePadding: {
    zh: () => '填充 same：总填充为 d(k−1)，较小的一半在前（PyTorch 规则）。',
    en: () => '"same": total d(k-1), the smaller half before (PyTorch).',
  },
  excludePad: {
    zh: () => '填充不计入平均（count_include_pad = False）：求平均时不计填充位置。',
    en: () => 'count_include_pad = False: padded positions are left out of each average.',
  },
  globalAverage: {
    zh: () => '全局平均池化：每个通道求一个平均值。',
    en: () => 'Global average pooling: one average per channel.',
  },
  adaptiveWindows: {
    zh: (n) =>
      `每个轴的窗口为 [floor(m i / o), ceil((m+1) i / o))，${n.regular ? `这里是规则的 ${n.regular.join('×')} 池化` : '这里窗口大小不均匀'}。`,
    en: (n) =>
      `Windows [floor(m i / o), ceil((m+1) i / o)) per axis${n.regular ? `, here a regular ${n.regular.join('x')} pool` : ', uneven here'}.`,
  },
  outChannels: {
    zh: (n) =>
      n.filters ? `C_out = ${n.count}，即 ${n.count} 个滤波器。` : `输出通道数 C_out = ${n.count}。`,
    en: (n) => (n.filters ? `C_out = ${n.count} filters.` : `C_out = ${n.count}.`),
  },
  paddingSides: {
    zh: (n) => `填充 [上, 下, 左, 右] = [${n.sides.join(', ')}]。`,
    en: (n) => `Padding [top, bottom, left, right] = [${n.sides.join(', ')}].`,
  },
  weightsAndBias: {
    zh: (n) => `权重 ${formatCount(n.weights)}，偏置 ${formatCount(n.bias)}。`,
    en: (n) => `Weights ${formatCount(n.weights)}, bias ${formatCount(n.bias)}.`,
  },
  channelsUnchanged: {
    zh: (n) => `通道数不变：${n.count}。`,
    en: (n) => `Channels unchanged: ${n.count}.`,
  },
  groupsSee: {
    zh: (n) => `分组数 = ${n.groups}：每个滤波器只看 ${n.total} 个输入通道中的 ${n.seen} 个。`,
    en: (n) => `groups = ${n.groups}: each filter sees ${n.seen} of the ${n.total} input channels.`,
  },
  flattened: {
    zh: (n) => `${n.shape.join('×')} 的输入展平为 ${formatCount(n.features)} 个特征。`,
    en: (n) => `The ${n.shape.join('x')} input is flattened to ${formatCount(n.features)} features.`,
  },
  branchesShare: {
    zh: (n) => `全部 ${n.count} 个分支的空间尺寸都是 ${n.size.join('×') || '（无）'}。`,
    en: (n) => `Spatial size ${n.size.join('x') || 'none'} shared by all ${n.count} branches.`,
  },
  activation: {
    zh: (n) => `${n.kind}：${n.formula}${n.inPlace ? '，原地操作（覆盖输入，不占新的显存）' : ''}。`,
    en: (n) =>
      `${n.kind}: ${n.formula}${n.inPlace ? ', in place (overwrites its input, no new memory)' : ''}.`,
  },
  elementwiseField: {
    zh: () => '逐元素运算：每个输出神经元看到的正是它的输入看到的（k = 1）。',
    en: () => 'Elementwise: each output sees exactly what its input saw (k = 1).',
  },
  multiPathField: {
    zh: () => '多路径：取各分支感受野的并集；对齐的分支累积步长与中心相同。',
    en: () => "Multi-path: the union of the branches' fields; aligned branches share jump and centre.",
  },
  transposedField: {
    zh: () => '神经元 0 接收使 i = (p − t d)/s 为整数的输入神经元。',
    en: () => 'Unit 0 receives the input units i = (p - t d)/s that are whole numbers.',
  },
  approximateField: {
    zh: () => '近似值：窗口不均匀（有余数的自适应池化或转置卷积）。',
    en: () => 'Approximate: uneven windows (adaptive pooling with a remainder or a transposed convolution).',
  },
  notAlignedField: {
    zh: () => '未对齐：各分支的累积步长或中心不同，显示的是它们的并集。',
    en: () => 'Not aligned: the branches differ in jump or centre, so the field shown is their union.',
  },
  wholeGrid: {
    zh: (n) =>
      `看到整个 ${n.grid.join('×')} 输入网格，按 ${n.grid.join('×')} 窗口计算（作业对 AlexNet fc6 的约定）。`,
    en: (n) =>
      `Sees its whole ${n.grid.join('x')} input grid, counted as a ${n.grid.join('x')} window (the seed's convention for AlexNet fc6).`,
  },
  coversInput: {
    zh: (n) => `理论感受野 ${pairText(n.size, '×')} 覆盖了整个 ${n.input.join('×')} 输入，超出的部分是填充。`,
    en: (n) =>
      `Theoretical size ${pairText(n.size, ' x ')} covers the whole ${n.input.join('x')} input; the part beyond it is padding.`,
  },
  widthField: {
    zh: (n) => `宽方向：r = ${n.size}，j = ${n.jump}。`,
    en: (n) => `Width: r = ${n.size}, j = ${n.jump}.`,
  },
  layerSum: {
    zh: (n) =>
      ({
        params: '各层参数量之和（权重 + 偏置）。',
        macs: '各层乘加次数（MACs）之和（卷积层 + 全连接层）。作业中的「卷积操作数（FLOPs）」即此处的 MACs。',
        flops: '各层 FLOPs 之和，= 2 × MACs。',
        activations: '存储的各层输出之和，不含输入；原地操作与视图不重复计数。',
      })[n.total],
    en: (n) =>
      ({
        params: 'The sum of every layer’s parameters (weights + bias).',
        macs: 'The sum of every layer’s MACs (conv + linear). The homework’s "FLOPs" (卷积操作数) are these MACs.',
        flops: 'The sum of every layer’s FLOPs, = 2 x MACs.',
        activations:
          'The sum of the stored layer outputs, input excluded; in-place layers and views are not counted again.',
      })[n.total],
  },
  floorDrops: {
    zh: (n) => {
      const parts = [
        ...(n.rows ? [`第 ${zhRange(n.rows)} 行`] : []),
        ...(n.columns ? [`第 ${zhRange(n.columns)} 列`] : []),
      ];
      return `向下取整舍弃了输入的${parts.join('和')}：没有窗口覆盖到它们。`;
    },
    en: (n) => {
      const parts = [
        ...(n.rows ? [`${n.rows[0] === n.rows[1] ? 'row' : 'rows'} ${enRange(n.rows)}`] : []),
        ...(n.columns
          ? [`${n.columns[0] === n.columns[1] ? 'column' : 'columns'} ${enRange(n.columns)}`]
          : []),
      ];
      const single = parts.length === 1 && !parts[0]!.includes(' to ');
      return `floor drops input ${parts.join(' and ')}: no window reaches ${single ? 'it' : 'them'}`;
    },
  },
  notAligned: {
    zh: () => '感受野未对齐：各分支的累积步长或中心不同。',
    en: () => 'receptive fields not aligned: the branches differ in jump or centre',
  },
};

/** A note in words, in one language. */
export function wordNote(note: LayerNote, language: Language): string {
  const wording = noteMessages[note.code][language] as (note: LayerNote) => string;
  return wording(note);
}
