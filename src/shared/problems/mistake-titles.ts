import type { LocalizedText } from '../deck/localized-text.ts';
import type { MistakeCode } from './mistakes.ts';

/**
 * Each mistake's short name, for chart legends and tables ("bias forgotten: 4 of the last 10"); the sentence
 * that explains it beside a wrong number is in mistakes.ts.
 */
export const mistakeTitles: Readonly<Record<MistakeCode, LocalizedText>> = {
  'bias-forgotten': { zh: '漏算偏置', en: 'Bias forgotten' },
  'cin-forgotten': { zh: '漏乘输入通道数', en: 'Input channels forgotten' },
  'groups-ignored': { zh: '忽略分组', en: 'Groups ignored' },
  'padding-once': { zh: '填充只加一次', en: 'Padding added once' },
  'padding-forgotten': { zh: '漏掉填充', en: 'Padding forgotten' },
  'floor-missing': { zh: '没有向下取整', en: 'Floor missing' },
  'stride-ignored': { zh: '忽略步长', en: 'Stride ignored' },
  'flops-doubled': { zh: '乘加次数算成两倍', en: 'FLOPs doubled' },
  'flops-halved': { zh: 'FLOPs 算成一半', en: 'FLOPs halved' },
  'branch-left-out': { zh: '漏算分支', en: 'Branch left out' },
  'reduction-left-out': { zh: '漏算瓶颈层', en: 'Bottleneck layers left out' },
  'reduction-complement': { zh: '算成保留比例', en: 'Share kept, not saved' },
  'rf-jump-ignored': { zh: '感受野未乘累积步长', en: 'Jump ignored' },
  'rf-stride-not-multiplied': { zh: '累积步长未连乘', en: 'Strides not multiplied' },
  'input-224': { zh: '输入按 224 计算', en: 'Input 224, not 227' },
  'kernel-flipped': { zh: '卷积核被翻转', en: 'Kernel flipped' },
  'bias-not-added': { zh: '漏加偏置', en: 'Bias not added' },
  'window-misplaced': { zh: '窗口位置不对', en: 'Window misplaced' },
  'sigmoid-one-minus': { zh: '写成 1 − σ', en: 'Wrote 1 − σ' },
  'sigmoid-squared': { zh: '写成 σ²', en: 'Wrote σ²' },
  'sigmoid-itself': { zh: '写成 σ', en: 'Wrote σ' },
  'memory-megabytes': { zh: '单位写成 MB', en: 'Megabytes, not elements' },
  'pool-has-params': { zh: '池化层算了参数', en: 'Pooling given parameters' },
  'rf-kernels-added': { zh: '感受野只把核大小相加', en: 'Kernel sizes added' },
  'fan-out-for-fan-in': { zh: '用了 fan_out', en: 'fan_out for fan_in' },
  'gain-forgotten': { zh: '漏了增益 √2', en: 'Gain √2 forgotten' },
  'fan-kernel-forgotten': { zh: 'fan_in 漏乘核大小', en: 'Kernel left out of the fan' },
  'uniform-bound-for-std': { zh: '把均匀分布边界当标准差', en: 'Uniform bound, not std' },
};
