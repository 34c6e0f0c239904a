import type { Deck } from '../deck.ts';
import type { BasicItem, ClozeItem, TopicTag } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';

/**
 * The concept deck: flashcards drawn from homework 2 (作业二; test/fixtures/homework2.md) and the ideas its
 * questions rest on. Every number is the homework's or checked against the engine in src/shared/nn
 * (test/unit/shared/deck/cnn-concepts.test.ts recomputes them). Chinese follows GLOSSARY.md. The homework's
 * seven MCQs stay in the homework deck, which the drills use.
 */
function basic(id: string, tags: TopicTag[], front: LocalizedText, back: LocalizedText): BasicItem {
  return { id: `cnn-${id}`, kind: 'basic', tags, front, back };
}

function cloze(id: string, tags: TopicTag[], text: LocalizedText, extra?: LocalizedText): ClozeItem {
  return { id: `cnn-${id}`, kind: 'cloze', tags, text, ...(extra ? { extra } : {}) };
}

const activations = [
  cloze(
    'sigmoid-definition',
    ['activation'],
    {
      zh: 'Sigmoid 函数：$\\sigma(x) =$ {{c1::$\\frac{1}{1+e^{-x}}$}}，输出在 {{c2::$(0, 1)$}} 之间。',
      en: 'The sigmoid: $\\sigma(x) =$ {{c1::$\\frac{1}{1+e^{-x}}$}}, with outputs in {{c2::$(0, 1)$}}.',
    },
    {
      zh: '作业二·选择题 6 写作 $[0, 1]$：端点 0 和 1 只是极限，取不到。',
      en: 'Homework 2, question 6 writes $[0, 1]$: the ends 0 and 1 are limits, never reached.',
    },
  ),
  cloze(
    'sigmoid-derivative',
    ['activation', 'backprop'],
    {
      zh: 'Sigmoid 函数的导数可以用它自身表示：$\\frac{d\\sigma}{dx} =$ {{c1::$\\sigma(x)(1-\\sigma(x))$}}。',
      en: 'The sigmoid’s derivative in terms of itself: $\\frac{d\\sigma}{dx} =$ {{c1::$\\sigma(x)(1-\\sigma(x))$}}.',
    },
    {
      zh: '推导：$\\frac{d}{dx}(1+e^{-x})^{-1} = \\frac{e^{-x}}{(1+e^{-x})^2} = \\frac{1}{1+e^{-x}} \\cdot \\frac{e^{-x}}{1+e^{-x}}$，而 $\\frac{e^{-x}}{1+e^{-x}} = 1-\\sigma(x)$（作业二·计算题 1(a)）。常见错误：$1-\\sigma$、$\\sigma^2$、$\\sigma$ 本身。',
      en: 'Why: $\\frac{d}{dx}(1+e^{-x})^{-1} = \\frac{e^{-x}}{(1+e^{-x})^2} = \\frac{1}{1+e^{-x}} \\cdot \\frac{e^{-x}}{1+e^{-x}}$, and $\\frac{e^{-x}}{1+e^{-x}} = 1-\\sigma(x)$ (homework 2, problem 1(a)). Usual slips: $1-\\sigma$, $\\sigma^2$, or $\\sigma$ itself.',
    },
  ),
  basic(
    'sigmoid-derivative-maximum',
    ['activation', 'backprop'],
    {
      zh: 'Sigmoid 函数导数的最大值是多少？在哪里取到？这对深层网络意味着什么？',
      en: 'What is the largest value of the sigmoid’s derivative, and where? What does it mean for deep networks?',
    },
    {
      zh: '在 $x = 0$ 处取到最大值 $0.25$（$\\sigma(0) = 0.5$，$0.5 \\times 0.5 = 0.25$）。反向传播每经过一层 Sigmoid，梯度至少缩小为原来的 $\\frac{1}{4}$，层数一多就会梯度消失。',
      en: 'Its maximum is $0.25$, at $x = 0$ ($\\sigma(0) = 0.5$ and $0.5 \\times 0.5 = 0.25$). Each sigmoid layer multiplies the gradient by at most $\\frac{1}{4}$ on the way back, so deep stacks make it vanish.',
    },
  ),
  basic(
    'sigmoid-backprop-step',
    ['activation', 'backprop'],
    {
      zh: '某神经元的输入 $x = 0$，损失对 Sigmoid 输出的上游梯度 $\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = 4.0$。求 $\\frac{\\partial \\mathcal{L}}{\\partial x}$。',
      en: 'A neuron’s input is $x = 0$ and the upstream gradient of the loss at its sigmoid output is $\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = 4.0$. Find $\\frac{\\partial \\mathcal{L}}{\\partial x}$.',
    },
    {
      zh: '$\\sigma(0) = 0.5$，局部梯度 $\\sigma(0)(1-\\sigma(0)) = 0.25$；由链式法则，$\\frac{\\partial \\mathcal{L}}{\\partial x} = 4.0 \\times 0.25 = 1$（作业二·计算题 1(b)）。',
      en: '$\\sigma(0) = 0.5$, so the local gradient is $\\sigma(0)(1-\\sigma(0)) = 0.25$; by the chain rule $\\frac{\\partial \\mathcal{L}}{\\partial x} = 4.0 \\times 0.25 = 1$ (homework 2, problem 1(b)).',
    },
  ),
  cloze('chain-rule', ['backprop'], {
    zh: '在计算图中反向传播时，一个节点输入端的梯度 = {{c1::上游梯度}} × {{c2::该节点的局部梯度}}（链式法则）。',
    en: 'Backpropagating through a node of the computational graph, the gradient at its input = {{c1::the upstream gradient}} × {{c2::the node’s local gradient}} (the chain rule).',
  }),
  cloze(
    'tanh-derivative',
    ['activation'],
    {
      zh: "Tanh 函数的输出在 {{c1::$(-1, 1)$}} 之间、以 0 为中心；它的导数 $\\tanh'(x) =$ {{c2::$1-\\tanh^2(x)$}}，最大值为 1。",
      en: "Tanh outputs lie in {{c1::$(-1, 1)$}}, centred on 0; its derivative is $\\tanh'(x) =$ {{c2::$1-\\tanh^2(x)$}}, at most 1.",
    },
    {
      zh: '$\\tanh(x) = 2\\sigma(2x) - 1$：Tanh 是平移缩放后的 Sigmoid 函数，两端同样饱和，同样会梯度消失。',
      en: '$\\tanh(x) = 2\\sigma(2x) - 1$: tanh is a shifted, stretched sigmoid that saturates at both ends just the same, so its gradients vanish too.',
    },
  ),
  basic(
    'relu-gradient',
    ['activation'],
    {
      zh: 'ReLU 的导数是什么？它为什么缓解了梯度消失？有什么代价？',
      en: 'What is ReLU’s derivative? Why does it ease vanishing gradients, and at what cost?',
    },
    {
      zh: '$x > 0$ 时导数为 1，$x < 0$ 时为 0。正区间的梯度原样传回，不会像 Sigmoid 函数那样每层缩小，计算也只是一次比较。代价是输入一直为负的神经元梯度恒为 0，不再更新（「死亡 ReLU」）。',
      en: 'It is 1 for $x > 0$ and 0 for $x < 0$. Gradients pass back unchanged where the input is positive, instead of shrinking at every layer as with the sigmoid, and it costs one comparison. The price: a neuron whose input stays negative gets zero gradient and stops learning (a “dead ReLU”).',
    },
  ),
];

