import type { Language } from '../deck/localized-text.ts';
import { wordReason } from '../nn/reason-messages.ts';
import type {
  EngineRefusal,
  EngineRefusalCode,
  EngineRefusalOf,
  ExpectedValue,
  LimitUnit,
} from './refusal.ts';

type Words = Readonly<Record<Language, string>>;

/** What each expected value is called. */
const expectedWords: { readonly [Expected in ExpectedValue]: Words } = {
  object: { zh: '一个对象', en: 'an object' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  string: { zh: '一段文本', en: 'a string' },
  numberArray: { zh: '一组数', en: 'an array of numbers' },
  numberArrayOrNull: { zh: '一组数或 null', en: 'an array of numbers or null' },
  typedNumbers: { zh: 'Float64Array 或 Float32Array', en: 'a Float64Array or Float32Array' },
  rgbaBytes: { zh: 'RGBA 字节（Uint8ClampedArray）', en: 'a Uint8ClampedArray of RGBA bytes' },
  backupBytes: { zh: '一个备份文件的字节', en: 'the bytes of a backup file' },
  finiteNumber: { zh: '有限的数', en: 'a finite number' },
  integerOrPair: { zh: '一个整数或两个整数', en: 'an integer or 2 integers' },
  padding: {
    zh: '一个整数、两个或四个整数、same 或 valid',
    en: 'an integer, 2 or 4 integers, "same" or "valid"',
  },
  inputShape: { zh: 'C×H×W 或特征数', en: '[C, H, W] or [features]' },
  explainChoice: { zh: 'true、false 或一组层名', en: 'true, false or an array of layer names' },
  partList: { zh: '一组计算分块', en: 'a list of parts' },
  sharedCounters: { zh: '两个共享的 32 位整数', en: 'two shared 32-bit integers' },
  backupId: {
    zh: '一个备份的编号（deepdrill-<时间>-<校验和>.deepdrill）',
    en: 'the id of a backup (deepdrill-<time>-<checksum>.deepdrill)',
  },
  json: { zh: '合法的 JSON', en: 'valid JSON' },
};

/** What a wrong value was (describeValue's kinds); numbers and typed arrays' names are shown as they are. */
const valueKinds: Readonly<Record<string, Words>> = {
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'object' },
  string: { zh: '文本', en: 'string' },
  boolean: { zh: '布尔值', en: 'boolean' },
  undefined: { zh: '空（没有给出）', en: 'undefined' },
  function: { zh: '函数', en: 'function' },
};

function gotText(got: string, language: Language): string {
  const kind = Object.hasOwn(valueKinds, got) ? valueKinds[got]![language] : got;
  if (language === 'en') return kind;
  return /^[\u4e00-\u9fff]/.test(kind) ? kind : ` ${kind}`;
}

const limitUnits: { readonly [Unit in LimitUnit]: Words } = {
  characters: { zh: '个字符', en: 'characters' },
  layers: { zh: '层', en: 'layers' },
  names: { zh: '个层名', en: 'names' },
  elements: { zh: '个元素', en: 'elements' },
  multiplyAdds: { zh: '次乘加', en: 'multiply-adds' },
  bytes: { zh: '字节', en: 'bytes' },
};

/**
 * The Chinese names of the payload's fields a student can be shown; any other field is quoted as it is.
 * `cases[2].` (a case of an `ops` file) reads as 第 3 个用例的…; a trailing index stays as written.
 */
const fieldLabels: Readonly<Record<string, string>> = {
  kernel: '卷积核',
  'kernel.name': '卷积核',
  'kernel.size': '核大小',
  'kernel.height': '卷积核的高',
  'kernel.width': '卷积核的宽',
  'kernel.weights': '卷积核的权重',
  'kernel.normalise': '归一化',
  width: '图片的宽',
  height: '图片的高',
  pixels: '像素',
  bytes: '备份文件',
  border: '边界规则',
  colour: '颜色',
  display: '显示方式',
  text: '网络描述',
  'source.text': '网络描述',
  'source.name': '网络的名字',
  'source.type': '网络的来源',
  'source.network': '网络 JSON',
  'source.network.layers': '层列表',
  input: '输入',
  dtype: '数据类型',
  explain: '要解析的层',
  padding: '填充',
  stride: '步长',
  dilation: '空洞率',
  groups: '分组数',
  bias: '偏置',
  weight: '权重',
  'weight.shape': '权重的形状',
  output: '输出',
  output_padding: '输出填充',
  ceil_mode: '向上取整（ceil_mode）',
  count_include_pad: '填充计入平均（count_include_pad）',
  flip_kernel: '翻转卷积核',
  op: '运算',
};

