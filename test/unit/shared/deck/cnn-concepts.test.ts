import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../../../src/shared/deck/deck.ts';
import type { BasicItem, ClozeItem } from '../../../../src/shared/deck/item.ts';
import { cnnConceptItems, cnnConceptsDeck } from '../../../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../../../src/shared/deck/seed/homework2.ts';
import { topicLabels } from '../../../../src/shared/deck/topics.ts';
import type { Analysis } from '../../../../src/shared/nn/analysis.ts';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { formatCount } from '../../../../src/shared/nn/explanation.ts';
import { loadNetwork, type NetworkSource } from '../../../../src/shared/nn/source.ts';
import { cardsForItem } from '../../../../src/shared/srs/card.ts';

type Text = { zh: string; en: string };

function texts(item: BasicItem | ClozeItem): Text[] {
  return item.kind === 'basic' ? [item.front, item.back] : [item.text, ...(item.extra ? [item.extra] : [])];
}

/**
 * A text as the student finally reads it: every cloze deletion filled in. A deletion ends at the first `}}`
 * outside `$…$` math, so `{{c1::$\frac{a}{b}$}}` keeps its math whole (Anki's `}}` problem).
 */
function filled(text: string): string {
  let shown = '';
  let at = 0;
  while (at < text.length) {
    const opening = /^\{\{c\d+::/.exec(text.slice(at));
    if (!opening) {
      shown += text[at];
      at += 1;
      continue;
    }
    at += opening[0].length;
    let inMath = false;
    while (at < text.length && (inMath || !text.startsWith('}}', at))) {
      if (text[at] === '$') inMath = !inMath;
      shown += text[at];
      at += 1;
    }
    if (at >= text.length) throw new Error(`an unclosed cloze deletion in: ${text}`);
    at += 2;
  }
  return shown;
}

const item = (id: string) => {
  const found = cnnConceptItems.find((candidate) => candidate.id === `cnn-${id}`);
  if (!found) throw new Error(`no card cnn-${id}`);
  return texts(found)
    .map((text) => `${text.zh}\n${text.en}`)
    .join('\n');
};

function analyze(source: NetworkSource): Analysis {
  const loaded = loadNetwork(source);
  if (!loaded.ok) throw new Error(`the engine refused ${JSON.stringify(loaded.problem.reason)}`);
  return analyzeNetwork(loaded.network, { explain: false });
}

const layerOf = (analysis: Analysis, name: string) => analysis.layers.find((layer) => layer.name === name)!;

describe('the concept deck', () => {
  it('has at least 40 basic and cloze cards with stable, unique ids and known topic tags', () => {
    validateDeck(cnnConceptsDeck);
    expect(cnnConceptItems.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(cnnConceptItems.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['basic', 'cloze']);
    for (const entry of cnnConceptItems) {
      expect(entry.id).toMatch(/^cnn-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.tags.length).toBeGreaterThan(0);
      for (const tag of entry.tags) expect(Object.keys(topicLabels)).toContain(tag);
    }
    const homeworkIds = new Set(homework2Deck.items.map((entry) => entry.id));
    expect(cnnConceptItems.filter((entry) => homeworkIds.has(entry.id))).toEqual([]);
  });

  it('makes a card of every cloze deletion, the same ones in both languages', () => {
    const cards = cnnConceptItems.flatMap((entry, position) =>
      cardsForItem(entry, cnnConceptsDeck.id, position, 0),
    );
    expect(cards.length).toBeGreaterThan(cnnConceptItems.length);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
  });

  it('renders every piece of math with KaTeX, inside cloze deletions too', () => {
    for (const entry of cnnConceptItems) {
      for (const text of texts(entry)) {
        for (const language of ['zh', 'en'] as const) {
          const shown = filled(text[language]);
          const pieces = shown.split('$');
          expect(pieces.length % 2, `${entry.id} (${language}) has an unpaired $`).toBe(1);
          pieces.forEach((piece, index) => {
            if (index % 2 === 1)
              expect(() => katex.renderToString(piece, { throwOnError: true })).not.toThrow();
          });
          expect(shown, `${entry.id} (${language}) left cloze syntax behind`).not.toMatch(/\{\{c\d+::/);
        }
      }
    }
  });

  it('writes Chinese as GLOSSARY.md says: its terms, full-width punctuation, spaces beside Latin and math', () => {
    const avoided = [
      '步幅',
      '汇聚',
      '偏差',
      '批归一化',
      '批量规范化',
      '权值',
      '卷积核尺寸',
      '接受野',
      '跳步',
      '有效步长',
      '激励函数',
      '正向传播',
      '后向传播',
      '梯度弥散',
      '随机失活',
      '闪卡',
      '卡组',
      '稠密层',
      '连结',
      '您',
      '"',
      '“',
      '”',
    ];
    for (const entry of cnnConceptItems) {
      for (const text of texts(entry)) {
        const prose = filled(text.zh).replace(/\$[^$]*\$/g, (math) => (math === '$$' ? '' : 'M'));
        for (const word of avoided) expect(prose, `${entry.id} uses ${word}`).not.toContain(word);
        expect(prose, `${entry.id}: half-width punctuation beside Chinese`).not.toMatch(
          /[\u4e00-\u9fff][,;:?!()]|[,;:?!(][\u4e00-\u9fff]/,
        );
        expect(prose, `${entry.id}: no space between Chinese and Latin, digits or math`).not.toMatch(
          /[\u4e00-\u9fff][A-Za-z0-9γβ]|[A-Za-z0-9γβ%][\u4e00-\u9fff]/,
        );
        expect(prose, `${entry.id}: a space between two Chinese characters`).not.toMatch(
          /[\u4e00-\u9fff] [\u4e00-\u9fff]/,
        );
        expect(prose, `${entry.id}: a space beside full-width punctuation`).not.toMatch(
          / [，。；：？！（）、「」]|[，。；：？！（）、「」] /,
        );
      }
    }
  });
});

describe('the numbers on the cards, recomputed', () => {
  it('output size and parameters of homework 2, problem 2: 32×32×10 and 760', () => {
    const analysis = analyze({ type: 'text', text: 'input 3x32x32\nconv1: conv 10 k5 s1 p2' });
    expect(layerOf(analysis, 'conv1').output).toEqual([10, 32, 32]);
    expect(layerOf(analysis, 'conv1').params.total).toBe(760);
    expect(item('output-size-homework')).toContain('32 \\times 32 \\times 10');
    expect(item('conv-parameters-homework')).toContain('760');
  });

  it('AlexNet: 55 from 227, torchvision’s padding 2 from 224, pooling 27, 13, 6', () => {
    const alexnet = analyze({ type: 'preset', name: 'alexnet2012' });
    expect(['conv1', 'pool1', 'pool2', 'pool5'].map((name) => layerOf(alexnet, name).output[1])).toEqual([
      55, 27, 13, 6,
    ]);
    const torchvision = analyze({ type: 'text', text: 'input 3x224x224\nconv1: conv 64 k11 s4 p2' });
    expect(layerOf(torchvision, 'conv1').output[1]).toBe(55);
    expect(item('alexnet-input-227')).toContain('53.25');
  });

  it('AlexNet parameters, receptive fields and bottlenecks as the cards give them', () => {
    const grouped = analyze({ type: 'preset', name: 'alexnet2012' });
    const ungrouped = analyze({ type: 'preset', name: 'alexnet2012-ungrouped' });
    const conv2 = formatCount(layerOf(grouped, 'conv2').params.total);
    expect([conv2, formatCount(layerOf(ungrouped, 'conv2').params.total)]).toEqual(['307,456', '614,656']);
    expect(item('alexnet-conv2-groups')).toContain(`= ${conv2}`);
    const fc6 = layerOf(grouped, 'fc6').params.total;
    const total = grouped.totals.params.total;
    const share = `${((fc6 / total) * 100).toFixed(1)}%`;
    for (const id of ['fc6-parameters', 'alexnet-bottlenecks']) {
      expect(item(id)).toContain(formatCount(fc6));
      expect(item(id)).toContain(formatCount(total));
      expect(item(id)).toContain(share);
    }
    expect(item('alexnet-bottlenecks')).toContain(
      formatCount(layerOf(grouped, 'conv1').activations.elements),
    );
    expect(grouped.bottlenecks.params.layer).toBe('fc6');
    expect(grouped.bottlenecks.memory.layer).toBe('conv1');
    const rf = (name: string) => layerOf(grouped, name).rf.size[0];
    expect([rf('pool1'), rf('conv2'), rf('pool5'), rf('fc6'), rf('fc8')]).toEqual([19, 51, 195, 355, 355]);
    expect(layerOf(grouped, 'pool5').rf.jump[0]).toBe(32);
    expect(item('receptive-field-alexnet-conv2')).toMatch(/= 19\$[\s\S]*= 51\$/);
    expect(item('receptive-field-alexnet-fc6')).toContain('= 355');
  });

  it('depthwise against ordinary convolution: 640 and 36,928', () => {
    const analysis = analyze({
      type: 'text',
      text: 'input 64x8x8\ndw: conv 64 k3 p1 g64\nfull: conv 64 k3 p1',
    });
    expect(formatCount(layerOf(analysis, 'dw').params.total)).toBe('640');
    expect(formatCount(layerOf(analysis, 'full').params.total)).toBe('36,928');
    expect(item('depthwise-parameters')).toContain('= 640');
    expect(item('depthwise-parameters')).toContain('= 36,928');
  });

  it('BatchNorm over 64 channels: 128 parameters and 128 running statistics', () => {
    const analysis = analyze({ type: 'text', text: 'input 64x8x8\nbn: bn' });
    expect(layerOf(analysis, 'bn').params).toMatchObject({ total: 128, buffers: 128 });
  });

  it('Inception, homework 2 problem 3: 854.2 M MACs, 191.9 M with bottlenecks (191.8 M as the homework rounds), 77.5% less', () => {
    const naive = analyze({ type: 'preset', name: 'inception-naive' }).totals.macs;
    const reduced = analyze({ type: 'preset', name: 'inception-bottleneck' }).totals.macs;
    const millions = (value: number) => (value / 1e6).toFixed(1);
    expect([millions(naive), millions(reduced)]).toEqual(['854.2', '191.9']);
    expect(`${((1 - reduced / naive) * 100).toFixed(1)}%`).toBe('77.5%');
    expect(millions(2 * naive)).toBe('1708.4');
    expect(item('inception-naive-macs')).toContain('854.2');
    expect(item('inception-bottleneck-macs')).toMatch(/191\.8[\s\S]*191\.9[\s\S]*77\.5/);
    expect(item('homework-flops-are-macs')).toContain('1,708.4 M');
  });

  it('three 3×3 against one 7×7 with 64 channels: 110,592 and 200,704 weights, receptive field 7 both', () => {
    const stack = analyze({ type: 'preset', name: 'vgg-3x3-stack' });
    const single = analyze({ type: 'preset', name: 'conv7x7' });
    expect(formatCount(stack.totals.params.total)).toBe('110,592');
    expect(formatCount(single.totals.params.total)).toBe('200,704');
    expect(layerOf(stack, 'conv3').rf.size[0]).toBe(7);
    expect(layerOf(single, 'conv1').rf.size[0]).toBe(7);
    expect(`${Math.round((1 - 110_592 / 200_704) * 100)}%`).toBe('45%');
    expect(item('three-3x3-versus-7x7')).toMatch(/200,704[\s\S]*110,592[\s\S]*45%/);
  });

  it('by hand: the sigmoid’s 0.25 and 4.0 × 0.25 = 1, Kaiming’s 0.0589', () => {
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    expect(sigmoid(0) * (1 - sigmoid(0))).toBe(0.25);
    expect(4.0 * sigmoid(0) * (1 - sigmoid(0))).toBe(1);
    expect(item('sigmoid-backprop-step')).toContain('4.0 \\times 0.25 = 1');
    expect(Math.sqrt(2 / (3 * 3 * 64)).toFixed(4)).toBe('0.0589');
    expect(item('kaiming-standard-deviation')).toContain('0.0589');
  });
});
