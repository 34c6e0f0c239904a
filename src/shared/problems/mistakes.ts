import type { LocalizedText } from '../deck/localized-text.ts';

/**
 * The mistakes catalogue (PRODUCT.md, "The mistakes catalogue"): each code names one misconception. A grader
 * recomputes a problem under the misconception and matches the student's number. The codes are a contract
 * (graders, the CLI's `grade`, stored attempts and the mistakes chart use them): add codes, never rename one.
 */
export const mistakeCodes = [
  'bias-forgotten',
  'cin-forgotten',
  'groups-ignored',
  'padding-once',
  'padding-forgotten',
  'floor-missing',
  'stride-ignored',
  'flops-doubled',
  'flops-halved',
  'branch-left-out',
  'reduction-left-out',
  'reduction-complement',
  'rf-jump-ignored',
  'rf-stride-not-multiplied',
  'input-224',
  'kernel-flipped',
  'bias-not-added',
  'window-misplaced',
  'sigmoid-one-minus',
  'sigmoid-squared',
  'sigmoid-itself',
  'memory-megabytes',
  'pool-has-params',
  'rf-kernels-added',
  'fan-out-for-fan-in',
  'gain-forgotten',
  'fan-kernel-forgotten',
  'uniform-bound-for-std',
] as const;

export type MistakeCode = (typeof mistakeCodes)[number];

export function isMistakeCode(text: string): text is MistakeCode {
  return (mistakeCodes as readonly string[]).includes(text);
}

/**
 * What each mistake is, in a short sentence that points at the step, in the glossary's words. Shown beside a
 * wrong number ("错因分析"), printed by the CLI and used as the mistakes chart's labels.
 */