function zhField(field: string): string {
  const inCase = /^cases\[(\d+)\]\.?(.*)$/.exec(field);
  if (inCase) {
    const rest = inCase[2]!;
    return `第 ${Number(inCase[1]) + 1} 个用例${rest ? `的${zhField(rest)}` : ''}`;
  }
  const path = /^(.*?)((?:\[\d+\])*)$/.exec(field)!;
  const label = fieldLabels[path[1]!];
  return label ? `${label}${path[2]}` : `「${field}」`;
}

/** A field's name in running text: its Chinese label, or the payload's own path in English. */
export function fieldName(field: string, language: Language): string {
  return language === 'zh' ? zhField(field) : field;
}

const zhSize = (size: readonly number[]): string => size.join('×');
const enSize = (size: readonly number[]): string => size.join('x');

/** Why main refused a message's sender (src/main/ipc/sender.ts). */
const senderWords: { readonly [Why in EngineRefusalOf<'untrustedSender'>['why']]: Words } = {
  frameGone: { zh: '发送请求的页面已经关闭', en: 'the sending frame is gone' },
  otherWindow: { zh: '请求不是来自本应用的窗口', en: 'not our window' },
  subframe: { zh: '请求来自窗口中嵌入的页面', en: 'not the main frame' },
  otherOrigin: { zh: '请求来自其他来源的页面', en: 'another origin' },
};

type Wording<Refusal> = Readonly<Record<Language, (refusal: Refusal) => string>>;

/**
 * Every refusal in Chinese and English. Keyed by the union's codes, so a code without a wording in either
 * language does not compile; test/unit/shared/engine/refusal-messages.test.ts words each with sample values.
 * The English words are the EngineError's message (`field: what`), as logs and the tests read it.
 */