const outputSize = [
  cloze(
    'output-size-formula',
    ['conv'],
    {
      zh: '卷积层输出的空间尺寸：$W_{out} =$ {{c1::$\\left\\lfloor \\frac{W_{in} - K + 2P}{S} \\right\\rfloor + 1$}}（$K$ 为核大小，$P$ 为填充，$S$ 为步长）。',
      en: 'A convolution’s output size: $W_{out} =$ {{c1::$\\left\\lfloor \\frac{W_{in} - K + 2P}{S} \\right\\rfloor + 1$}} ($K$ the kernel size, $P$ the padding, $S$ the stride).',
    },
    {
      zh: '填充加在两侧，所以是 $2P$；除不尽时向下取整。池化层用同一个公式。',
      en: 'Padding is added on both sides, hence $2P$; a division that does not come out even is rounded down. Pooling layers use the same formula.',
    },
  ),
  basic(
    'output-size-homework',
    ['conv'],
    {
      zh: '输入 $32 \\times 32 \\times 3$，卷积层有 10 个 $5 \\times 5$ 的滤波器，步长 $S = 1$，填充 $P = 2$。输出特征图的形状是多少？',
      en: 'Input $32 \\times 32 \\times 3$; a convolution with 10 filters of $5 \\times 5$, stride $S = 1$, padding $P = 2$. What shape is the output feature map?',
    },
    {
      zh: '$\\lfloor \\frac{32 - 5 + 2 \\times 2}{1} \\rfloor + 1 = 32$，输出通道数等于滤波器个数 10：$32 \\times 32 \\times 10$（作业二·计算题 2(a)）。',
      en: '$\\lfloor \\frac{32 - 5 + 2 \\times 2}{1} \\rfloor + 1 = 32$, and the output channels equal the number of filters, 10: $32 \\times 32 \\times 10$ (homework 2, problem 2(a)).',
    },
  ),
  basic(
    'same-padding',
    ['conv'],
    {
      zh: '步长为 1 时，核大小为 $K$（奇数）的卷积要保持空间尺寸不变，填充应取多少？',
      en: 'With stride 1, what padding keeps the spatial size of a convolution with an odd kernel size $K$?',
    },
    {
      zh: '$P = \\frac{K - 1}{2}$：$3 \\times 3$ 卷积填充 1，$5 \\times 5$ 填充 2，$7 \\times 7$ 填充 3。代入公式：$W - K + 2P + 1 = W$。',
      en: '$P = \\frac{K - 1}{2}$: padding 1 for $3 \\times 3$, 2 for $5 \\times 5$, 3 for $7 \\times 7$. From the formula: $W - K + 2P + 1 = W$.',
    },
  ),
  basic(
    'alexnet-input-227',
    ['alexnet', 'conv'],
    {
      zh: 'AlexNet 的 conv1（96 个 $11 \\times 11$ 滤波器，步长 4，无填充）为什么要求输入是 $227 \\times 227$ 而不是论文写的 224？',
      en: 'Why does AlexNet’s conv1 (96 filters of $11 \\times 11$, stride 4, no padding) need a $227 \\times 227$ input rather than the 224 of the paper?',
    },
    {
      zh: '$\\frac{227 - 11}{4} + 1 = 55$，正好整除，得到 $55 \\times 55 \\times 96$。用 224 时 $\\frac{224 - 11}{4} = 53.25$ 除不尽（torchvision 改用填充 2：$\\lfloor \\frac{224 - 11 + 4}{4} \\rfloor + 1 = 55$）。',
      en: '$\\frac{227 - 11}{4} + 1 = 55$ comes out even, giving $55 \\times 55 \\times 96$. With 224, $\\frac{224 - 11}{4} = 53.25$ does not (torchvision pads by 2 instead: $\\lfloor \\frac{224 - 11 + 4}{4} \\rfloor + 1 = 55$).',
    },
  ),
  basic(
    'pooling-output',
    ['conv', 'alexnet'],
    {
      zh: 'AlexNet 的最大池化为 $3 \\times 3$、步长 2。输入为 $55 \\times 55$、$27 \\times 27$、$13 \\times 13$ 时，输出分别是多少？',
      en: 'AlexNet’s max pooling is $3 \\times 3$ with stride 2. What does it output from $55 \\times 55$, $27 \\times 27$ and $13 \\times 13$?',
    },
    {
      zh: '$\\frac{55 - 3}{2} + 1 = 27$，$\\frac{27 - 3}{2} + 1 = 13$，$\\frac{13 - 3}{2} + 1 = 6$。窗口 3 大于步长 2，相邻窗口有重叠（重叠池化）。',
      en: '$\\frac{55 - 3}{2} + 1 = 27$, $\\frac{27 - 3}{2} + 1 = 13$, $\\frac{13 - 3}{2} + 1 = 6$. The window (3) is larger than the stride (2), so neighbouring windows overlap (overlapping pooling).',
    },
  ),
];