export const mistakeMessages: Readonly<Record<MistakeCode, LocalizedText>> = {
  'bias-forgotten': {
    zh: '漏算了偏置：每个滤波器除了 $K^2 \\cdot C_{in}$ 个权重，还有 1 个偏置。',
    en: 'The bias is missing: each filter has $K^2 \\cdot C_{in}$ weights plus 1 bias.',
  },
  'cin-forgotten': {
    zh: '漏乘了输入通道数：一个滤波器覆盖全部 $C_{in}$ 个输入通道。',
    en: 'The input channels are missing: one filter spans all $C_{in}$ input channels.',
  },
  'groups-ignored': {
    zh: '忽略了分组：分组卷积中每个滤波器只看 $C_{in}/g$ 个输入通道。',
    en: 'The groups are ignored: in a grouped convolution each filter sees only $C_{in}/g$ input channels.',
  },
  'padding-once': {
    zh: '填充只加了一次：两侧都有填充，应加 $2P$。',
    en: 'The padding was added once: it is on both sides, so add $2P$.',
  },
  'padding-forgotten': {
    zh: '漏掉了填充：先在输入四周补上 $P$ 圈零再计算。',
    en: 'The padding is missing: add $P$ rings of zeros around the input first.',
  },
  'floor-missing': {
    zh: '没有向下取整：$(W - K + 2P)/S$ 不是整数时取整数部分。',
    en: 'The floor is missing: when $(W - K + 2P)/S$ is not a whole number, keep its integer part.',
  },
  'stride-ignored': {
    zh: '忽略了步长：窗口每次移动 $S$ 格，而不是 1 格。',
    en: 'The stride is ignored: the window moves $S$ cells at a time, not 1.',
  },
  'flops-doubled': {
    zh: '乘法和加法分开计数了：这里问的是乘加次数（一次乘加计 1 次）。',
    en: 'Multiplies and adds were counted apart: this asks for multiply-adds (one multiply-add counts once).',
  },
  'flops-halved': {
    zh: '给出的是乘加次数：这里的 FLOPs 把乘法和加法分开计数（FLOPs = 2 × MACs）。',
    en: 'This is the multiply-add count: here FLOPs count the multiply and the add apart (FLOPs = 2 × MACs).',
  },
  'branch-left-out': {
    zh: '漏算了一个分支：总数是所有分支之和。',
    en: 'A branch is left out: the total is the sum over every branch.',
  },
  'reduction-left-out': {
    zh: '漏算了 1×1 瓶颈层本身的计算量。',
    en: 'The 1×1 bottleneck layers themselves were not counted.',
  },
  'reduction-complement': {
    zh: '算成了保留的比例：问的是减少了多少，即 1 减去新计算量与原计算量之比。',
    en: 'This is the share kept: the question asks for the share saved, 1 minus the new count over the old.',
  },
  'rf-jump-ignored': {
    zh: '感受野只加了 $k - 1$：还要乘以之前各层的累积步长。',
    en: 'The receptive field grew by $k - 1$ only: multiply by the jump of the layers before.',
  },
  'rf-stride-not-multiplied': {
    zh: '累积步长没有连乘：$j_l = j_{l-1} \\cdot s_l$，要乘上之前所有层的步长。',
    en: 'The jump was not accumulated: $j_l = j_{l-1} \\cdot s_l$ multiplies every earlier stride.',
  },
  'input-224': {
    zh: '从 224×224 的输入算起了：按作业的 AlexNet，输入是 227×227。',
    en: 'This starts from a 224×224 input: the homework’s AlexNet takes 227×227.',
  },
  'kernel-flipped': {
    zh: '把卷积核旋转了 180°（严格卷积）：深度学习中的卷积是互相关运算，核不翻转。',
    en: 'The kernel was flipped 180° (true convolution): deep learning convolution is cross-correlation, unflipped.',
  },
  'bias-not-added': {
    zh: '漏加了偏置：每个输出都要加上偏置 $b$。',
    en: 'The bias was not added: every output adds the bias $b$.',
  },
  'window-misplaced': {
    zh: '窗口位置不对：这个输出对应的输入窗口从第 $i \\cdot S$ 行、第 $j \\cdot S$ 列开始。',
    en: 'The window is misplaced: this output’s input window starts at row $i \\cdot S$, column $j \\cdot S$.',
  },
  'sigmoid-one-minus': {
    zh: '写成了 $1 - \\sigma$：导数是 $\\sigma(1 - \\sigma)$。',
    en: 'This is $1 - \\sigma$: the derivative is $\\sigma(1 - \\sigma)$.',
  },
  'sigmoid-squared': {
    zh: '写成了 $\\sigma^2$：导数是 $\\sigma(1 - \\sigma)$。',
    en: 'This is $\\sigma^2$: the derivative is $\\sigma(1 - \\sigma)$.',
  },
  'sigmoid-itself': {
    zh: '写成了 $\\sigma$ 本身：导数是 $\\sigma(1 - \\sigma)$。',
    en: 'This is $\\sigma$ itself: the derivative is $\\sigma(1 - \\sigma)$.',
  },
  'memory-megabytes': {
    zh: '单位不对：问的是元素个数（或字节数），不是 MB。',
    en: 'Wrong unit: the question asks for elements (or bytes), not MB.',
  },
  'pool-has-params': {
    zh: '池化层没有参数：它只取窗口内的最大值或平均值。',
    en: 'A pooling layer has no parameters: it only takes the maximum or the mean of its window.',
  },
  'rf-kernels-added': {
    zh: '把各层的核大小直接相加了：步长为 1 时，每层感受野只增加 $k - 1$。',
    en: 'The kernel sizes were added up: with stride 1 each layer grows the field by $k - 1$ only.',
  },
  'fan-out-for-fan-in': {
    zh: '用了 fan_out：Kaiming 初始化（mode=fan_in）按每个输出神经元的输入个数 $n_{in}$ 计算。',
    en: 'This uses fan_out: Kaiming initialization (mode=fan_in) counts the inputs $n_{in}$ of each output unit.',
  },
  'gain-forgotten': {
    zh: '漏了增益 $\\sqrt{2}$：ReLU 把约一半的激活值置零，Kaiming 初始化的标准差是 $\\sqrt{2 / n_{in}}$。',
    en: 'The gain $\\sqrt{2}$ is missing: ReLU zeroes about half the activations, so Kaiming’s std is $\\sqrt{2 / n_{in}}$.',
  },
  'fan-kernel-forgotten': {
    zh: '漏乘了核大小：卷积层的 fan_in 是 $C_{in} \\cdot K^2$，fan_out 是 $C_{out} \\cdot K^2$。',
    en: 'The kernel size is missing: a convolution’s fan_in is $C_{in} \\cdot K^2$ and its fan_out is $C_{out} \\cdot K^2$.',
  },
  'uniform-bound-for-std': {
    zh: '这是均匀分布 $U(-a, a)$ 的边界 $a$：问的是标准差，等于 $a / \\sqrt{3}$。',
    en: 'This is the bound $a$ of the uniform $U(-a, a)$: the question asks for the std, which is $a / \\sqrt{3}$.',
  },
};
