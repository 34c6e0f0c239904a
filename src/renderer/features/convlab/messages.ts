import type { ImageKernelName } from '../../../shared/conv/image/image-kernels.ts';
import type { Language, LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { EngineErrorCode } from '../../../shared/engine/engine-error.ts';
import { wordRefusal } from '../../../shared/engine/refusal-messages.ts';
import type { EngineProblem } from './lab-engine.ts';

/** The convolution lab's strings, in both languages. */
export const convLabMessages = {
  title: { zh: '卷积实验室', en: 'Convolution lab' },
  intro: {
    zh: '看卷积核在矩阵上一步步滑动，再把经典卷积核用在真实图片上。深度学习里的「卷积」是互相关（核不翻转）。',
    en: 'Watch a kernel slide over a matrix step by step, then apply classic kernels to real images. Deep learning’s “convolution” is cross-correlation (no kernel flip).',
  },
  tabs: {
    matrix: { zh: '矩阵演示', en: 'Matrix' },
    image: { zh: '图像滤波', en: 'Image' },
  },

  example: { zh: '例题', en: 'Example' },
  customSetup: { zh: '自定义（已修改）', en: 'Custom (edited)' },
  operation: { zh: '运算', en: 'Operation' },
  modes: {
    conv: { zh: '卷积', en: 'Convolution' },
    max: { zh: '最大池化', en: 'Max pool' },
    avg: { zh: '平均池化', en: 'Avg pool' },
  },
  input: { zh: '输入', en: 'Input' },
  inputRows: { zh: '输入行数', en: 'Input rows' },
  inputColumns: { zh: '输入列数', en: 'Input columns' },
  kernel: { zh: '卷积核', en: 'Kernel' },
  kernelRows: { zh: '卷积核行数', en: 'Kernel rows' },
  kernelColumns: { zh: '卷积核列数', en: 'Kernel columns' },
  window: { zh: '池化窗口', en: 'Window' },
  windowNote: {
    zh: '池化没有权重：只用窗口大小。',
    en: 'Pooling has no weights: only the window size is used.',
  },
  bias: { zh: '偏置', en: 'Bias' },
  biasValue: { zh: '偏置 b = {bias}', en: 'bias b = {bias}' },
  stride: { zh: '步长', en: 'Stride' },
  dilation: { zh: '空洞率', en: 'Dilation' },
  noDilationForAverage: { zh: '平均池化没有空洞率', en: 'none for average' },
  padding: { zh: '填充', en: 'Padding' },
  paddingModes: {
    symmetric: { zh: '四边相同', en: 'Same on all sides' },
    'per-side': { zh: '逐边设置', en: 'Per side' },
  },
  paddingAll: { zh: '每边', en: 'Each side' },
  paddingSides: {
    top: { zh: '上', en: 'Top' },
    bottom: { zh: '下', en: 'Bottom' },
    left: { zh: '左', en: 'Left' },
    right: { zh: '右', en: 'Right' },
  },
  ceilMode: { zh: '向上取整（ceil_mode）', en: 'ceil_mode (round the output size up)' },
  countIncludePad: {
    zh: '填充计入平均（count_include_pad）',
    en: 'count_include_pad (padding counts in the divisor)',
  },
  trueConvolution: { zh: '对比严格卷积', en: 'Compare with true convolution' },
  trueConvolutionNote: {
    zh: '核旋转 180° 后再滑动，两个结果并排显示。',
    en: 'The kernel rotated by 180°, both results side by side.',
  },
  cellName: { zh: '{name} 第 {row} 行第 {column} 列', en: '{name} row {row}, column {column}' },
  cellProblem: { zh: '第 {row} 行第 {column} 列：{problem}', en: 'Row {row}, column {column}: {problem}' },
  moreProblems: { zh: '（另有 {count} 处）', en: '(and {count} more)' },
  windowTooLarge: {
    zh: '窗口（{window}）比填充后的输入（{padded}）还大：请加大输入或填充，或减小卷积核或空洞率。',
    en: 'The window ({window}) is larger than the padded input ({padded}): enlarge the input or the padding, or shrink the kernel or the dilation.',
  },
  poolPaddingTooLarge: {
    zh: '池化的填充最多是窗口的一半（这里是 {limit}），与 PyTorch 一致。',
    en: 'Pooling padding can be at most half the window ({limit} here), as in PyTorch.',
  },

  paddedInput: { zh: '输入（含填充）', en: 'Input (with padding)' },
  paddedInputPool: { zh: '输入（含填充）', en: 'Input (with padding)' },
  rotatedKernel: { zh: '旋转 180° 的核', en: 'Kernel rotated 180°' },
  output: { zh: '输出', en: 'Output' },
  crossCorrelation: { zh: '互相关（PyTorch）', en: 'Cross-correlation (PyTorch)' },
  trueConvolutionResult: { zh: '严格卷积（核旋转 180°）', en: 'True convolution (kernel rotated)' },
  outputCell: {
    zh: '输出第 {row} 行第 {column} 列：{value}',
    en: 'Output row {row}, column {column}: {value}',
  },
  matchesSource: { zh: '✓ 与参考答案一致', en: '✓ Matches the source’s answer' },
  differsFromSource: { zh: '与参考答案不同', en: 'Differs from the source’s answer' },
  computing: { zh: '正在计算…', en: 'Computing…' },
  fixTheSetup: {
    zh: '请先修正左侧标红的设置。',
    en: 'Fix the settings marked in red on the left first.',
  },
  startHint: {
    zh: '按 ▶ 播放或按 → 单步；把鼠标移到输出格上，可以看到它由哪个窗口算出。',
    en: 'Press ▶ to play or → to step; point at an output cell to see the window that made it.',
  },
  paddingLegend: {
    zh: '灰色项来自填充（值为 0）。',
    en: 'Grey terms come from the padding (value 0).',
  },
  outputSizeTitle: { zh: '输出尺寸公式', en: 'Output size formula' },

  animation: { zh: '动画', en: 'Animation' },
  rewind: { zh: '回到开头', en: 'Rewind' },
  /** A control's tooltip with its key; Chinese parentheses are full-width (GLOSSARY.md). */
  withKey: { zh: '{label}（{key}）', en: '{label} ({key})' },
  spaceKey: { zh: '空格键', en: 'Space' },
  stepBack: { zh: '后退一步', en: 'Step back' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  stepForward: { zh: '前进一步', en: 'Step forward' },
  skipToEnd: { zh: '跳到结尾', en: 'Skip to the end' },
  stepCounter: { zh: '第 {done} / {total} 步', en: 'Step {done} of {total}' },
  speed: { zh: '速度', en: 'Speed' },

  image: { zh: '图像', en: 'Image' },
  sampleImage: { zh: '示例图像', en: 'Sample image' },
  openOwnImage: { zh: '打开自己的图片…', en: 'Open your own image…' },
  opening: { zh: '正在解码…', en: 'Decoding…' },
  imageSize: {
    zh: '{width} × {height}（{megapixels} 百万像素）',
    en: '{width} × {height} ({megapixels} megapixels)',
  },
  kernelNames: {
    identity: { zh: '恒等', en: 'Identity' },
    'box-blur': { zh: '均值模糊', en: 'Box blur' },
    gaussian: { zh: '高斯模糊', en: 'Gaussian blur' },
    sharpen: { zh: '锐化', en: 'Sharpen' },
    emboss: { zh: '浮雕', en: 'Emboss' },
    outline: { zh: '轮廓', en: 'Outline' },
    'sobel-x': { zh: 'Sobel x（竖直边缘）', en: 'Sobel x (vertical edges)' },
    'sobel-y': { zh: 'Sobel y（水平边缘）', en: 'Sobel y (horizontal edges)' },
    'sobel-magnitude': { zh: 'Sobel 幅值', en: 'Sobel magnitude' },
    laplacian: { zh: '拉普拉斯', en: 'Laplacian' },
    custom: { zh: '自定义', en: 'Custom' },
  } satisfies Record<ImageKernelName, LocalizedText>,
  kernelSize: { zh: '大小：{size} × {size}', en: 'Size: {size} × {size}' },
  kernelWeights: { zh: '卷积核权重', en: 'Kernel weights' },
  sobelGx: { zh: 'Gx 的权重', en: 'Weights of Gx' },
  sobelGy: { zh: 'Gy 的权重', en: 'Weights of Gy' },
  customKernel: { zh: '自定义卷积核', en: 'Custom kernel' },
  customKernelHint: {
    zh: '每行写卷积核的一行权重，数之间用空格或逗号分隔。',
    en: 'One row of weights per line, separated by spaces or commas.',
  },
  normalise: { zh: '除以权重之和', en: 'Divide by the sum of the weights' },
  normalisation: { zh: '归一化：{how}', en: 'Normalisation: {how}' },
  border: { zh: '边界规则', en: 'Border rule' },
  borderRules: {
    zero: { zh: '补零', en: 'Zeros' },
    replicate: { zh: '复制边缘像素', en: 'Replicate the edge' },
    reflect: { zh: '镜像（不重复边缘）', en: 'Reflect (edge not repeated)' },
    valid: { zh: 'valid（不填充，图像变小）', en: 'Valid (no border: the image shrinks)' },
  },
  colour: { zh: '颜色', en: 'Colour' },
  colourModes: {
    'per-channel': { zh: '逐通道（R、G、B 分别滤波）', en: 'Per channel (R, G, B each)' },
    grayscale: { zh: '灰度（0.299 R + 0.587 G + 0.114 B）', en: 'Grayscale (0.299 R + 0.587 G + 0.114 B)' },
  },
  display: { zh: '有符号输出的显示', en: 'Display of signed outputs' },
  displayMappings: {
    clamp: { zh: '截断到 [0, 255]', en: 'Clamp to [0, 255]' },
    absolute: { zh: '取绝对值', en: 'Absolute value' },
    rescale: { zh: '最小–最大拉伸到 [0, 255]', en: 'Min–max rescale to [0, 255]' },
  },
  signedHint: {
    zh: '这个核会产生负值，截断后显示为黑色；试试「取绝对值」或「最小–最大拉伸」。',
    en: 'This kernel gives negative values, which clamping shows as black; try “Absolute value” or “Min–max rescale”.',
  },
  compare: { zh: '对比方式', en: 'Compare' },
  views: {
    'side-by-side': { zh: '并排', en: 'Side by side' },
    slider: { zh: '滑块', en: 'Slider' },
  },
  comparePosition: { zh: '对比分界位置', en: 'Divider position' },
  before: { zh: '原图', en: 'Before' },
  after: { zh: '滤波后', en: 'After' },
  noPreview: { zh: '没有预览', en: 'No preview' },
  noResultYet: { zh: '还没有结果', en: 'No result yet' },
  filtering: { zh: '滤波进度', en: 'Filtering progress' },
  filteringPercent: { zh: '正在滤波… {percent}%', en: 'Filtering… {percent}%' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消，显示的是上一次的结果。', en: 'Cancelled; the last result is shown.' },
  filteredIn: { zh: '用时 {milliseconds} 毫秒', en: 'Filtered in {milliseconds} ms' },
  noImage: { zh: '选择一张示例图像，或打开你自己的图片。', en: 'Choose a sample image, or open your own.' },
  imageConventions: {
    zh: '卷积核按互相关应用（不翻转），在后台线程中对整幅原图计算；这里显示的是缩小后的预览。',
    en: 'Kernels are applied as cross-correlation (no flip) to the full image in a background worker; what you see is a scaled-down preview.',
  },
} as const;

const engineProblems: Record<EngineErrorCode, LocalizedText> = {
  INVALID_INPUT: { zh: '引擎拒绝了这个输入。', en: 'The engine refused this input.' },
  INPUT_TOO_LARGE: {
    zh: '输入超过了引擎的大小上限，未做计算。',
    en: 'The input is over the engine’s size limit; nothing was computed.',
  },
  BUSY: { zh: '引擎正忙，请稍后再试。', en: 'The engine is busy; try again in a moment.' },
  TIMEOUT: { zh: '计算超时，已停止。', en: 'The computation took too long and was stopped.' },
  CANCELLED: { zh: '已取消。', en: 'Cancelled.' },
  OUT_OF_MEMORY: {
    zh: '内存不足，计算已停止。请换一张小一点的图片。',
    en: 'Out of memory; the computation was stopped. Try a smaller image.',
  },
  WORKER_CRASHED: {
    zh: '计算线程意外停止，已自动重启。再改一次设置即可重试。',
    en: 'The engine’s worker stopped unexpectedly and has been restarted. Change a setting to try again.',
  },
  UNKNOWN_JOB: {
    zh: '引擎没有这项计算（内部错误）。',
    en: 'The engine has no such job (an internal error).',
  },
  INTERNAL: { zh: '引擎出现内部错误。', en: 'The engine hit an internal error.' },
};

/** A failed job's headline in both languages: what kind of failure, from its code. */
export function engineProblemText(problem: EngineProblem): LocalizedText {
  return engineProblems[problem.code];
}

/** The refusal's own words (which field, which limit), when the engine refused the request. */
export function engineProblemDetail(problem: EngineProblem, language: Language): string | null {
  return problem.refusal && wordRefusal(problem.refusal, language);
}
