import type { TopicTag } from './item.ts';
import type { LocalizedText } from './localized-text.ts';

/** The course's topics, with their names for the topic picker and the charts. Decks may add others. */
export const topicLabels: Readonly<Record<TopicTag, LocalizedText>> = {
  conv: { zh: '卷积', en: 'Convolution' },
  params: { zh: '参数量与计算量', en: 'Parameters and compute' },
  'receptive-field': { zh: '感受野', en: 'Receptive field' },
  inception: { zh: 'Inception / GoogLeNet', en: 'Inception / GoogLeNet' },
  vgg: { zh: 'VGG', en: 'VGG' },
  alexnet: { zh: 'AlexNet', en: 'AlexNet' },
  batchnorm: { zh: '批量归一化（BN）', en: 'Batch normalization' },
  activation: { zh: '激活函数', en: 'Activation functions' },
  backprop: { zh: '反向传播', en: 'Backpropagation' },
  init: { zh: '参数初始化', en: 'Initialization' },
  macs: { zh: '乘加次数（MACs）', en: 'MACs and FLOPs' },
  pooling: { zh: '池化', en: 'Pooling' },
};

/** A tag's label; an unknown tag is shown as itself in both languages. */
export function topicLabel(tag: TopicTag): LocalizedText {
  return topicLabels[tag] ?? { zh: tag, en: tag };
}
