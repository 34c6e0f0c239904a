import type { LocalizedText } from '../../deck/localized-text.ts';
import type { Problem } from '../problem.ts';
import {
  receptiveFieldContent,
  receptiveFieldTemplateId,
  type ReceptiveFieldParameters,
} from './receptive-field.ts';
import { fixedInstance } from './variant.ts';

/**
 * Homework 2, problem 5 (`../shared/seed/homework2.md`), verbatim, worked on a stack. The homework asks in
 * words how the field on the previous layer differs from the field on the input, and how conv, pooling and
 * fully connected layers grow it; it gives no network. So the stack is chosen to need every rule it states
 * once: a conv (the 5x5, padding 2 layer of problem 2 on its 32x32 input), pooling counted as a k x k conv
 * with stride s, a second conv whose field on the previous layer is asked (its kernel size), a fully connected
 * layer after a feature map (an 8x8 conv) and one after a fully connected layer (the field stays).
 * By hand: R = 5, 6, 10, 12, 40, 40; j = 1, 2, 2, 4; conv2 on pool1: 3.
 */
const lead: LocalizedText = {
  zh: '作业二·计算题 5：前一层上的感受野和在输入图像上的感受野分别有什么不同? 卷积层, 池化层, 全连接层的感受野该如何计算?\n\n请在下面的网络上逐层计算来回答。',
  en: 'Homework 2, problem 5: How does the receptive field on the previous layer differ from the receptive field on the input image? How is the receptive field of a convolutional layer, a pooling layer and a fully connected layer computed?\n\nAnswer it by working through the network below, layer by layer.',
};

const parameters: ReceptiveFieldParameters = {
  input: 32,
  layers: [
    { name: 'conv1', kind: 'conv', kernel: 5, stride: 1, padding: 2 },
    { name: 'pool1', kind: 'pool', kernel: 2, stride: 2, padding: 0 },
    { name: 'conv2', kind: 'conv', kernel: 3, stride: 1, padding: 1 },
    { name: 'pool2', kind: 'pool', kernel: 2, stride: 2, padding: 0 },
    { name: 'fc1', kind: 'fc', features: 128 },
    { name: 'fc2', kind: 'fc', features: 10 },
  ],
  previousOf: 'conv2',
};

export const homework5: Problem<ReceptiveFieldParameters> = fixedInstance(
  { id: 'homework-5', template: receptiveFieldTemplateId, parameters },
  () => receptiveFieldContent(parameters, lead),
);