const parameters = [
  cloze(
    'conv-parameters-formula',
    ['params', 'conv'],
    {
      zh: '卷积层的参数量（含偏置）：{{c1::$(K^2 C_{in} + 1)\\,C_{out}$}}。每个滤波器有 $K^2 C_{in}$ 个权重和 {{c2::1}} 个偏置。',
      en: 'A convolution’s parameters, bias included: {{c1::$(K^2 C_{in} + 1)\\,C_{out}$}}. Each filter has $K^2 C_{in}$ weights and {{c2::1}} bias.',
    },
    {
      zh: '常见错误：漏掉偏置（$K^2 C_{in} C_{out}$），或漏掉输入通道数 $C_{in}$。',
      en: 'Usual slips: forgetting the bias ($K^2 C_{in} C_{out}$), or forgetting the input channels $C_{in}$.',
    },
  ),
  basic(
    'conv-parameters-homework',
    ['params', 'conv'],
    {
      zh: '输入 3 个通道，卷积层有 10 个 $5 \\times 5$ 的滤波器。总参数量（含偏置）是多少？',
      en: 'A convolution over 3 input channels has 10 filters of $5 \\times 5$. How many parameters does it have, bias included?',
    },
    {
      zh: '权重 $10 \\times (5 \\times 5 \\times 3) = 750$，偏置 $10 \\times 1 = 10$，共 760（作业二·计算题 2(b)）。填充和步长不影响参数量。',
      en: 'Weights $10 \\times (5 \\times 5 \\times 3) = 750$, biases $10 \\times 1 = 10$: 760 in all (homework 2, problem 2(b)). Padding and stride do not change the parameter count.',
    },
  ),
  cloze('grouped-parameters', ['params', 'conv'], {
    zh: '分组数为 $g$ 的分组卷积，每个滤波器只看 {{c1::$\\frac{C_{in}}{g}$}} 个输入通道，参数量为 {{c2::$K^2 \\frac{C_{in}}{g} C_{out} + C_{out}$}}。',
    en: 'In a grouped convolution with $g$ groups each filter sees only {{c1::$\\frac{C_{in}}{g}$}} input channels, so it has {{c2::$K^2 \\frac{C_{in}}{g} C_{out} + C_{out}$}} parameters.',
  }),
  basic(
    'alexnet-conv2-groups',
    ['params', 'alexnet'],
    {
      zh: 'AlexNet 的 conv2：256 个 $5 \\times 5$ 滤波器，输入 96 个通道。分组数为 2（两块 GPU）和不分组时，参数量各是多少？',
      en: 'AlexNet’s conv2 has 256 filters of $5 \\times 5$ over 96 input channels. How many parameters with 2 groups (the two GPUs), and without groups?',
    },
    {
      zh: '分组：$5 \\times 5 \\times 48 \\times 256 + 256 = 307,456$；不分组：$5 \\times 5 \\times 96 \\times 256 + 256 = 614,656$（作业二·计算题 6）。分组让权重减半，偏置不变。',
      en: 'Grouped: $5 \\times 5 \\times 48 \\times 256 + 256 = 307,456$; ungrouped: $5 \\times 5 \\times 96 \\times 256 + 256 = 614,656$ (homework 2, problem 6). Groups halve the weights; the biases stay.',
    },
  ),
  basic(
    'depthwise-parameters',
    ['params', 'conv'],
    {
      zh: '对 64 个通道做 $3 \\times 3$ 逐通道卷积（分组数 = 输入通道数 = 64，含偏置），参数量是多少？同样大小的普通卷积呢？',
      en: 'How many parameters has a $3 \\times 3$ depthwise convolution over 64 channels (groups = input channels = 64, bias included)? And an ordinary one of the same size?',
    },
    {
      zh: '逐通道：$3 \\times 3 \\times 1 \\times 64 + 64 = 640$；普通卷积：$3 \\times 3 \\times 64 \\times 64 + 64 = 36,928$。',
      en: 'Depthwise: $3 \\times 3 \\times 1 \\times 64 + 64 = 640$; ordinary: $3 \\times 3 \\times 64 \\times 64 + 64 = 36,928$.',
    },
  ),
  basic(
    'fc6-parameters',
    ['params', 'alexnet'],
    {
      zh: 'AlexNet 的 fc6 把 $6 \\times 6 \\times 256$ 的特征图接到 4096 个神经元。它的参数量是多少？',
      en: 'AlexNet’s fc6 connects the $6 \\times 6 \\times 256$ feature map to 4096 neurons. How many parameters does it have?',
    },
    {
      zh: '$6 \\times 6 \\times 256 \\times 4096 + 4096 = 37,752,832$，是全网络参数量 60,965,224 的约 61.9%：AlexNet 的参数瓶颈。',
      en: '$6 \\times 6 \\times 256 \\times 4096 + 4096 = 37,752,832$, about 61.9% of the whole network’s 60,965,224: AlexNet’s parameter bottleneck.',
    },
  ),
  basic(
    'pooling-parameters',
    ['params', 'conv'],
    {
      zh: '池化层有多少参数？',
      en: 'How many parameters does a pooling layer have?',
    },
    {
      zh: '0。最大池化和平均池化只是对窗口取最大值或平均值，没有可学习的权重和偏置；它只改变空间尺寸，不改变通道数。',
      en: 'None. Max and average pooling take the largest value or the mean of each window: nothing is learned. Pooling changes the spatial size, not the channels.',
    },
  ),
  basic(
    'batchnorm-parameters',
    ['params', 'batchnorm'],
    {
      zh: '对 64 个通道的批量归一化（BN）层，有多少可学习参数？还存了什么？',
      en: 'How many learnable parameters does a batch normalization (BN) layer over 64 channels have? What else does it store?',
    },
    {
      zh: '每个通道一个缩放参数 γ 和一个偏移参数 β：$2 \\times 64 = 128$ 个参数。另存 128 个移动平均统计量（running_mean、running_var，不参与训练）。',
      en: 'One scale γ and one shift β per channel: $2 \\times 64 = 128$ parameters. It also stores 128 running statistics (running_mean and running_var, not trained).',
    },
  ),
];

