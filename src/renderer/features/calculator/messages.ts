import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { ExplanationKey } from '../../../shared/nn/explanation.ts';
import { fieldLabels } from '../../../shared/nn/reason-messages.ts';
import type { BottleneckKind, TableColumn } from '../../../shared/nn/table.ts';

/** The Layer calculator's strings, in both languages. */
export const calculatorMessages = {
  title: { zh: '层计算器', en: 'Layer calculator' },
  intro: {
    zh: '逐层计算输出形状、参数量、MACs、感受野与显存占用。点击任意数字查看公式与代入过程。',
    en: 'Output shape, parameters, MACs, receptive field and activation memory, layer by layer. Click any number to see its formula with the numbers substituted.',
  },
  preset: { zh: '预设网络', en: 'Preset' },
  presetCustom: { zh: '（自定义网络）', en: '(your own network)' },
  presetGroups: {
    course: { zh: '课程与作业', en: 'Course and homework' },
    torchvision: { zh: 'torchvision 模型', en: 'torchvision models' },
  },
  newNetwork: { zh: '新建空网络', en: 'New empty network' },
  input: { zh: '输入形状', en: 'Input shape' },
  inputHint: {
    zh: 'C × H × W（通道 × 高 × 宽），不含 batch 维',
    en: 'C x H x W (channels x height x width), no batch dimension',
  },
  inputAxes: {
    channels: { zh: '通道 C', en: 'Channels C' },
    height: { zh: '高 H', en: 'Height H' },
    width: { zh: '宽 W', en: 'Width W' },
    features: { zh: '特征数', en: 'Features' },
  },
  modes: {
    layers: { zh: '逐层编辑', en: 'Layers' },
    text: { zh: '描述语言', en: 'Text' },
  },
  editorLabel: { zh: '网络描述', en: 'Network description' },
  textHelp: {
    zh: '每行一层，例如 conv 96 k11 s4、pool max k3 s2、fc 4096；「名字:」为层命名；# 开始注释。',
    en: 'One layer per line, e.g. conv 96 k11 s4, pool max k3 s2, fc 4096; "name:" names a layer; # starts a comment.',
  },
  syntaxAt: { zh: '第 {line} 行第 {column} 列：{reason}', en: 'Line {line}, column {column}: {reason}' },
  layerLine: { zh: '（第 {line} 行）', en: '(line {line})' },
  textBroken: {
    zh: '描述文本有语法错误，修正后才能逐层编辑：',
    en: 'The text has a syntax error; fix it to edit layer by layer:',
  },
  openText: { zh: '去修改文本', en: 'Edit the text' },
  emptyNetwork: {
    zh: '网络还没有层。选择一种层，点击「添加层」。',
    en: 'The network has no layers yet. Choose a kind and press "Add layer".',
  },
  emptyTable: {
    zh: '表格只有输入这一行：先添加一层。',
    en: 'The table has only the input row: add a layer first.',
  },
  addLayer: { zh: '添加层', en: 'Add layer' },
  addKind: { zh: '新层的类型', en: 'Kind of the new layer' },
  addAfter: { zh: '添加在选中层之后，或末尾', en: 'Added after the selected layer, or at the end' },
  layerName: { zh: '名字', en: 'Name' },
  layerKind: { zh: '类型', en: 'Kind' },
  layerInputs: { zh: '输入', en: 'Inputs' },
  inputsHint: {
    zh: '层名，用空格分隔；留空为上一层',
    en: 'Layer names, separated by spaces; empty: the previous layer',
  },
  edit: { zh: '编辑', en: 'Edit' },
  done: { zh: '完成', en: 'Done' },
  moveUp: { zh: '上移 {name}', en: 'Move {name} up' },
  moveDown: { zh: '下移 {name}', en: 'Move {name} down' },
  remove: { zh: '删除 {name}', en: 'Remove {name}' },
  editLayer: { zh: '编辑 {name}', en: 'Edit {name}' },
  moveBlocked: {
    zh: '不能移动：{name} 会排在它的输入之前。',
    en: 'Cannot move: {name} would come before one of its inputs.',
  },
  editRefused: {
    zh: '这次修改无法写成描述语言：{reason}',
    en: 'This edit cannot be written as text: {reason}',
  },
  /** The layer fields' labels: the engine's catalogue words its reasons with the same ones. */
  fieldLabels,
  fieldHints: {
    pair: { zh: 'N 或 高x宽，例如 5 或 1x7', en: 'N or HxW, e.g. 5 or 1x7' },
    optionalPair: { zh: '留空为核大小', en: 'Empty: the kernel size' },
    padding: {
      zh: 'N、高x宽、上,下,左,右、same 或 valid',
      en: 'N, HxW, top,bottom,left,right, same or valid',
    },
    groups: { zh: '整数，或 dw（逐通道卷积）', en: 'A whole number, or dw (depthwise)' },
  },
  fieldErrors: {
    pairForm: { zh: '请写成 N 或 高x宽，例如 5 或 1x7', en: 'Write N or HxW, e.g. 5 or 1x7' },
    paddingForm: {
      zh: '请写成 N、高x宽、上,下,左,右、same 或 valid',
      en: 'Write N, HxW, top,bottom,left,right, same or valid',
    },
  },
  toggles: {
    compute: { zh: '计算量', en: 'Compute' },
    dtype: { zh: '数据类型', en: 'Data type' },
    memory: { zh: '显存占用单位', en: 'Memory units' },
  },
  memoryUnits: {
    elements: { zh: '元素个数', en: 'Elements' },
    bytes: { zh: '字节', en: 'Bytes' },
    megabytes: { zh: 'MB（10⁶ 字节）', en: 'MB (10⁶ bytes)' },
  },
  columns: {
    name: { zh: '名字', en: 'Name' },
    layer: { zh: '层', en: 'Layer' },
    output: { zh: '输出 C×H×W', en: 'Output C×H×W' },
    params: { zh: '参数量', en: 'Params' },
    macs: { zh: 'MACs', en: 'MACs' },
    flops: { zh: 'FLOPs', en: 'FLOPs' },
    elements: { zh: '激活值（元素）', en: 'Activations' },
    bytes: { zh: '显存占用（字节，{dtype}）', en: 'Bytes ({dtype})' },
    megabytes: { zh: '显存占用（MB，{dtype}）', en: 'MB ({dtype})' },
    rf: { zh: '感受野', en: 'RF' },
    jump: { zh: '累积步长', en: 'Jump' },
    start: { zh: '起点', en: 'Start' },
  } satisfies Record<Exclude<TableColumn['key'], 'compute'> | 'macs' | 'flops', LocalizedText>,
  totalRow: { zh: '合计', en: 'Total' },
  totalLayers: { zh: '{count} 层', en: '{count} layers' },
  tableCaption: {
    zh: '{model}：输入 {input}，{dtype}。输出形状为 C×H×W（不含 batch）；MB = 10⁶ 字节；合计激活为各层存储的输出之和，不含输入。',
    en: '{model}: input {input}, {dtype}. Output shapes are C×H×W (no batch); MB = 10⁶ bytes; the activation total sums the stored layer outputs, input excluded.',
  },
  bottlenecks: {
    params: { zh: '参数瓶颈', en: 'Parameter bottleneck' },
    memory: { zh: '显存瓶颈', en: 'Memory bottleneck' },
    compute: { zh: '计算瓶颈', en: 'Compute bottleneck' },
  } satisfies Record<BottleneckKind, LocalizedText>,
  bottleneckShare: { zh: '{kind} {share}', en: '{kind} {share}' },
  noBottleneck: { zh: '无', en: 'none' },
  inPlace: {
    zh: '原地/视图：不另占内存，不计入合计',
    en: 'In place or a view: no new memory, not in the total',
  },
  summary: {
    params: { zh: '参数量', en: 'Parameters' },
    paramsDetail: {
      zh: '权重 {weights}，偏置 {bias}；BN 的移动平均统计量（running_mean、running_var，不参与训练）另计 {buffers}',
      en: 'weights {weights}, bias {bias}; BN buffers apart: {buffers}',
    },
    macs: { zh: 'MACs（乘加）', en: 'MACs' },
    macsDetail: {
      zh: '卷积 + 全连接，不含偏置；FLOPs = 2 × MACs = {flops}',
      en: 'conv + linear, bias excluded; FLOPs = 2 x MACs = {flops}',
    },
    memory: { zh: '显存占用', en: 'Activation memory' },
    memoryDetail: {
      zh: '{elements} 个元素 = {megabytes} MB（{dtype}）；推理峰值 {peak} 个元素',
      en: '{elements} elements = {megabytes} MB ({dtype}); inference peak {peak} elements',
    },
    rf: { zh: '特征感受野', en: 'Feature receptive field' },
    rfDetail: {
      zh: '在 {layer}：累积步长 {jump}，起点 {start}',
      en: 'at {layer}: jump {jump}, start {start}',
    },
  },
  warnings: { zh: '提示', en: 'Warnings' },
  problemTitle: { zh: '网络无效', en: 'The network is invalid' },
  problemLayer: { zh: '层 {layer} 有误', en: 'Layer {layer} is wrong' },
  warningAt: { zh: '{layer}：{warning}', en: '{layer}: {warning}' },
  axisError: { zh: '{axis}：{reason}', en: '{axis}: {reason}' },
  problemAt: { zh: '层 {layer} 有误：{reason}', en: 'Layer {layer} is wrong: {reason}' },
  problemField: { zh: '字段：{field}', en: 'Field: {field}' },
  problemStale: {
    zh: '下面显示的是上一次有效的结果。',
    en: 'The table below is the last valid result.',
  },
  problemReasonLabel: { zh: '原因（引擎原文）', en: 'Reason' },
  engineFailure: { zh: '计算引擎出错：{detail}', en: 'The engine failed: {detail}' },
  busy: { zh: '正在计算…', en: 'Calculating…' },
  formula: {
    formula: { zh: '公式', en: 'Formula' },
    substituted: { zh: '代入', en: 'With the numbers' },
    notes: { zh: '说明', en: 'Notes' },
    loading: { zh: '正在推导公式…', en: 'Working out the formula…' },
    close: { zh: '关闭', en: 'Close' },
    of: { zh: '{layer} 的{what}', en: '{what} of {layer}' },
    totalOf: { zh: '合计{what}', en: 'Total {what}' },
  },
  explanationTitles: {
    output: { zh: '输出形状', en: 'Output shape' },
    params: { zh: '参数量', en: 'Parameters' },
    macs: { zh: 'MACs', en: 'MACs' },
    flops: { zh: 'FLOPs', en: 'FLOPs' },
    otherOps: { zh: '其他运算', en: 'Other ops' },
    activations: { zh: '显存占用', en: 'Activation memory' },
    rf: { zh: '感受野', en: 'Receptive field' },
  } satisfies Record<ExplanationKey, LocalizedText>,
  exports: { zh: '导出', en: 'Export' },
  exportAs: { zh: '导出 {format}', en: 'Export {format}' },
  exportStale: { zh: '先修正网络再导出', en: 'Fix the network to export' },
  /** A long table or list draws only the rows in view; this button draws them all (to print, to read through). */
  showEveryRow: { zh: '显示全部 {count} 行', en: 'Show all {count} rows' },
  showRowsInView: { zh: '只显示可见的行（更流畅）', en: 'Show only the rows in view (smoother)' },
  rfView: {
    title: { zh: '感受野视图', en: 'Receptive field view' },
    layer: { zh: '层', en: 'Layer' },
    unitRow: { zh: '神经元所在行', en: 'Unit row' },
    unitColumn: { zh: '神经元所在列', en: 'Unit column' },
    size: { zh: '大小', en: 'Size' },
    jump: { zh: '累积步长', en: 'Jump' },
    start: { zh: '神经元 0 的起点', en: 'Start of unit 0' },
    rows: { zh: '输入行', en: 'Input rows' },
    columns: { zh: '输入列', en: 'Input columns' },
    range: { zh: '{first} 到 {last}', en: '{first} to {last}' },
    intoPadding: {
      zh: '伸入填充区：上 {top}，下 {bottom}，左 {left}，右 {right} 像素',
      en: 'Reaches into the padding: {top} top, {bottom} bottom, {left} left, {right} right',
    },
    coversInput: {
      zh: '理论感受野覆盖整个输入（比输入还大）。',
      en: 'The theoretical field covers the whole input (it is larger than the input).',
    },
    notAligned: {
      zh: '分支的感受野未对齐：累积步长或中心不同。',
      en: 'Branches not aligned: they differ in jump or centre.',
    },
    flat: {
      zh: '这一层的输出是向量：每个神经元都看到同一个区域。',
      en: 'This layer outputs a vector: every unit sees the same region.',
    },
    legendInput: { zh: '输入', en: 'Input' },
    legendPadding: { zh: '填充', en: 'Padding' },
    legendRegion: { zh: '神经元的感受野', en: 'The unit’s field' },
    picture: {
      zh: '输入 {height}×{width} 上，神经元（{row}, {column}）的感受野：行 {top} 到 {bottom}，列 {left} 到 {right}',
      en: 'Receptive field of unit ({row}, {column}) on the {height}x{width} input: rows {top} to {bottom}, columns {left} to {right}',
    },
    empty: { zh: '添加层后可查看感受野。', en: 'Add a layer to see its receptive field.' },
  },
  engineErrors: {
    INVALID_INPUT: { zh: '请求无效', en: 'invalid request' },
    INPUT_TOO_LARGE: { zh: '网络太大', en: 'the network is too large' },
    BUSY: { zh: '引擎忙', en: 'the engine is busy' },
    TIMEOUT: { zh: '超时', en: 'it took too long' },
    CANCELLED: { zh: '已取消', en: 'cancelled' },
    OUT_OF_MEMORY: { zh: '内存不足', en: 'out of memory' },
    WORKER_CRASHED: { zh: '工作线程崩溃', en: 'the worker crashed' },
    UNKNOWN_JOB: { zh: '未知任务', en: 'unknown job' },
    INTERNAL: { zh: '内部错误', en: 'internal error' },
  },
} as const;

