import { describe, expect, it } from 'vitest';
import {
  browseRows,
  cardPreview,
  emptyQuery,
  queryRows,
  rowTags,
  searchWords,
  type BrowseQuery,
} from '../../../../src/shared/browse/browse-rows.ts';
import type { Item } from '../../../../src/shared/deck/item.ts';
import { cardsForItem, type ReviewCard } from '../../../../src/shared/srs/card.ts';

const now = Date.UTC(2026, 11, 1, 12);
const day = 86_400_000;
const items: Item[] = [
  {
    id: 'relu',
    kind: 'basic',
    tags: ['activation'],
    front: { zh: 'ReLU 的导数是什么？', en: 'What is the derivative of ReLU?' },
    back: { zh: '正数处为 1', en: '1 for positive inputs' },
  },
  {
    id: 'stride',
    kind: 'cloze',
    tags: ['conv'],
    text: { zh: '步长为 {{c1::2}}，填充为 {{c2::1}}', en: 'stride {{c1::2}}, padding {{c2::1}}' },
  },
  {
    id: 'bn',
    kind: 'mcq',
    tags: ['batchnorm', 'conv'],
    stem: { zh: '测试阶段的 BN 用什么？', en: 'What does BN use at test time?' },
    options: [
      { letter: 'A', text: { zh: '移动平均', en: 'moving averages' }, rationale: { zh: '对', en: 'right' } },
      { letter: 'B', text: { zh: '当前批', en: 'the batch' }, rationale: { zh: '错', en: 'wrong' } },
    ],
    answer: ['A'],
    explanation: { zh: '解析', en: 'why' },
  },
];
const cards = (): ReviewCard[] =>
  items.flatMap((item, position) => cardsForItem(item, 'deck', position, now));
const titles = new Map([['deck', { zh: '概念', en: 'Concepts' }]]);
const query = (change: Partial<BrowseQuery>): BrowseQuery => ({ ...emptyQuery, ...change });
const ids = (rows: { card: ReviewCard }[]): string[] => rows.map((row) => row.card.id);

describe('browse rows', () => {
  it('gives one row per card, a cloze one per deletion, in deck order', () => {
    const rows = browseRows(cards(), items, titles);
    expect(ids(queryRows(rows, emptyQuery))).toEqual(['relu', 'stride#c1', 'stride#c2', 'bn']);
    expect(rows[0]!.deckTitle.en).toBe('Concepts');
  });

  it('previews a cloze card as its question side, the other deletions answered', () => {
    expect(cardPreview(items[1]!, 2)).toEqual({
      zh: '步长为 2，填充为 [...]',
      en: 'stride 2, padding [...]',
    });
    expect(cardPreview(items[0]!, null).en).toBe('What is the derivative of ReLU?');
  });

  it('leaves out a card whose item is not stored', () => {
    expect(ids(browseRows(cards(), items.slice(1), titles))).not.toContain('relu');
  });

  it('searches every text of the item in both languages, every word, ignoring case and width', () => {
    const rows = browseRows(cards(), items, titles);
    expect(ids(queryRows(rows, query({ search: 'ＲｅＬＵ' })))).toEqual(['relu']);
    expect(ids(queryRows(rows, query({ search: '移动平均' })))).toEqual(['bn']);
    expect(ids(queryRows(rows, query({ search: 'stride padding' })))).toEqual(['stride#c1', 'stride#c2']);
    expect(ids(queryRows(rows, query({ search: 'stride relu' })))).toEqual([]);
    expect(ids(queryRows(rows, query({ search: 'batchnorm' })))).toEqual(['bn']);
    expect(searchWords('  a \t B ')).toEqual(['a', 'b']);
  });

  it('filters by tag and by state, suspended cards as a state of their own', () => {
    const stored = cards();
    stored[0] = { ...stored[0]!, state: 'review', due: now + 3 * day };
    stored[3] = { ...stored[3]!, suspended: true };
    const rows = browseRows(stored, items, titles);
    expect(ids(queryRows(rows, query({ tag: 'conv' })))).toEqual(['stride#c1', 'stride#c2', 'bn']);
    expect(ids(queryRows(rows, query({ state: 'review' })))).toEqual(['relu']);
    expect(ids(queryRows(rows, query({ state: 'new', tag: 'conv' })))).toEqual([
      'stride#c1',
      'stride#c2',
      'bn',
    ]);
    expect(ids(queryRows(rows, query({ state: 'suspended' })))).toEqual(['bn']);
    expect(rowTags(rows)).toEqual(['activation', 'batchnorm', 'conv']);
  });

  it('sorts by due date, and by difficulty or stability with new cards last', () => {
    const stored = cards();
    stored[0] = { ...stored[0]!, state: 'review', due: now + 5 * day, difficulty: 7, stability: 2 };
    stored[2] = { ...stored[2]!, state: 'review', due: now + day, difficulty: 3, stability: 9 };
    const rows = browseRows(stored, items, titles);
    expect(ids(queryRows(rows, query({ order: 'due' })))).toEqual(['stride#c1', 'bn', 'stride#c2', 'relu']);
    expect(ids(queryRows(rows, query({ order: 'difficulty' })))).toEqual([
      'stride#c2',
      'relu',
      'stride#c1',
      'bn',
    ]);
    expect(ids(queryRows(rows, query({ order: 'stability' })))).toEqual([
      'relu',
      'stride#c2',
      'stride#c1',
      'bn',
    ]);
  });
});
