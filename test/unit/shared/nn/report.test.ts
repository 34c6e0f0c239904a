import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { presetNetwork } from '../../../../src/shared/nn/presets/index.ts';
import { summary, textTable } from '../../../../src/shared/nn/report.ts';
import { buildTable } from '../../../../src/shared/nn/table.ts';

const alexnet = analyzeNetwork(presetNetwork('alexnet2012')!, { explain: false });

/** Terminal columns: CJK and full-width characters take two. */
const columns = (text: string) =>
  [...text].reduce(
    (width, character) => width + (/[\u4e00-\u9fff\uff00-\uff60]/u.test(character) ? 2 : 1),
    0,
  );

describe('the written analysis in both languages', () => {
  it('aligns a Chinese text table by terminal columns: every line ends a column at the same place', () => {
    const lines = textTable(buildTable(alexnet, { compute: 'macs', memory: ['elements'] }, 'zh')).split('\n');
    expect(lines[0]).toMatch(/^名字 +层 +输出 +参数量 +MACs +激活值（元素） +感受野 +累积步长 +起点$/);
    // The rule under the headings is as wide as each heading: the headings line and the rule have one width.
    expect(columns(lines[0]!)).toBe(columns(lines[1]!.trimEnd()));
    const rightEdges = (line: string) => columns(line);
    const body = lines.slice(2).filter((line) => !line.startsWith('-'));
    // Right-aligned last column (起点): every row ends at the rule's end.
    for (const line of body.filter((row) => !row.startsWith('合计')))
      expect(rightEdges(line)).toBe(columns(lines[1]!));
  });

  it('words the summary in Chinese with the glossary’s terms and full-width punctuation, and in English as the CLI documents', () => {
    const zh = summary(alexnet, '', 'zh');
    expect(zh).toContain(
      '瓶颈：参数瓶颈 fc6 37,752,832（61.93%）；显存瓶颈 conv1 290,400（37.15%）；计算瓶颈 conv2 223,948,800（30.91%）',
    );
    expect(zh.join('\n')).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/);
    const en = summary(alexnet, '', 'en');
    expect(en[0]).toBe('Model alexnet2012, input 3x227x227, fp32 (4 bytes per element)');
    expect(en).toContain(
      'Bottlenecks: params fc6 37,752,832 (61.93%); memory conv1 290,400 (37.15%); compute conv2 223,948,800 (30.91%)',
    );
  });
});