const compute = [
  cloze(
    'macs-formula',
    ['params', 'conv'],
    {
      zh: '卷积层的乘加次数（MACs）= {{c1::$H_{out} W_{out} C_{out} K^2 C_{in}$}}；浮点运算次数（FLOPs）= {{c2::$2 \\times$}} MACs。',
      en: 'A convolution’s multiply-accumulates (MACs) = {{c1::$H_{out} W_{out} C_{out} K^2 C_{in}$}}; its floating-point operations (FLOPs) = {{c2::$2 \\times$}} MACs.',
    },
    {
      zh: '每个输出元素要做 $K^2 C_{in}$ 次乘加，输出共有 $H_{out} W_{out} C_{out}$ 个元素。',
      en: 'Each output element takes $K^2 C_{in}$ multiply-adds, and there are $H_{out} W_{out} C_{out}$ output elements.',
    },
  ),
  basic(
    'homework-flops-are-macs',
    ['params', 'inception'],
    {
      zh: '作业二·计算题 3 的「卷积操作数 (FLOPs)」$H_{out} \\times W_{out} \\times C_{out} \\times (K \\times K \\times C_{in})$ 在本应用中叫什么？',
      en: 'Homework 2, problem 3 counts “FLOPs” as $H_{out} \\times W_{out} \\times C_{out} \\times (K \\times K \\times C_{in})$. What does this app call that number?',
    },
    {
      zh: '乘加次数（MACs）：作业把一次乘加算作一次运算。本应用的浮点运算次数（FLOPs）把乘和加分开算，是 MACs 的 2 倍：朴素 Inception 模块的乘加次数 854.2 M 就是约 1,708.4 M FLOPs。',
      en: 'Multiply-accumulates (MACs): the homework counts one multiply-add as one operation. The app’s FLOPs count the multiply and the add apart, twice the MACs: the naive Inception module’s 854.2 M MACs are about 1,708.4 M FLOPs.',
    },
  ),
  basic(
    'inception-naive-macs',
    ['inception', 'params'],
    {
      zh: '输入 $28 \\times 28 \\times 256$ 的 Inception 模块有三个分支：$1 \\times 1$ 卷积 128 个输出通道、$3 \\times 3$ 卷积 192 个、$5 \\times 5$ 卷积 96 个（保持空间尺寸）。各分支和总的乘加次数（MACs）是多少？',
      en: 'An Inception module on a $28 \\times 28 \\times 256$ input has three branches: a $1 \\times 1$ convolution with 128 output channels, a $3 \\times 3$ with 192 and a $5 \\times 5$ with 96 (sizes kept). How many MACs does each branch take, and the module?',
    },
    {
      zh: '$784 \\times 128 \\times 256 \\approx 25.7$ M，$784 \\times 192 \\times 2304 \\approx 346.8$ M，$784 \\times 96 \\times 6400 \\approx 481.7$ M；合计约 854.2 M（作业二·计算题 3(a)，作业称为 FLOPs）。',
      en: '$784 \\times 128 \\times 256 \\approx 25.7$ M, $784 \\times 192 \\times 2304 \\approx 346.8$ M, $784 \\times 96 \\times 6400 \\approx 481.7$ M; about 854.2 M in all (homework 2, problem 3(a), where they are called FLOPs).',
    },
  ),
  basic(
    'inception-bottleneck-macs',
    ['inception', 'params'],
    {
      zh: '同一个 Inception 模块，在 $3 \\times 3$ 分支前加 $1 \\times 1$ 卷积把通道压到 64，在 $5 \\times 5$ 分支前压到 32。现在的乘加次数（MACs）是多少？下降了多少？',
      en: 'The same Inception module with a $1 \\times 1$ convolution reducing to 64 channels before the $3 \\times 3$ branch and to 32 before the $5 \\times 5$. How many MACs now, and how much less?',
    },
    {
      zh: '分支 1 仍为 25.7 M；分支 2：$12.8 + 86.7 = 99.5$ M；分支 3：$6.4 + 60.2 = 66.6$ M；合计约 191.8 M（按未取整的数相加为 191.9 M，两者都算对）。下降 $\\frac{854.2 - 191.8}{854.2} \\approx 77.5\\%$（作业二·计算题 3(b)）。',
      en: 'Branch 1 stays 25.7 M; branch 2: $12.8 + 86.7 = 99.5$ M; branch 3: $6.4 + 60.2 = 66.6$ M; about 191.8 M in all (191.9 M when the unrounded numbers are added; both count as right). That is $\\frac{854.2 - 191.8}{854.2} \\approx 77.5\\%$ less (homework 2, problem 3(b)).',
    },
  ),
  cloze('bottleneck-purpose', ['inception', 'conv'], {
    zh: 'Inception 模块在 $3 \\times 3$、$5 \\times 5$ 卷积之前加 $1 \\times 1$ 卷积（瓶颈层），是为了减少它们的{{c1::输入通道数}}；乘加次数与 {{c2::$C_{in}$}} 成正比，所以计算量和参数量都大幅下降。',
    en: 'Inception puts $1 \\times 1$ convolutions (bottleneck layers) before its $3 \\times 3$ and $5 \\times 5$ convolutions to cut their {{c1::input channels}}; MACs are proportional to {{c2::$C_{in}$}}, so both compute and parameters fall sharply.',
  }),
  basic(
    'one-by-one-convolution',
    ['conv', 'inception'],
    {
      zh: '$1 \\times 1$ 卷积在每个像素位置上做什么？它改变感受野吗？',
      en: 'What does a $1 \\times 1$ convolution do at each pixel? Does it change the receptive field?',
    },
    {
      zh: '对该位置的所有输入通道做线性组合，输出通道数可以任意设定（升维或降维）；后接 ReLU 还多一次非线性变换。它的核大小为 1，不扩大感受野。',
      en: 'It takes a linear combination of all input channels at that position and can output any number of channels (more or fewer); followed by ReLU it adds a non-linearity. Its kernel size is 1, so the receptive field does not grow.',
    },
  ),
];

