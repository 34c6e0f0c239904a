import type { Deck } from '../deck.ts';
import type { McqItem } from '../item.ts';

/**
 * The seven multiple-choice questions of the course's homework 2 (作业二, 一、选择题; a copy is
 * test/fixtures/homework2.md). Chinese stems and options are the homework's own words: only whitespace was
 * cleaned (normalizeLayout) and the one option split by a page break joined; homework2.test.ts holds them to
 * the file. English is a translation. Answers: B, C, B, B, A, D, D.
 */
export const homework2Mcqs: readonly McqItem[] = [
  {
    id: 'hw2-mcq-1',
    kind: 'mcq',
    tags: ['inception', 'conv', 'params'],
    stem: {
      zh: '在 GoogLeNet 的 Inception 模块中，使用 $1\\times 1$ 卷积作为「瓶颈层」的主要目的是什么？',
      en: 'In GoogLeNet’s Inception module, what is the main purpose of using $1\\times 1$ convolutions as “bottleneck layers”?',
    },
    options: [
      {
        letter: 'A',
        text: {
          zh: '$1\\times 1$ 卷积的主要作用是引入非线性，它并不会改变通道数，也几乎不影响计算量。',
          en: 'The main role of the $1\\times 1$ convolution is to introduce non-linearity; it does not change the number of channels and has almost no effect on the amount of computation.',
        },
        rationale: {
          zh: '错误。$1\\times 1$ 卷积后接 ReLU 确实会多一次非线性（Network in Network 的思路），但这只是附带的好处。它的关键恰恰是改变通道数（例如 256 → 64），从而显著减少计算量，而不是「不改变通道数、几乎不影响计算量」。',
          en: 'Wrong. A $1\\times 1$ convolution followed by ReLU does add a non-linearity (the Network-in-Network idea), but that is a side benefit. Its point is exactly to change the number of channels (e.g. 256 → 64), which cuts the computation sharply, not to leave the channels and the cost as they were.',
        },
      },
      {
        letter: 'B',
        text: {
          zh: '在 $3\\times 3$、$5\\times 5$ 卷积之前加 $1\\times 1$ 卷积，可以显著减少通道数，从而降低后续 $3\\times 3$、$5\\times 5$ 卷积的计算量和参数量，并控制 Inception 模块输出通道数的增长。',
          en: 'Adding a $1\\times 1$ convolution before the $3\\times 3$ and $5\\times 5$ convolutions can greatly reduce the number of channels, which lowers the computation and parameter count of the following $3\\times 3$ and $5\\times 5$ convolutions and keeps the growth of the Inception module’s output channels under control.',
        },
        rationale: {
          zh: '正确。瓶颈层先把 $3\\times 3$、$5\\times 5$ 卷积的输入通道压缩，计算量和参数量随 $C_{in}$ 成比例下降，同时控制了模块输出通道数（各分支通道数之和）的增长。',
          en: 'Right. The bottleneck shrinks the input channels of the $3\\times 3$ and $5\\times 5$ convolutions, so their computation and parameters fall in proportion to $C_{in}$, and it keeps the module’s output channels (the sum over its branches) from growing.',
        },
      },
      {
        letter: 'C',
        text: {
          zh: '使用 $1\\times 1$ 卷积是为了彻底去掉池化操作，让整个网络只包含卷积层，从而更容易在 GPU 上并行。',
          en: '$1\\times 1$ convolutions are used to remove pooling completely, so that the whole network contains only convolutional layers and is easier to parallelize on a GPU.',
        },
        rationale: {
          zh: '错误。GoogLeNet 并没有去掉池化：每个 Inception 模块内部都有一个 $3\\times 3$ 最大池化分支，各阶段之间也有最大池化，网络末端还用全局平均池化。$1\\times 1$ 卷积的作用是降维，而不是替代池化。',
          en: 'Wrong. GoogLeNet keeps pooling: every Inception module has a $3\\times 3$ max-pooling branch, max-pooling layers sit between its stages, and the network ends with global average pooling. The $1\\times 1$ convolutions reduce channels; they do not replace pooling.',
        },
      },
      {
        letter: 'D',
        text: {
          zh: '$1\\times 1$ 卷积只在最后的分类器部分使用，用来代替全连接层，不参与 Inception 模块内部的计算。',
          en: '$1\\times 1$ convolutions are used only in the final classifier, in place of the fully connected layers, and take no part in the computation inside the Inception module.',
        },
        rationale: {
          zh: '错误。$1\\times 1$ 卷积正是 Inception 模块内部的组成部分：它本身是一个分支，又作为 $3\\times 3$、$5\\times 5$ 分支前的降维层和池化分支后的投影层。GoogLeNet 的分类器是全局平均池化后接一个全连接层，并不是用 $1\\times 1$ 卷积代替全连接层。',
          en: 'Wrong. $1\\times 1$ convolutions are part of every Inception module: a branch of their own, the reductions before the $3\\times 3$ and $5\\times 5$ branches, and the projection after the pooling branch. GoogLeNet’s classifier is global average pooling followed by one fully connected layer, not $1\\times 1$ convolutions standing in for it.',
        },
      },
    ],
    answer: ['B'],
    explanation: {
      zh: '$1\\times 1$ 卷积在每个像素位置上对输入通道做线性组合，输出通道数可以任意设定。一个卷积层的乘加次数（MACs）为 $H_{out}W_{out}C_{out}K^2C_{in}$，与输入通道数 $C_{in}$ 成正比。因此在昂贵的 $3\\times 3$、$5\\times 5$ 卷积之前，先用输出通道较少的 $1\\times 1$ 卷积把通道数压下来，计算量和参数量都会大幅下降；池化分支后的 $1\\times 1$ 投影同样限制了拼接（concat）后输出通道数的增长。作业计算题 3 中，输入为 $28\\times 28\\times 256$，不加瓶颈约 854 M 次乘加，加瓶颈后约 192 M，下降约 77.5%。',
      en: 'A $1\\times 1$ convolution takes, at every pixel, a linear combination of the input channels and can output any number of channels. A convolution costs $H_{out}W_{out}C_{out}K^2C_{in}$ multiply-accumulates (MACs), proportional to its input channels $C_{in}$. So a $1\\times 1$ convolution with few output channels placed before the expensive $3\\times 3$ and $5\\times 5$ convolutions cuts both their computation and their parameters; the $1\\times 1$ projection after the pooling branch likewise limits how many channels the concatenation produces. In calculation problem 3 of this homework (input $28\\times 28\\times 256$) the module drops from about 854 M MACs to about 192 M, a reduction of about 77.5%.',
    },
  },
  {
    id: 'hw2-mcq-2',
    kind: 'mcq',
    tags: ['batchnorm'],
    stem: {
      zh: '关于卷积网络中的 Batch Normalization (BN)，以下哪一项描述是正确的？',
      en: 'Which of the following statements about Batch Normalization (BN) in convolutional networks is correct?',
    },
    options: [
      {
        letter: 'A',
        text: {
          zh: '训练和测试阶段都使用当前 mini-batch 的均值和方差，这样能够起到更强的正则化作用。',
          en: 'Both training and testing use the mean and variance of the current mini-batch, which gives a stronger regularizing effect.',
        },
        rationale: {
          zh: '错误。测试时如果仍用当前批次的统计量，同一张图片的预测会随同批的其他图片而变，批量很小（例如只有 1 张）时统计量也不可靠。BN 的正则化效果来自训练时批统计量的噪声；测试时需要的是确定的输出，而不是正则化。',
          en: 'Wrong. With the batch’s statistics at test time, an image’s prediction would change with whatever other images share its batch, and with very small batches (a single image, say) the statistics are unreliable. BN’s regularizing effect comes from the noise of batch statistics during training; at test time we want a deterministic output, not regularization.',
        },
      },
      {
        letter: 'B',
        text: {
          zh: '训练阶段 BN 使用从整个训练集预先精确计算好的全局均值与方差，测试阶段则不做归一化。',
          en: 'During training BN uses a global mean and variance computed exactly in advance over the whole training set, and at test time it does no normalization.',
        },
        rationale: {
          zh: '错误。训练过程中权重不断变化，各层激活的分布也随之变化，事先在整个训练集上算好的统计量很快就过时了，而每一步都遍历整个训练集重新计算代价又太大，所以训练时用的是 mini-batch 统计量。测试时也要做归一化，否则网络看到的输入尺度与训练时不同，只是改用累计的移动平均。',
          en: 'Wrong. The weights change throughout training and so do the distributions of each layer’s activations, so statistics computed over the whole training set in advance would soon be stale, and recomputing them over the whole set at every step would cost far too much; that is why training uses mini-batch statistics. Testing normalizes too (otherwise the network would see inputs on a different scale than in training), only with the running averages.',
        },
      },
      {
        letter: 'C',
        text: {
          zh: '训练阶段 BN 使用当前 mini-batch 的均值和方差，并学习缩放参数 $\\gamma$、偏移参数 $\\beta$；测试阶段使用在训练过程中累计的均值和方差的移动平均来做归一化。',
          en: 'During training BN uses the mean and variance of the current mini-batch and learns a scale parameter $\\gamma$ and a shift parameter $\\beta$; at test time it normalizes with the moving averages of the mean and variance accumulated during training.',
        },
        rationale: {
          zh: '正确。训练时用 mini-batch 的均值和方差并学习 $\\gamma$、$\\beta$，测试时用训练中累计的移动平均做归一化。',
          en: 'Right. Training uses the mini-batch mean and variance and learns $\\gamma$ and $\\beta$; testing normalizes with the moving averages accumulated during training.',
        },
      },
      {
        letter: 'D',
        text: {
          zh: 'BN 只改变网络的前向传播公式，不会对梯度传播产生影响，所以不会缓解梯度消失/爆炸问题。',
          en: 'BN only changes the formula of the forward pass and has no effect on how gradients propagate, so it does not ease the vanishing/exploding gradient problem.',
        },
        rationale: {
          zh: '错误。梯度会穿过归一化操作反向传播（$\\mu_B$、$\\sigma_B$ 都依赖输入，也参与求导）。BN 把每层的输入保持在合适的尺度上，使梯度的大小不再随权重的尺度放大或缩小，因此能缓解梯度消失/爆炸，允许更大的学习率，也降低了对初始化的敏感度。',
          en: 'Wrong. Gradients flow back through the normalization ($\\mu_B$ and $\\sigma_B$ depend on the inputs and are differentiated too). By keeping each layer’s inputs on a sensible scale, BN stops the gradient from growing or shrinking with the scale of the weights, so it does ease vanishing/exploding gradients, allows larger learning rates and makes training less sensitive to the initialization.',
        },
      },
    ],
    answer: ['C'],
    explanation: {
      zh: '训练时，BN 对每个通道用当前 mini-batch 的统计量（卷积层中统计 $N\\times H\\times W$ 个值）做归一化：$\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}$，再做 $y = \\gamma \\hat{x} + \\beta$，其中 $\\gamma$、$\\beta$ 是可学习参数；同时用指数移动平均累计全局的均值和方差（例如 $\\hat{\\mu} \\leftarrow (1-m)\\hat{\\mu} + m\\,\\mu_B$，PyTorch 默认 $m = 0.1$）。测试时改用这些累计的统计量，因此输出是确定的，不依赖同一批中的其他样本，批量为 1 也能用。',
      en: 'During training, BN normalizes each channel with the statistics of the current mini-batch (over $N\\times H\\times W$ values in a convolutional layer): $\\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}$, then $y = \\gamma \\hat{x} + \\beta$ with learned $\\gamma$ and $\\beta$; meanwhile it keeps exponential moving averages of the mean and variance (e.g. $\\hat{\\mu} \\leftarrow (1-m)\\hat{\\mu} + m\\,\\mu_B$, with $m = 0.1$ by default in PyTorch). At test time it uses those running statistics instead, so the output is deterministic, does not depend on the other samples in the batch, and works with a batch of one.',
    },
  },
  {
    id: 'hw2-mcq-3',
    kind: 'mcq',
    tags: ['vgg', 'conv', 'params', 'receptive-field'],
    stem: {
      zh: '下列哪种说法正确地比较了「一个 $7\\times 7$ 卷积」与「连续堆叠三层 $3\\times 3$ 卷积」的参数量与表达能力（忽略偏置）？',
      en: 'Which statement correctly compares “one $7\\times 7$ convolution” with “three stacked $3\\times 3$ convolutions” in parameter count and expressive power (ignoring biases)?',
    },
    options: [
      {
        letter: 'A',
        text: {
          zh: '两者参数量完全相同，但三层 $3\\times 3$ 卷积更浅，非线性层更少。',
          en: 'Both have exactly the same number of parameters, but the three $3\\times 3$ convolutions are shallower and have fewer non-linear layers.',
        },
        rationale: {
          zh: '错误。参数量是 $27C^2$ 对 $49C^2$，并不相同；而且三层 $3\\times 3$ 更深（3 层对 1 层），非线性层更多而不是更少。',
          en: 'Wrong. The parameters are $27C^2$ against $49C^2$, not equal; and the three-layer stack is deeper (3 layers against 1), with more non-linear layers, not fewer.',
        },
      },
      {
        letter: 'B',
        text: {
          zh: '相比一个 $7\\times 7$ 卷积，三层 $3\\times 3$ 卷积具有相同的感受野，但参数量更少，并且在中间多了两次非线性变换。',
          en: 'Compared with one $7\\times 7$ convolution, three $3\\times 3$ convolutions have the same receptive field but fewer parameters, and have two extra non-linear transformations in between.',
        },
        rationale: {
          zh: '正确。感受野同为 7，参数量 $27C^2 < 49C^2$，中间多了两次非线性变换。',
          en: 'Right. Both see a $7\\times 7$ receptive field, the stack has $27C^2 < 49C^2$ parameters, and it adds two non-linearities in between.',
        },
      },
      {
        letter: 'C',
        text: {
          zh: '三层 $3 \\times 3$ 卷积的参数量比单个 $7 \\times 7$ 卷积多，因此只在小模型里使用。',
          en: 'Three $3 \\times 3$ convolutions have more parameters than a single $7 \\times 7$ convolution, so they are used only in small models.',
        },
        rationale: {
          zh: '错误。恰好相反：三层 $3\\times 3$ 的参数量（$27C^2$）比一个 $7\\times 7$（$49C^2$）少。VGG-16/19 这样的大模型正是全程使用堆叠的 $3\\times 3$ 卷积。',
          en: 'Wrong. It is the other way round: three $3\\times 3$ layers have fewer parameters ($27C^2$) than one $7\\times 7$ ($49C^2$). Large models such as VGG-16/19 use stacked $3\\times 3$ convolutions throughout.',
        },
      },
      {
        letter: 'D',
        text: {
          zh: '单个 $7 \\times 7$ 卷积和三层 $3 \\times 3$ 卷积在感受野、参数量和非线性数量上都没有本质差别。',
          en: 'A single $7 \\times 7$ convolution and three $3 \\times 3$ convolutions have no essential difference in receptive field, parameter count or number of non-linearities.',
        },
        rationale: {
          zh: '错误。感受野确实相同（都是 7），但参数量（$27C^2$ 对 $49C^2$）和非线性数量（3 对 1）都不同。',
          en: 'Wrong. The receptive field is indeed the same (7), but the parameter count ($27C^2$ against $49C^2$) and the number of non-linearities (3 against 1) differ.',
        },
      },
    ],
    answer: ['B'],
    explanation: {
      zh: '设输入、输出通道数都为 $C$，忽略偏置：一个 $7\\times 7$ 卷积有 $7^2C^2 = 49C^2$ 个参数，三层 $3\\times 3$ 卷积有 $3\\times 3^2C^2 = 27C^2$ 个，约少 45%。步长为 1 时感受野逐层增加 $k-1 = 2$：$1 \\to 3 \\to 5 \\to 7$，与 $7\\times 7$ 相同。每层 $3\\times 3$ 后都有一个 ReLU，共 3 次非线性，比单个 $7\\times 7$ 的 1 次多 2 次，表达能力更强（VGG，Simonyan & Zisserman，2015）。',
      en: 'With $C$ input and output channels and no bias, one $7\\times 7$ convolution has $7^2C^2 = 49C^2$ parameters and three $3\\times 3$ convolutions have $3\\times 3^2C^2 = 27C^2$, about 45% fewer. At stride 1 each layer grows the receptive field by $k-1 = 2$: $1 \\to 3 \\to 5 \\to 7$, the same as the $7\\times 7$. A ReLU follows each $3\\times 3$ layer, so the stack has 3 non-linearities instead of 1, two more, and can express more (VGG, Simonyan & Zisserman, 2015).',
    },
  },
  {
    id: 'hw2-mcq-4',
    kind: 'mcq',
    tags: ['activation', 'backprop'],
    stem: {
      zh: '在反向传播算法中，我们需要计算激活函数的导数。对于 Sigmoid 激活函数 $\\sigma(x) = \\frac{1}{1+e^{-x}}$，其导数 $\\frac{d\\sigma(x)}{dx}$ 可以用 $\\sigma(x)$ 自身表示为：',
      en: 'In backpropagation we need the derivative of the activation function. For the sigmoid activation $\\sigma(x) = \\frac{1}{1+e^{-x}}$, its derivative $\\frac{d\\sigma(x)}{dx}$ can be written in terms of $\\sigma(x)$ itself as:',
    },
    options: [
      {
        letter: 'A',
        text: { zh: '$1 - \\sigma(x)$', en: '$1 - \\sigma(x)$' },
        rationale: {
          zh: '错误。$1 - \\sigma(x)$ 只是两个因子中的一个。在 $x = 0$ 处它等于 0.5 而不是 0.25；当 $x \\to -\\infty$ 时它趋于 1，而 Sigmoid 在那里已经饱和，真正的导数趋于 0。',
          en: 'Wrong. $1 - \\sigma(x)$ is only one of the two factors. At $x = 0$ it gives 0.5, not 0.25; as $x \\to -\\infty$ it tends to 1, while the sigmoid is flat there and the true derivative tends to 0.',
        },
      },
      {
        letter: 'B',
        text: { zh: '$\\sigma(x)(1 - \\sigma(x))$', en: '$\\sigma(x)(1 - \\sigma(x))$' },
        rationale: {
          zh: "正确。$\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$，前向传播时算出的 $\\sigma(x)$ 可以直接复用。",
          en: "Right. $\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$, so the $\\sigma(x)$ computed in the forward pass can be reused directly.",
        },
      },
      {
        letter: 'C',
        text: { zh: '$\\sigma(x)^2$', en: '$\\sigma(x)^2$' },
        rationale: {
          zh: '错误。$\\sigma(x)^2$ 漏掉了因子 $1 - \\sigma(x)$。它在 $x = 0$ 处恰好也等于 0.25，容易误判；但当 $x \\to +\\infty$ 时它趋于 1，而 Sigmoid 在那里饱和，导数应趋于 0。',
          en: 'Wrong. $\\sigma(x)^2$ drops the factor $1 - \\sigma(x)$. It happens to give 0.25 at $x = 0$ too, which makes it easy to mistake, but as $x \\to +\\infty$ it tends to 1 while the sigmoid saturates and the derivative should tend to 0.',
        },
      },
      {
        letter: 'D',
        text: { zh: '$e^{-x}$', en: '$e^{-x}$' },
        rationale: {
          zh: '错误。$e^{-x}$ 只是内层函数 $1 + e^{-x}$ 的导数（差一个负号），漏掉了外层 $(\\cdot)^{-1}$ 求导得到的因子 $-(1+e^{-x})^{-2}$。而且当 $x \\to -\\infty$ 时它无限增大，而 Sigmoid 的导数不超过 $\\frac{1}{4}$。',
          en: 'Wrong. $e^{-x}$ is only the derivative of the inner function $1 + e^{-x}$ (up to its sign); it leaves out the factor $-(1+e^{-x})^{-2}$ from differentiating the outer $(\\cdot)^{-1}$. It also grows without bound as $x \\to -\\infty$, whereas the sigmoid’s derivative never exceeds $\\frac{1}{4}$.',
        },
      },
    ],
    answer: ['B'],
    explanation: {
      zh: '由链式法则，$\\frac{d\\sigma}{dx} = \\frac{d}{dx}(1+e^{-x})^{-1} = \\frac{e^{-x}}{(1+e^{-x})^2} = \\frac{1}{1+e^{-x}} \\cdot \\frac{e^{-x}}{1+e^{-x}} = \\sigma(x)(1-\\sigma(x))$，因为 $1 - \\sigma(x) = \\frac{e^{-x}}{1+e^{-x}}$。它在 $x = 0$ 处取最大值 $0.5 \\times 0.5 = 0.25$，所以每经过一个 Sigmoid，梯度至多保留原来的 $\\frac{1}{4}$，这就是梯度消失的来源。作业计算题 1：上游梯度 4.0 乘以 0.25 得 1。',
      en: 'By the chain rule, $\\frac{d\\sigma}{dx} = \\frac{d}{dx}(1+e^{-x})^{-1} = \\frac{e^{-x}}{(1+e^{-x})^2} = \\frac{1}{1+e^{-x}} \\cdot \\frac{e^{-x}}{1+e^{-x}} = \\sigma(x)(1-\\sigma(x))$, since $1 - \\sigma(x) = \\frac{e^{-x}}{1+e^{-x}}$. Its largest value is $0.5 \\times 0.5 = 0.25$ at $x = 0$, so every sigmoid keeps at most $\\frac{1}{4}$ of the gradient: the source of vanishing gradients. Calculation problem 1 of this homework: an upstream gradient of 4.0 times 0.25 gives 1.',
    },
  },
  {
    id: 'hw2-mcq-5',
    kind: 'mcq',
    tags: ['vgg', 'receptive-field', 'params'],
    stem: {
      zh: '在 VGGNet 的设计中，主要特点是使用了多个堆叠的 $3 \\times 3$ 卷积层。请问堆叠 3 个步长为 1 的 $3 \\times 3$ 卷积层，其有效感受野 (Receptive Field) 等同于一个多大的卷积层？这样做相比于直接使用大卷积核有什么主要优势？',
      en: 'A key feature of VGGNet’s design is its many stacked $3 \\times 3$ convolutional layers. Stacking three $3 \\times 3$ convolutional layers with stride 1 gives an effective receptive field equal to that of a convolutional layer of what size? And what is the main advantage of this over using a large kernel directly?',
    },
    options: [
      {
        letter: 'A',
        text: {
          zh: '等同于 $7 \\times 7$ 卷积层；优势是拥有更少的参数量和更多的非线性变换。',
          en: 'Equal to a $7 \\times 7$ convolutional layer; the advantage is fewer parameters and more non-linear transformations.',
        },
        rationale: {
          zh: '正确。感受野为 7，参数更少（$27C^2 < 49C^2$），非线性更多（3 次对 1 次）。',
          en: 'Right. The receptive field is 7, with fewer parameters ($27C^2 < 49C^2$) and more non-linearities (3 against 1).',
        },
      },
      {
        letter: 'B',
        text: {
          zh: '等同于 $9 \\times 9$ 卷积层；优势是计算速度更快。',
          en: 'Equal to a $9 \\times 9$ convolutional layer; the advantage is faster computation.',
        },
        rationale: {
          zh: '错误。9 来自把核大小直接相加（$3+3+3$），或把 $3\\times 3$ 当成 9；但步长为 1 时每多一层 $3\\times 3$，感受野只增加 $k-1 = 2$，结果是 $7\\times 7$。感受野已经错了，后半句的优势也就无从谈起。',
          en: 'Wrong. 9 comes from adding the kernel sizes ($3+3+3$) or reading $3\\times 3$ as 9, but at stride 1 each extra $3\\times 3$ layer grows the receptive field by only $k-1 = 2$, giving $7\\times 7$. With the receptive field wrong, the advantage claimed does not stand either.',
        },
      },
      {
        letter: 'C',
        text: {
          zh: '等同于 $9 \\times 9$ 卷积层；优势是可以捕捉更细微的特征。',
          en: 'Equal to a $9 \\times 9$ convolutional layer; the advantage is that it can capture finer features.',
        },
        rationale: {
          zh: '错误。感受野同样错成了 9（应为 7）；而且堆叠小卷积核的主要优势是参数更少、非线性更多，而不是「捕捉更细微的特征」。',
          en: 'Wrong. The receptive field is again wrongly 9 (it is 7); and the main advantage of stacking small kernels is fewer parameters and more non-linearities, not “capturing finer features”.',
        },
      },
      {
        letter: 'D',
        text: {
          zh: '等同于 $7 \\times 7$ 卷积层；优势是能够保留更多的空间分辨率。',
          en: 'Equal to a $7 \\times 7$ convolutional layer; the advantage is that it keeps more spatial resolution.',
        },
        rationale: {
          zh: '错误。感受野 7 是对的，但优势说错了。输出的空间分辨率由步长、填充和池化决定：步长 1、填充 1 的三层 $3\\times 3$ 与步长 1、填充 3 的一个 $7\\times 7$ 输出尺寸完全相同，拆分卷积核并不会保留更多分辨率。',
          en: 'Wrong. The receptive field of 7 is right but the advantage is not. Spatial resolution is set by stride, padding and pooling: three $3\\times 3$ layers with stride 1 and padding 1 give exactly the same output size as one $7\\times 7$ with stride 1 and padding 3, so splitting the kernel keeps no extra resolution.',
        },
      },
    ],
    answer: ['A'],
    explanation: {
      zh: '步长为 1 时，感受野的递推为 $R_l = R_{l-1} + (k_l - 1)\\prod_{i<l} s_i$：$1 \\to 3 \\to 5 \\to 7$，所以三层 $3\\times 3$ 等同于一个 $7\\times 7$。以 $C$ 个输入、输出通道计（忽略偏置），参数量为 $27C^2$ 对 $49C^2$；每层后各有一个 ReLU，非线性变换是 3 次对 1 次。这正是 VGG 全程使用 $3\\times 3$ 卷积的理由。',
      en: 'At stride 1 the receptive field follows $R_l = R_{l-1} + (k_l - 1)\\prod_{i<l} s_i$: $1 \\to 3 \\to 5 \\to 7$, so three $3\\times 3$ layers match one $7\\times 7$. With $C$ input and output channels (no bias) that is $27C^2$ parameters against $49C^2$, and with a ReLU after each layer, 3 non-linearities against 1. That is why VGG uses $3\\times 3$ convolutions throughout.',
    },
  },
  {
    id: 'hw2-mcq-6',
    kind: 'mcq',
    tags: ['activation'],
    stem: {
      zh: '关于激活函数的性质与选择，下列说法中错误的是：',
      en: 'About the properties and choice of activation functions, which of the following statements is WRONG?',
    },
    options: [
      {
        letter: 'A',
        text: {
          zh: 'Sigmoid 函数会将输出压缩到 $[0, 1]$ 之间，且存在梯度消失的问题。',
          en: 'The sigmoid function squashes its output into $[0, 1]$ and suffers from vanishing gradients.',
        },
        rationale: {
          zh: '这个说法正确，所以不选。Sigmoid 把输出压到 0 和 1 之间（严格说是开区间 $(0, 1)$），导数最大只有 0.25，输入绝对值较大时饱和、导数接近 0，会造成梯度消失。',
          en: 'This statement is true, so it is not the answer. The sigmoid squashes its output between 0 and 1 (strictly, the open interval $(0, 1)$); its derivative is at most 0.25 and nearly 0 once it saturates for large $|x|$, which makes gradients vanish.',
        },
      },
      {
        letter: 'B',
        text: {
          zh: 'Tanh 函数的输出是以 0 为中心的，这有助于下一层参数的更新。',
          en: 'The output of the tanh function is zero-centered, which helps the updates of the next layer’s parameters.',
        },
        rationale: {
          zh: '这个说法正确，所以不选。$\\tanh(x) = 2\\sigma(2x) - 1$，输出在 $(-1, 1)$ 之间且以 0 为中心。若像 Sigmoid 那样输出全为正，下一层某个神经元所有权重的梯度符号都相同，更新只能「之」字形前进；以 0 为中心能避免这一点。',
          en: 'This statement is true, so it is not the answer. $\\tanh(x) = 2\\sigma(2x) - 1$ outputs values in $(-1, 1)$ centered on 0. When the inputs to a layer are all positive, as with the sigmoid, the gradients of all of a neuron’s weights share one sign and the updates zig-zag; zero-centered outputs avoid that.',
        },
      },
      {
        letter: 'C',
        text: {
          zh: 'ReLU 函数在 $x > 0$ 区域梯度不会消失，且计算效率非常高。',
          en: 'The ReLU function’s gradient does not vanish in the region $x > 0$, and it is very cheap to compute.',
        },
        rationale: {
          zh: '这个说法正确，所以不选。ReLU 在 $x > 0$ 时导数恒为 1，不会饱和；$\\max(0, x)$ 只需一次比较，不用算指数。（它的问题在 $x < 0$ 一侧：梯度为 0，可能出现「死亡 ReLU」。）',
          en: 'This statement is true, so it is not the answer. For $x > 0$ ReLU’s derivative is exactly 1 and never saturates; $\\max(0, x)$ is a single comparison with no exponential. (Its weak side is $x < 0$, where the gradient is 0 and units can “die”.)',
        },
      },
      {
        letter: 'D',
        text: {
          zh: '在训练深度神经网络时，应优先选择 Sigmoid 或 Tanh 函数，尽量避免使用 ReLU 及其变体。',
          en: 'When training deep neural networks, sigmoid or tanh should be preferred, and ReLU and its variants avoided as far as possible.',
        },
        rationale: {
          zh: '这个说法错误，所以选它。恰恰相反：训练深层网络应优先使用 ReLU 及其变体，因为 Sigmoid 和 Tanh 会饱和，导致梯度消失。',
          en: 'This statement is false, so it is the answer. It is the other way round: deep networks should prefer ReLU and its variants, because sigmoid and tanh saturate and make gradients vanish.',
        },
      },
    ],
    answer: ['D'],
    explanation: {
      zh: '本题要选「错误」的说法。现代深层网络默认使用 ReLU 及其变体（Leaky ReLU、PReLU、ELU、GELU 等）：它们在正半轴不饱和（ReLU 在那里的导数恒为 1），计算也便宜。Sigmoid 的导数不超过 $\\frac{1}{4}$，Tanh 的导数在 $|x|$ 较大时也趋于 0，层层相乘后梯度迅速消失。Sigmoid 和 Tanh 如今主要用在输出层（如二分类的概率）和 LSTM、GRU 的门控中。',
      en: 'The question asks for the WRONG statement. Modern deep networks use ReLU and its variants (Leaky ReLU, PReLU, ELU, GELU, …) by default: they do not saturate for positive inputs (ReLU’s derivative there is exactly 1) and are cheap to compute. The sigmoid’s derivative is at most $\\frac{1}{4}$ and tanh’s also tends to 0 when $|x|$ is large, so multiplied layer after layer the gradient quickly vanishes. Sigmoid and tanh are used today mainly in output layers (e.g. a binary probability) and in the gates of LSTMs and GRUs.',
    },
  },
  {
    id: 'hw2-mcq-7',
    kind: 'mcq',
    tags: ['init', 'activation'],
    stem: {
      zh: '在神经网络参数初始化中，针对使用 ReLU 激活函数的深层网络，为了防止激活值在层间传递时逐渐消失或爆炸，课程介绍的最佳初始化方法是：',
      en: 'For initializing a deep network that uses ReLU activations, so that the activations neither vanish nor explode as they pass from layer to layer, the best initialization method introduced in the course is:',
    },
    options: [
      {
        letter: 'A',
        text: { zh: '将所有权重初始化为 0', en: 'Initialize all weights to 0' },
        rationale: {
          zh: '错误。全部为 0 时，同一层的所有神经元输出相同、梯度也相同，更新后仍然相同，对称性永远无法打破（对 ReLU 网络而言，激活全为 0，前面各层权重的梯度也都是 0）。偏置可以初始化为 0，权重不可以。',
          en: 'Wrong. With all weights 0, every neuron in a layer computes the same output and receives the same gradient, so they stay identical after every update: the symmetry never breaks (in a ReLU network the activations are all 0 and the earlier layers’ weight gradients are 0 too). Biases may start at 0; weights may not.',
        },
      },
      {
        letter: 'B',
        text: {
          zh: '使用标准差为 0.01 的高斯分布随机初始化',
          en: 'Random initialization from a Gaussian with standard deviation 0.01',
        },
        rationale: {
          zh: '错误。固定的标准差 0.01 没有考虑扇入。对 ReLU 网络，每层激活的标准差约乘以 $0.01\\sqrt{n_{in}/2}$；例如 $n_{in} = 3\\times 3\\times 64 = 576$ 时约为 0.17，10 层后只剩原来的约 $2\\times 10^{-8}$，激活和梯度都消失了。它只适合很浅的网络。',
          en: 'Wrong. A fixed standard deviation of 0.01 ignores the fan-in. In a ReLU network each layer multiplies the activations’ scale by about $0.01\\sqrt{n_{in}/2}$; with $n_{in} = 3\\times 3\\times 64 = 576$ that is about 0.17, so after 10 layers about $2\\times 10^{-8}$ of the signal is left: activations and gradients vanish. It only suits shallow networks.',
        },
      },
      {
        letter: 'C',
        text: { zh: 'Xavier 初始化', en: 'Xavier initialization' },
        rationale: {
          zh: '错误（对 ReLU 而言不是最佳）。Xavier 初始化（Glorot & Bengio，2010）取 $\\mathrm{Var}(w) = \\frac{2}{n_{in} + n_{out}}$（或 $\\frac{1}{n_{in}}$），推导时假设激活函数在 0 附近近似线性且关于 0 对称（如 Tanh）。ReLU 会把方差减半，用 Xavier 时每层方差约乘以 $\\frac{1}{2}$，20 层后只剩约百万分之一。',
          en: 'Wrong (not the best for ReLU). Xavier initialization (Glorot & Bengio, 2010) takes $\\mathrm{Var}(w) = \\frac{2}{n_{in} + n_{out}}$ (or $\\frac{1}{n_{in}}$), derived for activations that are roughly linear and symmetric around 0, such as tanh. ReLU halves the variance, so with Xavier each layer multiplies the variance by about $\\frac{1}{2}$: after 20 layers about a millionth is left.',
        },
      },
      {
        letter: 'D',
        text: { zh: 'Kaiming 初始化', en: 'Kaiming initialization' },
        rationale: {
          zh: '正确。Kaiming 初始化 $\\mathrm{Var}(w) = \\frac{2}{n_{in}}$ 专为 ReLU 推导，使激活的方差在层间保持不变。',
          en: 'Right. Kaiming initialization, $\\mathrm{Var}(w) = \\frac{2}{n_{in}}$, is derived for ReLU and keeps the variance of the activations the same from layer to layer.',
        },
      },
    ],
    answer: ['D'],
    explanation: {
      zh: 'Kaiming 初始化（He 等，2015）按扇入 $n_{in}$ 设定权重方差：$\\mathrm{Var}(w) = \\frac{2}{n_{in}}$，即标准差 $\\sqrt{2/n_{in}}$，卷积层中 $n_{in} = K^2 C_{in}$。推导：$\\mathrm{Var}(y_l) = n_{in}\\,\\mathrm{Var}(w_l)\\,E[x_l^2]$，而 ReLU 把一半的输入置 0，使 $E[x_l^2] = \\frac{1}{2}\\mathrm{Var}(y_{l-1})$；要让方差逐层不变，需要 $\\frac{1}{2} n_{in} \\mathrm{Var}(w_l) = 1$。因子 2 正是为了补偿 ReLU 减半的方差。',
      en: 'Kaiming initialization (He et al., 2015) sets the weight variance from the fan-in $n_{in}$: $\\mathrm{Var}(w) = \\frac{2}{n_{in}}$, i.e. a standard deviation of $\\sqrt{2/n_{in}}$, with $n_{in} = K^2 C_{in}$ for a convolution. Why: $\\mathrm{Var}(y_l) = n_{in}\\,\\mathrm{Var}(w_l)\\,E[x_l^2]$, and ReLU zeroes half of its inputs, so $E[x_l^2] = \\frac{1}{2}\\mathrm{Var}(y_{l-1})$; keeping the variance the same from layer to layer needs $\\frac{1}{2} n_{in} \\mathrm{Var}(w_l) = 1$. The factor 2 makes up for the half that ReLU removes.',
    },
  },
];

export const homework2Deck: Deck = {
  id: 'homework2',
  title: { zh: '《深度学习平台与应用》作业二', en: 'Deep Learning Platforms and Applications: Homework 2' },
  description: {
    zh: '作业二的 7 道选择题：Inception、BN、VGG、Sigmoid 求导、感受野、激活函数与初始化。',
    en: 'The 7 multiple-choice questions of homework 2: Inception, BatchNorm, VGG, the sigmoid derivative, receptive fields, activation functions and initialization.',
  },
  items: homework2Mcqs,
};
