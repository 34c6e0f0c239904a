import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every Chinese string the app shows follows ../shared/design/GLOSSARY.md. The catalogues' own tests check
 * their domain; this one reads every source file, so a string written anywhere (a component, a deck, a CLI
 * message) is held to the glossary's "forms to avoid" column. A form is listed only where it cannot be a
 * legitimate part of another word (滑动平均, not 滑动: a kernel does slide).
 */
const avoided = [
  '褶积',
  '真卷积',
  '真正的卷积',
  '交叉相关',
  '卷积内核',
  '核函数',
  '卷积核尺寸',
  '核尺寸',
  '过滤器',
  '步幅',
  '跨度',
  '步距',
  '膨胀率',
  '扩张率',
  '特征映射',
  '信道',
  '输出维度',
  '接受野',
  '感知野',
  '跳步',
  '有效步长',
  '参量',
  '权值',
  '偏差',
  '激活内存',
  '内存占用',
  '内存瓶颈',
  '瓶颈块',
  '预测阶段',
  '汇聚',
  '极大池化',
  '均值池化',
  '稠密层',
  '连结',
  '批归一化',
  '批量规范化',
  '滑动平均',
  '滑动均值',
  '缓冲区',
  '随机失活',
  '暂退法',
  '激励函数',
  '跳跃连接',
  '短路连接',
  '快捷连接',
  '基本块',
  '辅助分类头',
  '后向传播',
  '正向传播',
  '链导法则',
  '梯度弥散',
  '闪卡',
  '抽认卡',
  '卡组',
  '套牌',
  '题库',
  '间隔复习',
  '应复习',
  '时间间隔',
  '保持率',
  '留存率',
  '稳定度',
  '困难度',
  '刷题',
  '已提交',
  '标记复习',
  '旗标',
  '详解步骤',
  '标准答案',
  '部分分',
  '步骤分',
  '连带扣分',
  '错误诊断',
  '误差分析',
  '错过',
  '还原',
  '连击',
  '打卡天数',
  '计算中…',
  '每行一行',
  '正在求公式',
  '您',
];

const root = join(import.meta.dirname, '../../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

const chinese = /[\u4e00-\u9fff]/;

/** A line's text without its English strings (`en: '…'`), which follow English punctuation. */
function withoutEnglish(line: string): string {
  return line.replace(/\ben:\s*(['`])(?:\\.|(?!\1).)*\1/g, '');
}

/** Each line of a file with Chinese in it, numbered from 1. */
function chineseLines(text: string, read: (line: string) => string = (line) => line) {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: read(line) }))
    .filter((line) => chinese.test(line.text));
}

/** The source files with Chinese text, each with its path under src. */
const chineseFiles = sourceFiles(root)
  .map((file) => ({ name: relative(root, file), text: readFileSync(file, 'utf8') }))
  .filter((file) => chinese.test(file.text));

describe('GLOSSARY.md: no form to avoid in any Chinese text of the app', () => {
  it('finds every line of Chinese text in src', () => {
    expect(chineseFiles.flatMap((file) => chineseLines(file.text)).length).toBeGreaterThan(500);
  });

  for (const file of chineseFiles)
    it(file.name, () => {
      const found = chineseLines(file.text).flatMap((line) =>
        avoided.filter((form) => line.text.includes(form)).map((form) => `${line.line}: ${form}`),
      );
      expect(found).toEqual([]);
    });
});

describe('GLOSSARY.md: Chinese punctuation in every line of Chinese text', () => {
  for (const file of chineseFiles)
    it(file.name, () => {
      const found = chineseLines(file.text, withoutEnglish).flatMap((line) => [
        // Quotes are 「」, never curly ones.
        ...(/[“”]/.test(line.text) ? [`${line.line}: “” (use 「」)`] : []),
        // Ranges are written 1 到 600 or [0, 255], never 0…255.
        ...(/\d\s*…\s*\d/.test(line.text) ? [`${line.line}: 0…255 (use [0, 255] or 到)`] : []),
      ]);
      expect(found).toEqual([]);
    });
});
