import { wordFormula } from '../../../src/shared/nn/formula-words.ts';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/shared/nn/analyze.ts';
import { presetNetwork, presets } from '../../../src/shared/nn/presets/index.ts';
import { parseNetworkText } from '../../../src/shared/nn/dsl/parse.ts';
import { analysisJson } from '../../../src/shared/nn/report.ts';
import {
  explanationKey,
  exportFile,
  layerOutput,
  rowView,
  totalExplanation,
} from '../../../src/renderer/features/calculator/analysis-views.ts';
import { calculatorMessages, presetNotes } from '../../../src/renderer/features/calculator/messages.ts';

const alexnet = analyzeNetwork(presetNetwork('alexnet2012')!, { explain: false });

describe('what the calculator shows and saves', () => {
  it('exports the CLI JSON exactly, and CSV and Markdown with the table toggles', () => {
    const json = exportFile(alexnet, 'json', { compute: 'macs', memory: ['elements'] }, 'en');
    expect(json).toMatchObject({ name: 'alexnet2012.json', mime: 'application/json' });
    expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(analysisJson(alexnet))));
    const csv = exportFile(alexnet, 'csv', { compute: 'flops', memory: ['elements', 'megabytes'] }, 'en');
    expect(csv.text.split('\n')[0]).toBe(
      'Name,Layer,Output,Params,FLOPs,Activations,"MB (fp32, 10^6 B)",RF,Jump,Start',
    );
    expect(csv.text).toContain('conv1,conv 96 k11 s4,96x55x55,34944,210830400,290400,1.162,11,4,0');
    const markdown = exportFile(alexnet, 'md', { compute: 'macs', memory: ['elements'] }, 'en');
    expect(markdown.text).toContain('| **Total** | **18 layers** |  | **60,965,224** |');
    expect(markdown.text).toContain('- Bottlenecks: params fc6 37,752,832 (61.93%)');
  });

  it('exports in the student’s language: a Chinese student’s Markdown has Chinese headings and summary', () => {
    const markdown = exportFile(alexnet, 'md', { compute: 'macs', memory: ['elements', 'bytes'] }, 'zh');
    expect(markdown.text.split('\n')[0]).toBe(
      '| 名字 | 层 | 输出 | 参数量 | MACs | 激活值（元素） | 显存占用（字节，fp32） | 感受野 | 累积步长 | 起点 |',
    );
    expect(markdown.text).toContain('| **合计** | **18 层** |  | **60,965,224** |');
    expect(markdown.text).toContain('- 瓶颈：参数瓶颈 fc6 37,752,832（61.93%）；');
    expect(markdown.text).toContain('- 模型 alexnet2012，输入 3×227×227，fp32（每个元素 4 字节）');
    expect(markdown.text).not.toMatch(/Bottlenecks|Params|Activations/);
  });

  it('explains a total as the sum of its layers', () => {
    const params = totalExplanation(alexnet, 'params');
    expect(params.substituted).toBe(
      '34{,}944 + 307{,}456 + 885{,}120 + 663{,}936 + 442{,}624 + 37{,}752{,}832 + 16{,}781{,}312 + 4{,}097{,}000 = 60{,}965{,}224',
    );
    const activations = totalExplanation(alexnet, 'activations').substituted;
    expect(wordFormula(activations, 'en')).toContain(
      '= 781{,}736 \\text{ elements} \\times 4 = 3{,}126{,}944',
    );
    expect(wordFormula(activations, 'zh')).toContain('= 781{,}736 \\text{ 元素数} \\times 4 = 3{,}126{,}944');
    const resnet = analyzeNetwork(presetNetwork('resnet50')!, { explain: false });
    expect(wordFormula(totalExplanation(resnet, 'macs').substituted, 'en')).toMatch(
      /\\dots \\text\{\(\d+ more\)\} = 4\{,\}089/,
    );
  });

  it('keeps the row objects an edit did not change, so only changed rows are redrawn', () => {
    const options = { compute: 'macs', memory: ['elements'] } as const;
    const before = analyzeNetwork(parseNetworkText('input 3x32x32\nconv 8 k3\nrelu\nfc 10'), {
      explain: false,
    });
    const after = analyzeNetwork(parseNetworkText('input 3x32x32\nconv 8 k3\nrelu\nfc 12'), {
      explain: false,
    });
    const first = before.layers.map((layer) => rowView(before, layer.index, options, new Map()));
    const previous = new Map(first.map((row) => [row.signature, row]));
    const second = after.layers.map((layer) => rowView(after, layer.index, options, previous));
    // conv1 is drawn again too: it is the compute bottleneck, and its share of the total moved.
    expect(second.map((row, index) => row === first[index])).toEqual([true, false, true, false]);
    expect(second[3]).toMatchObject({ name: 'fc1', cells: expect.arrayContaining(['12']) });
    expect(second[1]!.bottlenecks.map((bottleneck) => bottleneck.kind)).toEqual(['memory', 'compute']);
  });

  it('finds a layer’s output shape by its position, or by its name when the analysis is an edit behind', () => {
    const analysis = analyzeNetwork(parseNetworkText('input 3x32x32\nconv 8 k3\nrelu\nfc 10'), {
      explain: false,
    });
    expect(layerOutput(analysis, 'conv1', 0)).toBe('8x30x30');
    expect(layerOutput(analysis, 'fc1', 2)).toBe('10');
    // A layer inserted before relu1: relu1 is third in the list now, second in the analysis.
    expect(layerOutput(analysis, 'relu1', 2)).toBe('8x30x30');
    expect(layerOutput(analysis, 'conv9', 1)).toBe('');
    expect(layerOutput(null, 'conv1', 0)).toBe('');
  });

  it('maps each number column to the explanation behind it', () => {
    expect(explanationKey('compute', 'flops')).toBe('flops');
    expect(explanationKey('megabytes', 'macs')).toBe('activations');
    expect(explanationKey('start', 'macs')).toBe('rf');
    expect(explanationKey('name', 'macs')).toBeNull();
  });

  it('has every string and every preset note in both languages', () => {
    for (const preset of presets) {
      expect(presetNotes[preset.name], preset.name).toBeDefined();
    }
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if ('zh' in record && 'en' in record) {
        expect(typeof record.zh === 'string' && record.zh.length > 0, `${path}.zh`).toBe(true);
        expect(typeof record.en === 'string' && record.en.length > 0, `${path}.en`).toBe(true);
        return;
      }
      for (const [key, entry] of Object.entries(record)) walk(entry, `${path}.${key}`);
    };
    walk(calculatorMessages, 'calculatorMessages');
    walk(presetNotes, 'presetNotes');
  });
});