const receptiveField = [
  cloze(
    'receptive-field-recursion',
    ['receptive-field'],
    {
      zh: '感受野的递推：$R_l = R_{l-1} +$ {{c1::$(k_l - 1)\\, j_{l-1}$}}，累积步长 $j_l =$ {{c2::$j_{l-1}\\, s_l$}}，从输入的 $R_0 = 1$、$j_0 = 1$ 开始。',
      en: 'The receptive field, layer by layer: $R_l = R_{l-1} +$ {{c1::$(k_l - 1)\\, j_{l-1}$}}, with the jump $j_l =$ {{c2::$j_{l-1}\\, s_l$}}, starting from $R_0 = 1$ and $j_0 = 1$ at the input.',
    },
    {
      zh: '常见错误：每层只加 $k - 1$（忘了乘累积步长），或累积步长没有乘上前面各层的步长。',
      en: 'Usual slips: adding only $k - 1$ per layer (the jump forgotten), or not multiplying the jump by the strides of the earlier layers.',
    },
  ),
  basic(
    'receptive-field-closed-form',
    ['receptive-field'],
    {
      zh: '写出第 $L$ 层在输入图像上的感受野 $R_L$ 的通项公式。',
      en: 'Write the receptive field $R_L$ of layer $L$ on the input image in closed form.',
    },
    {
      zh: '$R_L = \\sum_{l=1}^{L} \\left( (k_l - 1) \\prod_{i=1}^{l-1} s_i \\right) + 1$，其中 $k_l$ 为核大小，$s_i$ 为步长（作业二·计算题 5）。池化层按 $k \\times k$、步长 $s$ 的卷积计算。',
      en: '$R_L = \\sum_{l=1}^{L} \\left( (k_l - 1) \\prod_{i=1}^{l-1} s_i \\right) + 1$, with $k_l$ the kernel sizes and $s_i$ the strides (homework 2, problem 5). A pooling layer counts as a $k \\times k$ convolution with stride $s$.',
    },
  ),
  basic(
    'receptive-field-previous-layer',
    ['receptive-field'],
    {
      zh: '一个神经元在「前一层」上的感受野和在「输入图像」上的感受野有什么不同？',
      en: 'How does a neuron’s receptive field on the previous layer differ from its receptive field on the input image?',
    },
    {
      zh: '在前一层上的感受野等于当前层的核大小：它看到了上一层特征图的多少个像素。在输入图像上的感受野是累积的，随层数加深而增长（作业二·计算题 5）。',
      en: 'On the previous layer it equals the current layer’s kernel size: how many pixels of the feature map below it sees. On the input image it accumulates, growing with depth (homework 2, problem 5).',
    },
  ),
  basic(
    'receptive-field-three-3x3',
    ['receptive-field', 'vgg'],
    {
      zh: '堆叠 2 个和 3 个步长为 1 的 $3 \\times 3$ 卷积层，感受野分别是多少？',
      en: 'What receptive field do 2 and 3 stacked $3 \\times 3$ convolutions with stride 1 have?',
    },
    {
      zh: '每层加 $3 - 1 = 2$：两层为 $1 + 2 + 2 = 5$，三层为 7，分别与一个 $5 \\times 5$、一个 $7 \\times 7$ 卷积相同（作业二·选择题 5）。',
      en: 'Each layer adds $3 - 1 = 2$: two layers give $1 + 2 + 2 = 5$, three give 7, the same as one $5 \\times 5$ or one $7 \\times 7$ convolution (homework 2, question 5).',
    },
  ),
  basic(
    'receptive-field-alexnet-conv2',
    ['receptive-field', 'alexnet'],
    {
      zh: 'AlexNet：conv1 为 $11 \\times 11$、步长 4，pool1 为 $3 \\times 3$、步长 2，conv2 为 $5 \\times 5$、步长 1。pool1 和 conv2 的感受野是多少？',
      en: 'AlexNet: conv1 is $11 \\times 11$ with stride 4, pool1 $3 \\times 3$ with stride 2, conv2 $5 \\times 5$ with stride 1. What are the receptive fields of pool1 and conv2?',
    },
    {
      zh: 'conv1 为 11；pool1：$11 + (3 - 1) \\times 4 = 19$；conv2：$19 + (5 - 1) \\times (4 \\times 2) = 51$（作业二·计算题 6）。',
      en: 'conv1: 11; pool1: $11 + (3 - 1) \\times 4 = 19$; conv2: $19 + (5 - 1) \\times (4 \\times 2) = 51$ (homework 2, problem 6).',
    },
  ),
  basic(
    'receptive-field-alexnet-fc6',
    ['receptive-field', 'alexnet'],
    {
      zh: 'AlexNet 的 pool5 感受野为 195、累积步长为 32。fc6 连接 $6 \\times 6$ 的特征图，它的感受野是多少？fc7、fc8 呢？',
      en: 'AlexNet’s pool5 has receptive field 195 and jump 32. fc6 connects its $6 \\times 6$ feature map: what is fc6’s receptive field? And fc7’s and fc8’s?',
    },
    {
      zh: 'fc6 相当于 $6 \\times 6$ 的卷积：$195 + (6 - 1) \\times 32 = 355$。fc7、fc8 接在全连接层后面，感受野不变，仍为 355（作业二·计算题 6）。',
      en: 'fc6 acts as a $6 \\times 6$ convolution: $195 + (6 - 1) \\times 32 = 355$. fc7 and fc8 follow fully connected layers, so their receptive field stays 355 (homework 2, problem 6).',
    },
  ),
  cloze('jump', ['receptive-field'], {
    zh: '累积步长是前面各层步长的{{c1::乘积}}：AlexNet 到 pool5 为 $4 \\times 2 \\times 2 \\times 2 =$ {{c2::32}}。相邻两个神经元在输入图像上相隔这么多像素。',
    en: 'The jump is the {{c1::product}} of the strides so far: AlexNet reaches $4 \\times 2 \\times 2 \\times 2 =$ {{c2::32}} at pool5. Neighbouring neurons are that many input pixels apart.',
  }),
];