export const refusalMessages: { readonly [Code in EngineRefusalCode]: Wording<EngineRefusalOf<Code>> } = {
  wrongType: {
    zh: (r) =>
      `${zhField(r.field)}应为${expectedWords[r.expected].zh}${r.got === null ? '' : `，实际是${gotText(r.got, 'zh')}`}。`,
    en: (r) =>
      `${r.field}: expected ${expectedWords[r.expected].en}${r.got === null ? '' : `, got ${gotText(r.got, 'en')}`}`,
  },
  outOfRange: {
    zh: (r) => `${zhField(r.field)}应在 ${r.min} 到 ${r.max} 之间，实际是 ${r.actual}。`,
    en: (r) => `${r.field}: must be between ${r.min} and ${r.max}, got ${r.actual}`,
  },
  notPositive: {
    zh: (r) => `${zhField(r.field)}应为正整数，实际是 ${r.actual}。`,
    en: (r) => `${r.field}: must be a positive integer, got ${r.actual}`,
  },
  wrongCount: {
    zh: (r) =>
      `${zhField(r.field)}应有 ${r.expected} ${{ integers: '个整数', numbers: '个数', rgbaBytes: '字节（宽×高×4）', biasValues: '个值（每个输出通道一个）' }[r.unit]}${r.actual === null ? '' : `，实际有 ${r.actual} 个`}。`,
    en: (r) =>
      `${r.field}: expected ${r.expected} ${{ integers: 'integers', numbers: 'numbers', rgbaBytes: 'bytes (width x height x 4)', biasValues: 'values (one per output channel)' }[r.unit]}${r.actual === null ? '' : `, got ${r.actual}`}`,
  },
  notFinite: {
    zh: (r) => `${zhField(r.field)}应为有限的数${r.got === null ? '' : `，实际是${gotText(r.got, 'zh')}`}。`,
    en: (r) =>
      r.got === null
        ? `${r.field}: is not a finite number`
        : `${r.field}: expected a finite number, got ${gotText(r.got, 'en')}`,
  },
  notChoice: {
    zh: (r) => `${zhField(r.field)}应为 ${r.choices.join('、')} 之一，实际是「${r.got}」。`,
    en: (r) => `${r.field}: expected one of ${r.choices.join(', ')}, got ${r.got}`,
  },
  badName: {
    zh: (r) => `${zhField(r.field)}应有 1 到 ${r.limit} 个字符。`,
    en: (r) => `${r.field}: expected a name of 1 to ${r.limit} characters`,
  },
  unknownPreset: {
    zh: (r) => `没有名为「${r.name}」的预设网络。`,
    en: (r) => `source.name: no preset named ${JSON.stringify(r.name)}`,
  },
  tensorRank: {
    zh: (r) => `${zhField(r.field)}应为四维数组 [N, C, H, W]，实际是 ${r.rank} 维。`,
    en: (r) => `${r.field}: expected a 4-D array [N, C, H, W], got ${r.rank} dimensions`,
  },
  emptyDimension: {
    zh: (r) => `${zhField(r.field)}的第 ${r.axis + 1} 维是空的。`,
    en: (r) => `${r.field} dimension ${r.axis}: is empty`,
  },
  notRectangular: {
    zh: (r) => `${zhField(r.field)}应为长度 ${r.length} 的数组：同一维的数组应一样长。`,
    en: (r) => `${r.field}: should be an array of length ${r.length}`,
  },
  notSendable: {
    zh: () => '这份数据无法发给计算引擎。',
    en: (r) => `${r.field}: cannot be sent to the engine`,
  },
  kernelLargerThanImage: {
    zh: (r) => `${zhSize(r.kernel)} 的卷积核比 ${zhSize(r.image)} 的图片还大（边界规则是 valid，不填充）。`,
    en: (r) =>
      `kernel: the ${enSize(r.kernel)} kernel is larger than the ${enSize(r.image)} image ("valid" border)`,
  },
  groupsDivide: {
    zh: (r) =>
      r.outChannels === null
        ? `${zhField(r.field)} ${r.groups} 应整除输入通道数（${r.inChannels}）。`
        : `${zhField(r.field)} ${r.groups} 应同时整除输入通道数（${r.inChannels}）和输出通道数（${r.outChannels}）。`,
    en: (r) =>
      r.outChannels === null
        ? `${r.field}: ${r.groups} must divide the input channels (${r.inChannels})`
        : `${r.field}: ${r.groups} must divide input channels (${r.inChannels}) and output channels (${r.outChannels})`,
  },
  weightChannels: {
    zh: (r) =>
      `${zhField(r.field)}应为${r.perGroup ? '每组的输入通道数' : '输入通道数'}（${r.expected}），实际是 ${r.actual}。`,
    en: (r) =>
      r.perGroup
        ? `${r.field}: must be input channels / groups = ${r.expected}, got ${r.actual}`
        : `${r.field}: must be the input channels (${r.expected}), got ${r.actual}`,
  },
  windowTooLarge: {
    zh: (r) =>
      `${zhSize(r.kernel)} 的${r.noun === 'kernel' ? '卷积核' : '窗口'}${r.dilation ? `（空洞率 ${zhSize(r.dilation)}）` : ''}比填充后 ${zhSize(r.padded)} 的输入还大。`,
    en: (r) =>
      `${r.field}: the ${enSize(r.kernel)} ${r.noun}${r.dilation ? ` (dilation ${enSize(r.dilation)})` : ''} is larger than the padded ${enSize(r.padded)} input`,
  },
  poolPaddingTooLarge: {
    zh: (r) =>
      `${zhField(r.field)} ${r.padding} 超过了窗口（${r.kernel}）的一半：PyTorch 最多允许 ${r.limit}。`,
    en: (r) =>
      `${r.field}: ${r.padding} is more than half the kernel (${r.kernel}); PyTorch allows at most ${r.limit}`,
  },
  outputPaddingTooLarge: {
    zh: (r) => `${zhField(r.field)} ${r.outputPadding} 应小于步长（${r.stride}）或空洞率（${r.dilation}）。`,
    en: (r) =>
      `${r.field}: ${r.outputPadding} must be smaller than the stride (${r.stride}) or the dilation (${r.dilation})`,
  },
  paddingCropsAll: {
    zh: (r) => `${zhField(r.field)}把 ${zhSize(r.output)} 的输出裁成了空。`,
    en: (r) => `${r.field}: crops the ${enSize(r.output)} output to nothing`,
  },
  samePaddingStride: {
    zh: (r) => `${zhField(r.field)}：same 填充要求步长为 1。`,
    en: (r) => `${r.field}: "same" padding needs stride 1`,
  },
  avgPoolDilation: {
    zh: (r) => `${zhField(r.field)}：平均池化没有空洞率。`,
    en: (r) => `${r.field}: average pooling has no dilation`,
  },
  traceOpUnsupported: {
    zh: () => '逐步演示只支持卷积和池化。',
    en: (r) => `${r.field}: traces cover conv2d and pooling`,
  },
  requestRunning: {
    zh: () => '同一个请求还在计算中。',
    en: (r) => `requestId: a job with id ${r.requestId} is still running`,
  },
  linkNotAllowed: {
    zh: (r) => `只能打开这些网站的 https 链接：${r.hosts.join('、')}。`,
    en: (r) => `url: only https links to ${r.hosts.join(', ')} may be opened`,
  },
  notBackup: {
    zh: (r) => `这不是备份文件（${r.problems.join('、')}）。`,
    en: (r) => `bytes: not a backup file (${r.problems.join(', ')})`,
  },
  untrustedSender: {
    zh: (r) => `${senderWords[r.why].zh}，请求未被处理。`,
    en: (r) =>
      `sender: ${r.why === 'otherOrigin' ? `origin ${r.origin ?? 'unknown'} is not ours` : senderWords[r.why].en}`,
  },
  overLimit: {
    zh: (r) =>
      `${zhField(r.field)}有 ${r.actual.toLocaleString('en-US')} ${limitUnits[r.unit].zh}，超过了上限 ${r.limit.toLocaleString('en-US')}。`,
    en: (r) => `${r.field}: ${r.actual} ${limitUnits[r.unit].en} is over the limit of ${r.limit}`,
  },
  imageTooLarge: {
    zh: (r) =>
      `图片是 ${r.width}×${r.height} = ${(r.width * r.height).toLocaleString('en-US')} 像素，超过了上限 ${r.limit.toLocaleString('en-US')} 像素。请换一张小一点的图片。`,
    en: (r) => `image: ${r.width}x${r.height} = ${r.width * r.height} pixels is over the limit of ${r.limit}`,
  },
  kernelTooLarge: {
    zh: (r) => `卷积核是 ${r.height}×${r.width}，超过了上限 ${r.limit}×${r.limit}。`,
    en: (r) => `kernel: the ${r.height}x${r.width} kernel is over the limit of ${r.limit}x${r.limit}`,
  },
  traceTooLong: {
    zh: (r) =>
      `这个${r.pooling ? '池化' : '卷积'}的逐步演示要列出 ${r.cells.toLocaleString('en-US')} 个窗口格，超过了上限 ${r.limit.toLocaleString('en-US')}：请换一个小一点的例子。`,
    en: (r) =>
      `trace: this ${r.pooling ? 'pooling' : 'convolution'} has ${r.cells} window cells to list, over the limit of ${r.limit}; trace a smaller example`,
  },
  networkTooLarge: {
    zh: (r) => wordReason(r.reason, 'zh'),
    en: (r) => `source.text: ${wordReason(r.reason, 'en')}`,
  },
};

/** A refusal in words, in one language. */
export function wordRefusal(refusal: EngineRefusal, language: Language): string {
  const wording = refusalMessages[refusal.code][language] as (refusal: EngineRefusal) => string;
  return wording(refusal);
}