/** Each preset in both languages, with the model variant beside the reference numbers (ENGINE.md convention 9). */
export const presetNotes: Record<string, { title: LocalizedText; note: LocalizedText }> = {
  alexnet2012: {
    title: { zh: 'AlexNet 2012（分组，作业）', en: 'AlexNet 2012 (grouped, homework)' },
    note: {
      zh: '原始双 GPU 版：conv2、conv4、conv5 分组 = 2；输入 3×227×227；即作业的「分组」表。',
      en: 'The original two-GPU net: groups = 2 in conv2, conv4, conv5; 3x227x227 input; the homework’s “分组” table.',
    },
  },
  'alexnet2012-ungrouped': {
    title: { zh: 'AlexNet 2012（不分组）', en: 'AlexNet 2012 (ungrouped)' },
    note: {
      zh: '每个卷积看到全部输入通道：作业的「不分组」表。',
      en: 'Every conv sees all input channels: the homework’s “不分组” table.',
    },
  },
  'inception-naive': {
    title: { zh: 'Inception 模块（朴素，作业 3a）', en: 'Inception module, naive (homework 3a)' },
    note: {
      zh: '28×28×256 输入上三个并行卷积：1×1→128、3×3→192、5×5→96，拼接为 416 通道。',
      en: 'Three parallel convs on 28x28x256: 1x1 → 128, 3x3 → 192, 5x5 → 96, concatenated to 416 channels.',
    },
  },
  'inception-bottleneck': {
    title: {
      zh: 'Inception 模块（1×1 瓶颈，作业二·计算题 3(b)）',
      en: 'Inception module with 1x1 bottlenecks (homework 3b)',
    },
    note: {
      zh: '同朴素模块，但 3×3 前先 1×1 降到 64，5×5 前先降到 32。',
      en: 'As the naive module, with 1x1 reductions 256 → 64 before the 3x3 and 256 → 32 before the 5x5.',
    },
  },
  'vgg-3x3-stack': {
    title: { zh: '三个堆叠的 3×3 卷积', en: 'Three stacked 3x3 convs' },
    note: {
      zh: '64→64，无偏置，各接 ReLU：感受野 7，权重 27C²，三个非线性。',
      en: '64 → 64, no bias, each with a ReLU: receptive field 7, 27 C² weights, three non-linearities.',
    },
  },
  conv7x7: {
    title: { zh: '一个 7×7 卷积', en: 'One 7x7 conv' },
    note: {
      zh: '64→64，无偏置，接 ReLU：感受野 7，权重 49C²，一个非线性。',
      en: '64 → 64, no bias, with a ReLU: receptive field 7, 49 C² weights, one non-linearity.',
    },
  },
  lenet5: {
    title: { zh: 'LeNet-5', en: 'LeNet-5' },
    note: {
      zh: '输入 1×32×32：C1 卷积 6、S2 平均池化、C3 卷积 16、S4、C5 卷积 120、F6 84、输出 10；tanh。',
      en: 'On 1x32x32: C1 conv 6, S2 avg pool, C3 conv 16, S4, C5 conv 120, F6 84, output 10; tanh.',
    },
  },
  alexnet: {
    title: { zh: 'AlexNet（torchvision）', en: 'AlexNet (torchvision)' },
    note: {
      zh: 'torchvision 的单 GPU「one weird trick」版：64/192/384/256/256 通道，输入 224×224，不是课程的 2012 双 GPU 版。',
      en: 'torchvision’s single-GPU “one weird trick” variant: 64/192/384/256/256 channels, 224x224 input; not the course’s two-GPU 2012 net.',
    },
  },
  vgg16: {
    title: { zh: 'VGG-16（torchvision）', en: 'VGG-16 (torchvision)' },
    note: {
      zh: '无 BN：五段共 13 个 3×3 卷积，三个全连接层。',
      en: 'Without batch norm: thirteen 3x3 convs in five stages, three fully connected layers.',
    },
  },
  googlenet: {
    title: { zh: 'GoogLeNet（torchvision）', en: 'GoogLeNet (torchvision)' },
    note: {
      zh: '无辅助分类器；其「5×5」分支实为 3×3 卷积（与论文不同）；池化用向上取整（ceil_mode）。',
      en: 'No auxiliary heads; its “5x5” branches are 3x3 convs (unlike the paper); ceil-mode pooling.',
    },
  },
  resnet18: {
    title: { zh: 'ResNet-18（torchvision）', en: 'ResNet-18 (torchvision)' },
    note: {
      zh: '基本残差块 [2, 2, 2, 2]，1×1 下采样捷径。',
      en: 'Basic blocks [2, 2, 2, 2], 1x1 downsample shortcuts.',
    },
  },
  resnet50: {
    title: { zh: 'ResNet-50（torchvision v1.5）', en: 'ResNet-50 (torchvision v1.5)' },
    note: {
      zh: 'v1.5：步长在 3×3 卷积里，4.089 GMACs、感受野 427；论文版（步长在第一个 1×1）为 3.858 GMACs、感受野 483。',
      en: 'v1.5: the stride is in the 3x3 conv, 4.089 GMACs, RF 427; the paper layout (stride in the first 1x1) gives 3.858 GMACs and RF 483.',
    },
  },
  mobilenet_v2: {
    title: { zh: 'MobileNetV2（torchvision）', en: 'MobileNetV2 (torchvision)' },
    note: {
      zh: '宽度 1.0：倒残差块，深度可分离卷积（3×3 逐通道卷积加 1×1 逐点卷积），ReLU6。',
      en: 'Width 1.0: inverted residuals with depthwise 3x3 convs and ReLU6.',
    },
  },
  squeezenet1_0: {
    title: { zh: 'SqueezeNet 1.0（torchvision）', en: 'SqueezeNet 1.0 (torchvision)' },
    note: {
      zh: 'Fire 模块，向上取整（ceil_mode）池化，1×1 卷积分类器接全局池化。',
      en: 'Fire modules, ceil-mode pooling, a 1x1 conv classifier with global pooling.',
    },
  },
};