const batchNorm = [
  cloze('batchnorm-phases', ['batchnorm'], {
    zh: '批量归一化（BN）在训练阶段使用{{c1::当前 mini-batch 的均值和方差}}，在测试阶段使用{{c2::训练过程中累计的均值和方差的移动平均}}（作业二·选择题 2）。',
    en: 'Batch normalization (BN) uses {{c1::the mean and variance of the current mini-batch}} during training, and {{c2::the moving averages of the mean and variance accumulated in training}} at test time (homework 2, question 2).',
  }),
  cloze(
    'batchnorm-formula',
    ['batchnorm'],
    {
      zh: 'BN 先归一化：$\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}$，再缩放和偏移：$y =$ {{c1::$\\gamma \\hat{x} + \\beta$}}，其中 γ、β 是{{c2::可学习的}}参数。',
      en: 'BN normalizes, $\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}$, then scales and shifts: $y =$ {{c1::$\\gamma \\hat{x} + \\beta$}}, where γ and β are {{c2::learned}}.',
    },
    {
      zh: 'γ、β 让网络在需要时能恢复原来的分布（例如 $\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$、$\\beta = \\mu_B$）。',
      en: 'γ and β let the network undo the normalization where that helps (for example $\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$ and $\\beta = \\mu_B$).',
    },
  ),
  basic(
    'batchnorm-test-time',
    ['batchnorm'],
    {
      zh: '测试阶段为什么不能用当前 mini-batch 的均值和方差？',
      en: 'Why can BN not use the current mini-batch’s mean and variance at test time?',
    },
    {
      zh: '测试时可能一次只输入一张图片，mini-batch 的统计量不可靠；而且同一张图片的输出会随同批的其他图片改变。用训练时累计的移动平均，输出只取决于输入本身。',
      en: 'At test time a batch may hold a single image, whose statistics mean little, and an image’s output would change with whatever else is in its batch. The moving averages from training make the output depend on the input alone.',
    },
  ),
  basic(
    'batchnorm-gradients',
    ['batchnorm', 'backprop'],
    {
      zh: 'BN 会影响梯度的传播吗？',
      en: 'Does BN affect how gradients propagate?',
    },
    {
      zh: '会。归一化是前向传播的一部分，反向传播也要经过它：它把各层输入保持在稳定的范围内，使激活函数不易饱和，从而缓解梯度消失和梯度爆炸（作业二·选择题 2 的选项 D 说「不会」，是错的）。',
      en: 'Yes. The normalization is part of the forward pass, so backpropagation goes through it too: keeping each layer’s inputs in a steady range keeps activations out of saturation, which eases vanishing and exploding gradients (option D of homework 2, question 2 says it does not, and is wrong).',
    },
  ),
  basic(
    'batchnorm-conv-bias',
    ['batchnorm', 'params'],
    {
      zh: '卷积层后面紧跟 BN 时，为什么卷积通常不带偏置（bias=False）？',
      en: 'Why is a convolution followed by BN usually built without a bias (bias=False)?',
    },
    {
      zh: 'BN 先减去每个通道的均值，卷积的偏置会被完全抵消；BN 的偏移参数 β 已经承担了偏置的作用。',
      en: 'BN subtracts each channel’s mean, which cancels the convolution’s bias exactly; BN’s shift β already plays the bias’s part.',
    },
  ),
];

