import type { LocalizedText } from '../../deck/localized-text.ts';
import { alexnet2012Sizes, type AlexNetSizes } from '../../nn/presets/course/alexnet2012.ts';
import type { Problem } from '../problem.ts';
import { alexnetTemplateId } from './alexnet-network.ts';
import { alexnetContent } from './alexnet-table.ts';
import { fixedInstance } from './variant.ts';

/**
 * Homework 2, problem 6 (`../shared/seed/homework2.md`), verbatim, on the `alexnet2012` preset's sizes: the
 * 2012 two-GPU AlexNet on 227x227x3. The homework's answer table and the engine agree on every number (its
 * receptive-field lines write the jump as a product, `19 + (5 - 1) × (4 × 2) = 51`; fc6 is a 6x6 conv over
 * pool5, 355); the homework names no bottleneck, the engine's are fc6 (parameters) and conv1 (memory).
 */
const lead: LocalizedText = {
  zh: '作业二·计算题 6：求出Alexnet网络中\n\n- 每一层对输入图像的感受野（包含卷积层，池化层，全连接层）是多少？\n- 计算每层的参数量和显存占用，找到网络中的参数瓶颈和显存占用瓶颈。\n\n（作业答案中的 MAX POOL3 即下表的 pool5。）',
  en: 'Homework 2, problem 6: For the AlexNet network, find\n\n- the receptive field on the input image of every layer (convolution, pooling and fully connected layers);\n- the parameters and the memory of every layer, and the network’s parameter bottleneck and memory bottleneck.\n\n(The homework answer’s MAX POOL3 is pool5 below.)',
};

export const homework6: Problem<AlexNetSizes> = fixedInstance(
  { id: 'homework-6', template: alexnetTemplateId, parameters: alexnet2012Sizes },
  () => alexnetContent(alexnet2012Sizes, lead),
);
