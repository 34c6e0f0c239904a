import type { Language } from '../../../shared/deck/localized-text.ts';

/**
 * The engine (src/shared/nn) states its notes, warnings and reasons in English, for the CLI and the logs. The
 * calculator shows them in Chinese too: the whole sentences it writes, and its parametrised sentences by pattern
 * (`$1`… are the numbers and names of the original). A sentence with no rule (a new one) is shown in English
 * rather than lost; test/component/calculator/engine-text.test.ts checks that every sentence the presets and
 * the common mistakes produce has one.
 */
const sentences: Readonly<Record<string, string>> = {
  'The network input.': '网络的输入。',
  'The input, counted apart from the layer total.': '输入单独计数，不计入各层合计。',
  'Each input pixel sees itself.': '每个输入像素只看到自己。',
  'One multiply-accumulate per weight per output position; bias adds are other ops.':
    '每个输出位置上每个权重一次乘加；偏置加法算作其他运算。',
  'A multiply-accumulate is two floating-point operations (PyTorch FlopCounterMode, DeepSpeed).':
    '一次乘加是两次浮点运算（PyTorch FlopCounterMode、DeepSpeed 的约定）。',
  'A new tensor: counted in the total.': '新的张量：计入合计。',
  'One evaluation per element.': '每个元素计算一次。',
  "In place or a view: it reuses its input's memory and is not counted again.":
    '原地操作或视图：复用输入的内存，不重复计数。',
  'Elementwise: each output sees exactly what its input saw (k = 1).':
    '逐元素：输出看到的正是输入看到的（k = 1）。',
  'No bias, so no bias adds.': '没有偏置，所以没有偏置加法。',
  'Concatenation only copies.': '拼接只是复制。',
  'Concatenation does no arithmetic.': '拼接不做算术。',
  "Multi-path: the union of the branches' fields; aligned branches share jump and centre.":
    '多路径：取各分支感受野的并集；对齐的分支跳步与中心相同。',
  'A view of its input: no new memory.': '输入的视图：不占新内存。',
  'Flatten only reinterprets the memory.': '展平只是重新解释内存。',
  'Flatten does no arithmetic.': '展平不做算术。',
  'Counted at inference, where dropout does nothing.': '按推理时计算，此时 dropout 不起作用。',
  'Dropout does no multiply-accumulates.': 'Dropout 不做乘加。',
  'Inference form: y = gamma (x - mean) / sqrt(var + eps) + beta folds into one scale and one shift.':
    '推理时 y = γ(x − 均值)/√(方差 + ε) + β 合并为一次缩放和一次平移。',
  'ceil_mode: a last window must start inside the input or the left padding (PyTorch).':
    'ceil 模式：最后一个窗口必须从输入或左侧填充内开始（PyTorch 规则）。',
  'Global average pooling: one average per channel.': '全局平均池化：每个通道求一个平均值。',
  'count_include_pad = False: padded positions are left out of each average.':
    'count_include_pad = False：求平均时不计填充位置。',
  'Counted over input positions: each input value is scattered through every weight once.':
    '按输入位置计数：每个输入值与每个权重各作用一次。',
  'Unit 0 receives the input units i = (p - t d)/s that are whole numbers.':
    '单元 0 接收使 i = (p − t d)/s 为整数的输入单元。',
  'Approximate: uneven windows (adaptive pooling with a remainder or a transposed convolution).':
    '近似值：窗口不均匀（有余数的自适应池化或转置卷积）。',
  'Not aligned: the branches differ in jump or centre, so the field shown is their union.':
    '未对齐：分支的跳步或中心不同，显示的是它们的并集。',
  'n multiply-adds for the sum of squares, then a scale, a power and a divide.':
    '平方和需 n 次乘加，再做一次缩放、一次乘方和一次除法。',
  'An exponential, a share of the sum and a divide per element.': '每个元素一次指数、一次求和和一次除法。',
  '"same": total d(k-1), the smaller half before (PyTorch).':
    '"same"：总填充 d(k−1)，较小的一半在前（PyTorch）。',
  'receptive fields not aligned: the branches differ in jump or centre': '感受野未对齐：分支的跳步或中心不同',
  'padding "same" is not defined for a transposed convolution': '转置卷积没有 "same" 填充',
  'unexpected "}" with no block open': '多余的 "}"：没有打开的块',
  '"input" names the network input; choose another name': '"input" 是网络输入的名字，请换一个名字',
};