const initialization = [
  cloze(
    'kaiming',
    ['init'],
    {
      zh: 'Kaiming 初始化（适合 ReLU）：$\\mathrm{Var}(w) =$ {{c1::$\\frac{2}{n_{in}}$}}，卷积层中 $n_{in} =$ {{c2::$K^2 C_{in}$}}。',
      en: 'Kaiming initialization (for ReLU): $\\mathrm{Var}(w) =$ {{c1::$\\frac{2}{n_{in}}$}}, where for a convolution $n_{in} =$ {{c2::$K^2 C_{in}$}}.',
    },
    {
      zh: '因子 2 补偿 ReLU 把一半输入置 0 而减半的方差，使激活值的方差在层间保持不变（作业二·选择题 7）。',
      en: 'The factor 2 makes up for the variance ReLU halves by zeroing half of its inputs, so the activations’ variance stays the same from layer to layer (homework 2, question 7).',
    },
  ),
  cloze('xavier', ['init'], {
    zh: 'Xavier 初始化：$\\mathrm{Var}(w) =$ {{c1::$\\frac{2}{n_{in} + n_{out}}$}}，推导时假设激活函数在 0 附近{{c2::近似线性且关于 0 对称}}（如 Tanh 函数）。',
    en: 'Xavier initialization: $\\mathrm{Var}(w) =$ {{c1::$\\frac{2}{n_{in} + n_{out}}$}}, derived for activations that are {{c2::roughly linear and symmetric around 0}} (such as tanh).',
  }),
  basic(
    'kaiming-standard-deviation',
    ['init'],
    {
      zh: '用 Kaiming 初始化一个 $3 \\times 3$、输入 64 个通道的卷积层，权重的标准差是多少？',
      en: 'With Kaiming initialization, what standard deviation do the weights of a $3 \\times 3$ convolution over 64 input channels get?',
    },
    {
      zh: '$n_{in} = 3 \\times 3 \\times 64 = 576$，标准差 $\\sqrt{2 / 576} \\approx 0.0589$。',
      en: '$n_{in} = 3 \\times 3 \\times 64 = 576$, so the standard deviation is $\\sqrt{2 / 576} \\approx 0.0589$.',
    },
  ),
  basic(
    'zero-initialization',
    ['init'],
    {
      zh: '为什么不能把所有权重初始化为 0？',
      en: 'Why can the weights not all start at 0?',
    },
    {
      zh: '同一层的神经元会算出相同的输出、得到相同的梯度，更新后仍然相同，网络学不到不同的特征（对称性无法打破）。在 ReLU 网络中全 0 权重的梯度甚至全为 0。',
      en: 'Every neuron of a layer would compute the same output and get the same gradient, and so stay identical after every update: the network cannot learn different features (the symmetry is never broken). In a ReLU network all-zero weights even get all-zero gradients.',
    },
  ),
];

