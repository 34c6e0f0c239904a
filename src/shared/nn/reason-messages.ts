import type { Language, LocalizedText } from '../deck/localized-text.ts';
import type { NetworkReason, NetworkReasonCode, NetworkReasonOf } from './reason.ts';
import type { LayerFieldKey } from './registry.ts';

/** The parts of a layer (and of a network) a reason can blame, beside the layer kinds' fields. */
type LayerPart = 'input' | 'name' | 'inputs' | 'kind' | 'layers' | 'preset';

/**
 * The labels of the layer kinds' fields (and of the parts of a layer a reason can blame), in both languages.
 * Keyed by every field key the layer kinds declare, so a new field without its label does not compile. Chinese
 * follows GLOSSARY.md; a key with no label (an attribute the user invented) is shown as typed.
 */
const labels: { readonly [Key in LayerFieldKey | LayerPart]: LocalizedText } = {
  outChannels: { zh: '输出通道数（滤波器个数）', en: 'Output channels (filters)' },
  kernel: { zh: '核大小', en: 'Kernel' },
  stride: { zh: '步长', en: 'Stride' },
  padding: { zh: '填充', en: 'Padding' },
  dilation: { zh: '空洞率', en: 'Dilation' },
  groups: { zh: '分组数', en: 'Groups' },
  bias: { zh: '偏置', en: 'Bias' },
  outputPadding: { zh: '输出填充', en: 'Output padding' },
  ceilMode: { zh: '向上取整（ceil_mode）', en: 'Ceil mode' },
  countIncludePad: { zh: '填充计入平均（count_include_pad）', en: 'Count padding in the average' },
  outputSize: { zh: '输出大小（output_size）', en: 'Output size' },
  outFeatures: { zh: '输出特征数', en: 'Output features' },
  size: { zh: '相邻通道数 n', en: 'Neighbouring channels n' },
  alpha: { zh: 'alpha', en: 'alpha' },
  beta: { zh: 'beta', en: 'beta' },
  k: { zh: 'k', en: 'k' },
  negativeSlope: { zh: '负半轴斜率', en: 'Negative slope' },
  inplace: { zh: '原地（inplace）', en: 'In place' },
  p: { zh: '丢弃概率 p', en: 'Drop probability p' },
  input: { zh: '输入形状', en: 'Input shape' },
  name: { zh: '名字', en: 'Name' },
  inputs: { zh: '输入', en: 'Inputs' },
  kind: { zh: '类型', en: 'Kind' },
  layers: { zh: '层列表', en: 'Layers' },
  preset: { zh: '预设网络', en: 'Preset' },
};

export const fieldLabels: Readonly<Record<string, LocalizedText>> = labels;

function label(field: string): string {
  return Object.hasOwn(fieldLabels, field) ? fieldLabels[field]!.zh : `「${field}」`;
}

/** Shapes as running text writes them: 3×224×224 in Chinese (GLOSSARY.md), 3x224x224 in English. */
const zhShape = (shape: readonly number[]): string => shape.join('×');
const enShape = (shape: readonly number[]): string => shape.join('x');
const zhAxis = { height: '高', width: '宽' } as const;
const zhNoun = { kernel: '卷积核', window: '窗口' } as const;

type Wording<Reason> = Readonly<Record<Language, (reason: Reason) => string>>;

/**
 * Every network reason in Chinese and English. Keyed by the union's codes, so a code without a wording in
 * either language does not compile; test/unit/shared/nn/reason-messages.test.ts words each with sample values.
 * Chinese sentences end with 。 and quote what the user typed in 「」 (GLOSSARY.md, Style).
 */