/** Kind words inside sentences ("Pooling has no weights."). */
const subjects: Readonly<Record<string, string>> = {
  'An activation': '激活函数',
  Pooling: '池化',
  Concatenation: '拼接',
  Flatten: '展平',
  Dropout: 'Dropout',
  BatchNorm: 'BatchNorm',
  LRN: 'LRN',
  'A residual add': '残差相加',
};

const subject = (english: string) => subjects[english] ?? english;
const axes: Readonly<Record<string, string>> = { height: '高', width: '宽' };
const units: Readonly<Record<string, string>> = { row: '行', rows: '行', column: '列', columns: '列' };

/** [pattern, Chinese]; the function gets the pattern's groups. */
const patterns: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^C_out = (\d+) filters\.$/, (count) => `C_out = ${count} 个卷积核。`],
  [/^C_out = (\d+)\.$/, (count) => `输出通道 C_out = ${count}。`],
  [/^Padding \[top, bottom, left, right\] = \[(.*)\]\.$/, (sides) => `填充 [上, 下, 左, 右] = [${sides}]。`],
  [/^Weights ([\d,]+), bias ([\d,]+)\.$/, (weights, bias) => `权重 ${weights}，偏置 ${bias}。`],
  [/^(.+) has no weights\.$/, (what) => `${subject(what!)}没有权重。`],
  [
    /^(.+) is not counted in MACs \(ENGINE\.md convention 4\); see other ops\.$/,
    (what) => `${subject(what!)}不计入 MACs（ENGINE.md 约定 4），见其他运算。`,
  ],
  [/^Channels unchanged: (\d+)\.$/, (count) => `通道数不变：${count}。`],
  [
    /^groups = (\d+): each filter sees (\d+) of the (\d+) input channels\.$/,
    (groups, seen, all) => `分组 = ${groups}：每个卷积核只看 ${all} 个输入通道中的 ${seen} 个。`,
  ],
  [
    /^The (\S+) input is flattened to ([\d,]+) features\.$/,
    (shape, count) => `${shape} 的输入展平为 ${count} 个特征。`,
  ],
  [
    /^Sees its whole (\S+) input grid, counted as a (\S+) window \(the seed's convention for AlexNet fc6\)\.$/,
    (grid, window) => `看到整个 ${grid} 输入网格，按 ${window} 窗口计算（作业对 AlexNet fc6 的约定）。`,
  ],
  [
    /^Theoretical size (.+) covers the whole (\S+) input; the part beyond it is padding\.$/,
    (size, input) => `理论大小 ${size} 覆盖整个 ${input} 输入，超出的部分是填充。`,
  ],
  [/^Width: r = (.+), j = (.+)\.$/, (size, jump) => `宽方向：r = ${size}，j = ${jump}。`],
  [
    /^Spatial size (\S+) shared by all (\d+) branches\.$/,
    (size, count) => `全部 ${count} 个分支的空间大小都是 ${size}。`,
  ],
  [
    /^Windows \[floor\(m i \/ o\), ceil\(\(m\+1\) i \/ o\)\) per axis, here a regular (\S+) pool\.$/,
    (size) => `每个轴的窗口为 [floor(m i / o), ceil((m+1) i / o))，这里是规则的 ${size} 池化。`,
  ],
  [
    /^Drops each value with p = (\S+) while training; the identity at inference\.$/,
    (p) => `训练时以概率 p = ${p} 丢弃每个值；推理时不变。`,
  ],
  [
    /^Buffers apart: running mean and variance, 2C = ([\d,]+) \(not learned\)\.$/,
    (count) => `缓冲区另计：滑动均值和方差，2C = ${count}（不学习）。`,
  ],
  [
    /^(\w+): (.+), in place \(overwrites its input, no new memory\)\.$/,
    (name, formula) => `激活函数 ${name}：${formula}，原地操作（覆盖输入，不占新内存）。`,
  ],
  [/^(\w+): (.+)\.$/, (name, formula) => `激活函数 ${name}：${formula}。`],
  [
    /^floor drops input (rows?|columns?) (\d+)(?: to (\d+))?(?: and (rows?|columns?) (\d+)(?: to (\d+))?)?: no window reaches (?:it|them)$/,
    (unit, first, last, unit2, first2, last2) => {
      const part = (name: string, from: string, to: string | undefined) =>
        `${units[name]} ${from}${to ? ` 到 ${to}` : ''}`;
      const parts = [part(unit!, first!, last)];
      if (unit2) parts.push(part(unit2, first2!, last2));
      return `向下取整丢掉了输入的${parts.join('和')}：没有窗口覆盖它们`;
    },
  ],
  [
    /^the (\S+) (kernel|window)(.*) is larger than the padded input \((height|width) (\d+) \+ (\d+) \+ (\d+) = (\d+)\)$/,
    (size, noun, dilated, axis, input, before, after, total) =>
      `${size} 的${noun === 'kernel' ? '卷积核' : '窗口'}${dilatedText(dilated!)}比填充后的输入还大（${axes[axis!]} ${input} + ${before} + ${after} = ${total}）`,
  ],
  [
    /^groups = (\d+) must divide the input channels \((\d+)\) and the output channels \((\d+)\)$/,
    (groups, inputs, outputs) => `分组 = ${groups} 必须整除输入通道数（${inputs}）和输出通道数（${outputs}）`,
  ],
  [
    /^(.*)add needs equal shapes, but "(.+)" is (\S+) and "(.+)" is (\S+)$/,
    (prefix, first, firstShape, second, secondShape) =>
      `${prefix}相加需要形状相同，但 "${first}" 是 ${firstShape}，"${second}" 是 ${secondShape}`,
  ],
  [
    /^concat needs the same (height and width|rank) in every input: "(.+)" is (\S+) but "(.+)" is (\S+)$/,
    (what, first, firstShape, second, secondShape) =>
      `拼接要求每个输入的${what === 'rank' ? '维数' : '高和宽'}相同："${first}" 是 ${firstShape}，"${second}" 是 ${secondShape}`,
  ],
  [
    /^(\w+) needs a C x H x W feature map, got the flat shape (\S+)$/,
    (what, shape) => `${what} 需要 C × H × W 的特征图，却得到展平的形状 ${shape}`,
  ],
  [
    /^padding (\d+) is more than half of the (\d+) window \(PyTorch allows at most (\d+)\)$/,
    (padding, window, most) => `填充 ${padding} 超过 ${window} 窗口的一半（PyTorch 最多允许 ${most}）`,
  ],
  [
    /^the padding \((.*)\) leaves no output \(size (-?\d+)\)$/,
    (sides, size) => `填充 (${sides}) 使输出为空（大小 ${size}）`,
  ],
  [
    /^padding "same" needs stride 1 \(as in PyTorch\), got stride (\S+)$/,
    (stride) => `"same" 填充要求步长为 1（与 PyTorch 相同），当前步长 ${stride}`,
  ],
  [
    /^output padding (\d+) must be smaller than the stride \((\d+)\) or the dilation \((\d+)\)$/,
    (padding, stride, dilation) => `输出填充 ${padding} 必须小于步长（${stride}）或空洞（${dilation}）`,
  ],
  [/^its input "(.+)" is not a layer before it$/, (name) => `它的输入 "${name}" 不是它之前的层`],
  [/^(\w+) takes one input, got (\d+)$/, (what, count) => `${what} 只有一个输入，却得到 ${count} 个`],
  [
    /^(\w+) joins 2 to (\d+) inputs, got (\d+)$/,
    (what, most, count) => `${what} 合并 2 到 ${most} 个输入，却得到 ${count} 个`,
  ],
  [
    /^the network has no input shape: give one \(e\.g\. 3x224x224\)$/,
    () => '网络没有输入形状：请给出一个（例如 3x224x224）',
  ],
  [
    /^unknown layer "(.+)"(?: \(did you mean (\S+)\?\))?$/,
    (word, guess) => `未知的层 "${word}"${guess ? `（是不是 ${guess}？）` : ''}`,
  ],
  [
    /^(\w+) does not understand "(.+)" \(it takes (.+)\)$/,
    (what, word, accepted) => `${what} 不认识 "${word}"（它接受 ${accepted}）`,
  ],
  [/^(\w+) needs (\w+): (.+)$/, (what, field, summary) => `${what} 需要 ${field}：${summary}`],
  [
    /^(\w+) is given twice \(first at column (\d+)\)$/,
    (field, column) => `${field} 给了两次（第一次在第 ${column} 列）`,
  ],
  [
    /^missing "\}" for the (?:(\w+) )?block opened at line (\d+)(?:, column (\d+))?$/,
    (what, line) => `第 ${line} 行打开的${what ? ` ${what} ` : ''}块缺少 "}"`,
  ],
  [
    /^a layer named "(.+)" is already defined at line (\d+)$/,
    (name, line) => `名为 "${name}" 的层已在第 ${line} 行定义`,
  ],
  [/^"(.+)" is not a layer defined before this line$/, (name) => `"${name}" 不是这一行之前定义的层`],
  [
    /^unexpected "(.+)": one statement per line \(or separate them with ";"\)$/,
    (word) => `意外的 "${word}"：每行一条语句（或用 ";" 分隔）`,
  ],
  [
    /^expected an input shape like 3x224x224 \(C x H x W\) or 784 \(features\), got "(.*)"$/,
    (text) => `输入形状应写成 3x224x224（C x H x W）或 784（特征数），而不是 "${text}"`,
  ],
  [/^(\w+): (\w+) (.+)$/, (what, field, rest) => `${what}：${field} ${fieldReason(rest!)}`],
  [/^(\w+) (must .+|expects .+|is required)$/, (field, rest) => `${field} ${fieldReason(rest!)}`],
];