const architectures = [
  cloze(
    'three-3x3-versus-7x7',
    ['vgg', 'params', 'receptive-field'],
    {
      zh: '输入、输出通道数都为 $C$（忽略偏置）：一个 $7 \\times 7$ 卷积有 {{c1::$49C^2$}} 个参数，三层 $3 \\times 3$ 卷积有 {{c2::$27C^2$}} 个，感受野相同，都是 7，后者还多了 {{c3::2}} 次非线性变换。',
      en: 'With $C$ input and output channels (bias ignored), one $7 \\times 7$ convolution has {{c1::$49C^2$}} parameters and three $3 \\times 3$ convolutions {{c2::$27C^2$}}, with the same receptive field of 7, and the stack has {{c3::2}} more non-linearities.',
    },
    {
      zh: '$C = 64$ 时分别为 200,704 和 110,592，减少约 45%（作业二·选择题 3、5）。',
      en: 'For $C = 64$ that is 200,704 against 110,592, about 45% fewer (homework 2, questions 3 and 5).',
    },
  ),
  basic(
    'alexnet-layers',
    ['alexnet'],
    {
      zh: 'AlexNet 由哪些层组成？',
      en: 'What layers make up AlexNet?',
    },
    {
      zh: '5 个卷积层和 3 个全连接层：conv1（96 个 $11 \\times 11$，步长 4）→ 最大池化 → conv2（256 个 $5 \\times 5$）→ 最大池化 → conv3（384 个 $3 \\times 3$）→ conv4（384 个 $3 \\times 3$）→ conv5（256 个 $3 \\times 3$）→ 最大池化 → fc6（4096）→ fc7（4096）→ fc8（1000 类）。池化均为 $3 \\times 3$、步长 2，激活函数为 ReLU。',
      en: 'Five convolutional and three fully connected layers: conv1 (96 of $11 \\times 11$, stride 4) → max pooling → conv2 (256 of $5 \\times 5$) → max pooling → conv3 (384 of $3 \\times 3$) → conv4 (384 of $3 \\times 3$) → conv5 (256 of $3 \\times 3$) → max pooling → fc6 (4096) → fc7 (4096) → fc8 (1000 classes). Every pooling is $3 \\times 3$ with stride 2; the activation is ReLU.',
    },
  ),
  basic(
    'alexnet-bottlenecks',
    ['alexnet', 'params'],
    {
      zh: 'AlexNet（$227 \\times 227 \\times 3$ 输入）的参数瓶颈和显存瓶颈分别在哪一层？',
      en: 'Where are AlexNet’s parameter bottleneck and activation-memory bottleneck (on a $227 \\times 227 \\times 3$ input)?',
    },
    {
      zh: '参数瓶颈是 fc6：37,752,832 个参数，约占全网络 60,965,224 个的 61.9%。显存瓶颈是 conv1 的输出：$55 \\times 55 \\times 96 = 290,400$ 个元素（乘以 4 字节约 1.16 MB）。前面的卷积层参数少、激活值多，后面的全连接层正好相反。',
      en: 'The parameter bottleneck is fc6: 37,752,832 parameters, about 61.9% of the network’s 60,965,224. The memory bottleneck is conv1’s output: $55 \\times 55 \\times 96 = 290,400$ elements (about 1.16 MB at 4 bytes each). Early convolutions have few parameters and large activations; the fully connected layers are the reverse.',
    },
  ),
  basic(
    'global-average-pooling',
    ['conv', 'inception'],
    {
      zh: 'GoogLeNet 在分类器前用全局平均池化代替大的全连接层，好处是什么？',
      en: 'GoogLeNet uses global average pooling before its classifier instead of large fully connected layers. What does that gain?',
    },
    {
      zh: '全局平均池化把每个通道的特征图平均成一个数，没有参数。AlexNet 的 fc6 一层就有 37,752,832 个参数，去掉这样的层，参数量大幅减少，也不易过拟合。',
      en: 'Global average pooling averages each channel’s feature map to one number and has no parameters. AlexNet’s fc6 alone has 37,752,832 parameters; dropping such layers removes most of the parameters and much of the overfitting.',
    },
  ),
  basic(
    'max-pooling-gradient',
    ['conv', 'backprop'],
    {
      zh: '反向传播时，最大池化层把梯度传给窗口里的哪些输入？',
      en: 'In backpropagation, which inputs of a window does max pooling pass the gradient to?',
    },
    {
      zh: '只传给前向传播时取到最大值的那一个输入，其余输入的梯度为 0。平均池化则把梯度平均分给窗口中的每个输入。',
      en: 'Only to the input that was the maximum in the forward pass; the others get zero. Average pooling instead shares the gradient equally among the window’s inputs.',
    },
  ),
];

export const cnnConceptItems: readonly (BasicItem | ClozeItem)[] = [
  ...activations,
  ...outputSize,
  ...parameters,
  ...compute,
  ...receptiveField,
  ...batchNorm,
  ...initialization,
  ...architectures,
];

export const cnnConceptsDeck: Deck = {
  id: 'cnn-concepts',
  title: { zh: 'CNN 概念卡片', en: 'CNN concepts' },
  description: {
    zh: '作业二背后的概念：Sigmoid 函数求导、输出尺寸、参数量与乘加次数、感受野、BN、初始化、Inception 和 AlexNet。',
    en: 'The ideas behind homework 2: the sigmoid derivative, output sizes, parameters and MACs, receptive fields, BatchNorm, initialization, Inception and AlexNet.',
  },
  items: cnnConceptItems,
};