export const reasonMessages: { readonly [Code in NetworkReasonCode]: Wording<NetworkReasonOf<Code>> } = {
  unexpectedCharacter: {
    zh: (r) => `「${r.text}」中有无法识别的字符：请只用半角字母、数字和符号。`,
    en: (r) => `unexpected character in "${r.text}": use plain ASCII letters, digits and symbols`,
  },
  textTooLong: {
    zh: (r) => `文本有 ${r.length} 个字符，超过了上限 ${r.limit}。`,
    en: (r) => `the text has ${r.length} characters, over the limit of ${r.limit}`,
  },
  tooDeep: {
    zh: (r) => `块嵌套超过 ${r.limit} 层：请减少嵌套的 concat / add 块。`,
    en: (r) => `blocks are nested more than ${r.limit} deep: nest fewer concat / add blocks`,
  },
  missingBrace: {
    zh: (r) => `第 ${r.openLine} 行打开的${r.keyword ? ` ${r.keyword} ` : ''}块缺少「}」。`,
    en: (r) => `missing "}" for the ${r.keyword ? `${r.keyword} ` : ''}block opened at line ${r.openLine}`,
  },
  unexpectedBrace: {
    zh: () => '多余的「}」：没有打开的块。',
    en: () => 'unexpected "}" with no block open',
  },
  oneStatementPerLine: {
    zh: (r) => `多余的「${r.text}」：每行写一条语句（或用「;」分隔）。`,
    en: (r) => `unexpected "${r.text}": one statement per line (or separate them with ";")`,
  },
  expectedLayer: {
    zh: (r) => `这里应当是一层，而不是「${r.text}」。`,
    en: (r) => `expected a layer, got "${r.text}"`,
  },
  expectedLayerAfterName: {
    zh: (r) => `「${r.name}:」之后应当写一层。`,
    en: (r) => `expected a layer after "${r.name}:"`,
  },
  joinNeedsBranches: {
    zh: (r) => `${r.keyword} 用来合并分支：请写成「${r.keyword} { ... }」或「${r.keyword} <- a b」。`,
    en: (r) => `${r.keyword} joins branches: write "${r.keyword} { ... }" or "${r.keyword} <- a b"`,
  },
  expectedHeaderValue: {
    zh: (r) => `「${r.keyword}」之后应当有一个值。`,
    en: (r) => `expected a value after "${r.keyword}"`,
  },
  inputShapeForm: {
    zh: (r) => `输入形状应写成 3x224x224（C×H×W）或 784（特征数），而不是「${r.text}」。`,
    en: (r) => `expected an input shape like 3x224x224 (C x H x W) or 784 (features), got "${r.text}"`,
  },
  twoWordKeyword: {
    zh: (r) => `「${r.word}」之后应当是 ${r.options.join(' 或 ')}。`,
    en: (r) => `"${r.word}" is followed by ${r.options.join(' or ')}`,
  },
  unknownLayer: {
    zh: (r) => `未知的层「${r.word}」${r.guess ? `（是不是 ${r.guess}？）` : ''}。`,
    en: (r) => `unknown layer "${r.word}"${r.guess ? ` (did you mean ${r.guess}?)` : ''}`,
  },
  badBranchName: {
    zh: (r) => `「${r.name}」不能作分支名：请只用字母、数字、_、. 和 -。`,
    en: (r) => `"${r.name}" is not a branch name`,
  },
  expectedBranchBrace: {
    zh: (r) => `${r.keyword} 的分支应以「{」开始，而不是「${r.text}」。`,
    en: (r) => `expected "{" to open a branch of ${r.keyword}, got "${r.text}"`,
  },
  tooFewBranches: {
    zh: (r) => `${r.keyword} 至少需要两个分支，这里只有 ${r.count} 个。`,
    en: (r) => `${r.keyword} needs at least two branches, got ${r.count}`,
  },
  tooManyBranches: {
    zh: (r) => `${r.keyword} 最多合并 ${r.limit} 个分支。`,
    en: (r) => `${r.keyword} joins at most ${r.limit} branches`,
  },
  undefinedReference: {
    zh: (r) => `「${r.name}」不是这一行之前定义的层。`,
    en: (r) => `"${r.name}" is not a layer defined before this line`,
  },
  expectedReferences: {
    zh: () => '「<-」之后应当写层名。',
    en: () => 'expected layer names after "<-"',
  },
  fieldTwice: {
    zh: (r) => `${label(r.field)}给了两次（第一次在第 ${r.column} 列）。`,
    en: (r) => `${r.field} is given twice (first at column ${r.column})`,
  },
  fieldMissing: {
    zh: (r) => `${r.keyword} 需要${label(r.field)}。`,
    en: (r) => `${r.keyword} needs ${r.field}`,
  },
  notUnderstood: {
    zh: (r) =>
      `${r.keyword} 无法识别「${r.text}」（${r.accepted.length ? `它接受 ${r.accepted.join('、')}` : '它没有属性'}）。`,
    en: (r) =>
      `${r.keyword} does not understand "${r.text}" (it takes ${r.accepted.join(', ') || 'no attributes'})`,
  },
  duplicateName: {
    zh: (r) => `名为「${r.name}」的层已在第 ${r.line} 行定义。`,
    en: (r) => `a layer named "${r.name}" is already defined at line ${r.line}`,
  },
  badLayerName: {
    zh: (r) => `「${r.name}」不能作层名：请只用字母、数字、_、. 和 -，最多 ${r.limit} 个字符。`,
    en: (r) =>
      `"${r.name}" is not a layer name: use letters, digits, "_", "." and "-" (at most ${r.limit} characters)`,
  },
  inputNameTaken: {
    zh: () => '「input」是网络输入的名字，请换一个名字。',
    en: () => '"input" names the network input; choose another name',
  },
  nameTaken: {
    zh: (r) => `已有名为「${r.name}」的层，请换一个名字。`,
    en: (r) => `another layer is named "${r.name}"; choose another name`,
  },
  tooManyLayers: {
    zh: (r) => `${r.count === null ? '层数' : `${r.count} 层`}超过了上限 ${r.limit}。`,
    en: (r) =>
      `${r.count === null ? 'more than' : `${r.count} layers is over the limit of`} ${r.limit} layers`,
  },
  unknownKind: {
    zh: (r) => `未知的层类型「${r.kind}」。`,
    en: (r) => `unknown layer kind "${r.kind}"`,
  },
  takesOneInput: {
    zh: (r) => `${r.kind} 只有一个输入，这里有 ${r.count} 个。`,
    en: (r) => `${r.kind} takes one input, got ${r.count}`,
  },
  joinInputCount: {
    zh: (r) => `${r.kind} 合并 2 到 ${r.limit} 个输入，这里有 ${r.count} 个。`,
    en: (r) => `${r.kind} joins 2 to ${r.limit} inputs, got ${r.count}`,
  },
  unknownInput: {
    zh: (r) => `它的输入「${r.name}」不是它之前的层。`,
    en: (r) => `its input "${r.name}" is not a layer before it`,
  },
  noInputShape: {
    zh: () => '网络没有输入形状：请给出一个（例如 input 3x224x224）。',
    en: () => 'the network has no input shape: give one (e.g. 3x224x224)',
  },
  inputShapeRange: {
    zh: (r) =>
      `输入形状应为 C×H×W 或特征数，C 和特征数最大为 ${r.channels}，H、W 最大为 ${r.spatial}；这里是「${zhShape(r.shape) || '空'}」。`,
    en: (r) =>
      `the input shape must be C x H x W or a feature count, with C and features at most ${r.channels} and H, W at most ${r.spatial}; got ${enShape(r.shape) || 'nothing'}`,
  },
  countsTooLarge: {
    zh: () => '这一层的计数超过 2^53，无法精确显示：请用更小的输入或更小的层。',
    en: () => 'its counts exceed 2^53 and cannot be shown exactly: use a smaller input or layer',
  },
  unknownPreset: {
    zh: (r) => `没有名为「${r.name}」的预设网络。`,
    en: (r) => `no preset named "${r.name}"`,
  },
  notAnObject: {
    zh: (r) => `${r.where === 'the network' ? '网络' : r.where} 必须是一个 JSON 对象。`,
    en: (r) => `${r.where} must be an object`,
  },
  layersNotArray: {
    zh: () => 'layers 必须是一个数组。',
    en: () => 'layers must be an array',
  },
  networkNameInvalid: {
    zh: (r) => `name 必须是 1 到 ${r.limit} 个字符的字符串。`,
    en: (r) => `name must be a non-empty string of at most ${r.limit} characters`,
  },
  kindNotString: {
    zh: () => 'kind 必须是字符串。',
    en: () => 'kind must be a string',
  },
  inputsInvalid: {
    zh: (r) => `inputs 必须是层名的数组，最多 ${r.limit} 个。`,
    en: (r) => `inputs must be an array of at most ${r.limit} layer names`,
  },
  inputShapeJson: {
    zh: () => 'input 必须写成 [C, H, W] 或 [特征数]。',
    en: () => 'input must be [C, H, W] or [features]',
  },
  unknownAttribute: {
    zh: (r) =>
      `${r.kind} 没有属性「${r.key}」（${r.known.length ? `它有 ${r.known.join('、')}` : '它没有属性'}）。`,
    en: (r) => `${r.kind} has no attribute "${r.key}" (it has: ${r.known.join(', ') || 'none'})`,
  },
  fieldRequired: {
    zh: (r) => `必须给出${label(r.field)}。`,
    en: (r) => `${r.field} is required`,
  },
  fieldNotWhole: {
    zh: (r) => `${label(r.field)}必须是整数，而不是「${r.got}」。`,
    en: (r) => `${r.field} must be a whole number, got "${r.got}"`,
  },
  fieldRange: {
    zh: (r) => `${label(r.field)}必须在 ${r.min} 到 ${r.max} 之间，这里是 ${r.got}。`,
    en: (r) => `${r.field} must be between ${r.min} and ${r.max}, got ${r.got}`,
  },
  fieldNumberRange: {
    zh: (r) =>
      `${label(r.field)}必须${r.belowMax ? `不小于 ${r.min} 且小于 ${r.max}` : `在 ${r.min} 到 ${r.max} 之间`}，这里是 ${r.got}。`,
    en: (r) =>
      `${r.field} must be a number from ${r.min} to ${r.belowMax ? 'below ' : ''}${r.max}, got ${r.got}`,
  },
  fieldNotNumber: {
    zh: (r) => `${label(r.field)}必须是一个数，而不是「${r.got}」。`,
    en: (r) => `${r.field} expects a number, got "${r.got}"`,
  },
  fieldPairForm: {
    zh: (r) => `${label(r.field)}应写成 N 或 HxW（例如 5 或 1x7），而不是「${r.got}」。`,
    en: (r) => `${r.field} expects a number or [height, width], got "${r.got}"`,
  },
  fieldPaddingForm: {
    zh: (r) =>
      `${label(r.field)}应写成 N、HxW、0,1,0,1 这样的四个数（上、下、左、右）、same 或 valid，而不是「${r.got}」。`,
    en: (r) =>
      `${r.field} expects a number, [height, width], [top, bottom, left, right], "same" or "valid", got "${r.got}"`,
  },
  fieldGroupsForm: {
    zh: (r) => `${label(r.field)}应是整数或 dw（逐通道卷积），而不是「${r.got}」。`,
    en: (r) => `${r.field} expects a whole number or "depthwise", got "${r.got}"`,
  },
  fieldFlagForm: {
    zh: (r) => `${label(r.field)}只能写作单词 ${r.word}，或在 JSON 中写 true / false，而不是「${r.got}」。`,
    en: (r) => `${r.field} expects true or false (the word ${r.word}), got "${r.got}"`,
  },
  needsFeatureMap: {
    zh: (r) => `${r.kind} 需要 C×H×W 的特征图，这里却是展平的形状「${zhShape(r.shape)}」。`,
    en: (r) => `${r.kind} needs a C x H x W feature map, got the flat shape ${enShape(r.shape)}`,
  },
  windowTooLarge: {
    zh: (r) =>
      `${zhShape(r.kernel)} 的${zhNoun[r.noun]}${r.dilation.some((d) => d > 1) ? `（空洞率 ${zhShape(r.dilation)}，等效大小 ${r.effective}）` : ''}比填充后的输入还大（${zhAxis[r.axis]} ${r.input} + ${r.before} + ${r.after} = ${r.input + r.before + r.after}）。`,
    en: (r) =>
      `the ${enShape(r.kernel)} ${r.noun}${r.dilation.some((d) => d > 1) ? ` (dilation ${enShape(r.dilation)}, effective ${r.effective})` : ''} is larger than the padded input (${r.axis} ${r.input} + ${r.before} + ${r.after} = ${r.input + r.before + r.after})`,
  },
  samePaddingStride: {
    zh: (r) => `填充 same 要求步长为 1（与 PyTorch 相同），这里步长是 ${zhShape(r.stride)}。`,
    en: (r) => `padding "same" needs stride 1 (as in PyTorch), got stride ${enShape(r.stride)}`,
  },
  sameTransposed: {
    zh: () => '转置卷积没有 same 填充。',
    en: () => 'padding "same" is not defined for a transposed convolution',
  },
  poolPaddingTooLarge: {
    zh: (r) => `填充 ${r.padding} 超过了 ${r.window} 窗口的一半（PyTorch 最多允许 ${r.limit}）。`,
    en: (r) =>
      `padding ${r.padding} is more than half of the ${r.window} window (PyTorch allows at most ${r.limit})`,
  },
  groupsDivide: {
    zh: (r) => `分组数 ${r.groups} 必须整除输入通道数（${r.inChannels}）和输出通道数（${r.outChannels}）。`,
    en: (r) =>
      `groups = ${r.groups} must divide the input channels (${r.inChannels}) and the output channels (${r.outChannels})`,
  },
  outputPaddingTooLarge: {
    zh: (r) => `输出填充 ${r.outputPadding} 必须小于步长（${r.stride}）或空洞率（${r.dilation}）。`,
    en: (r) =>
      `output padding ${r.outputPadding} must be smaller than the stride (${r.stride}) or the dilation (${r.dilation})`,
  },
  transposedNoOutput: {
    zh: (r) => `填充 [${r.padding.join(', ')}] 使输出为空（大小 ${r.size}）。`,
    en: (r) => `the padding (${r.padding.join(', ')}) leaves no output (size ${r.size})`,
  },
  addShapes: {
    zh: (r) =>
      `${r.firstShape[0] !== r.otherShape[0] && r.firstShape.length === r.otherShape.length ? '通道数不一致：' : ''}相加要求形状相同，但「${r.first}」是 ${zhShape(r.firstShape)}，「${r.other}」是 ${zhShape(r.otherShape)}。`,
    en: (r) =>
      `${r.firstShape[0] !== r.otherShape[0] && r.firstShape.length === r.otherShape.length ? 'channel mismatch: ' : ''}add needs equal shapes, but "${r.first}" is ${enShape(r.firstShape)} and "${r.other}" is ${enShape(r.otherShape)}`,
  },
  concatShapes: {
    zh: (r) =>
      `拼接要求每个输入的${r.rank ? '维数' : '高和宽'}相同：「${r.first}」是 ${zhShape(r.firstShape)}，「${r.other}」是 ${zhShape(r.otherShape)}。`,
    en: (r) =>
      `concat needs the same ${r.rank ? 'rank' : 'height and width'} in every input: "${r.first}" is ${enShape(r.firstShape)} but "${r.other}" is ${enShape(r.otherShape)}`,
  },
};

/** A reason in words, in one language. */
export function wordReason(reason: NetworkReason, language: Language): string {
  const wording = reasonMessages[reason.code][language] as (reason: NetworkReason) => string;
  return wording(reason);
}