/** " (dilation 2x2, effective 5)" in a kernel's description. */
function dilatedText(text: string): string {
  const dilated = /^ \(dilation (\S+), effective (\d+)\)$/.exec(text);
  return dilated ? `（空洞 ${dilated[1]}，等效大小 ${dilated[2]}）` : text.trim();
}

/** The reasons fields.ts gives for one attribute ("must be between 1 and 65536, got 0"). */
function fieldReason(reason: string): string {
  const between = /^must be between (-?\d+) and (\d+), got (.+)$/.exec(reason);
  if (between) return `必须在 ${between[1]} 到 ${between[2]} 之间，当前为 ${between[3]}`;
  const whole = /^(?:must be|expects) a whole number, got (.+)$/.exec(reason);
  if (whole) return `必须是整数，当前为 ${whole[1]}`;
  if (reason === 'is required') return '必须给出';
  const number = /^must be a number from (\S+) to (below )?(\S+), got (.+)$/.exec(reason);
  if (number)
    return `必须是 ${number[1]} 到${number[2] ? '小于 ' : ' '}${number[3]} 的数，当前为 ${number[4]}`;
  return reason;
}

export function engineText(text: string, language: Language): string {
  if (language === 'en') return text;
  const sentence = sentences[text];
  if (sentence !== undefined) return sentence;
  for (const [pattern, translate] of patterns) {
    const match = pattern.exec(text);
    if (match) return translate(...match.slice(1));
  }
  return text;
}
