import { describe, expect, it } from 'vitest';
import { studyDay } from '../../../../src/shared/srs/study-day.ts';
import { examRecallByTopic } from '../../../../src/shared/stats/exam-recall.ts';
import { templateMastery } from '../../../../src/shared/stats/mastery.ts';
import { mistakesOverTime, usualMistakes } from '../../../../src/shared/stats/mistakes.ts';
import { topicAccuracy } from '../../../../src/shared/stats/topic-accuracy.ts';
import { drillScores } from '../../../../src/shared/stats/drill-scores.ts';
import type { DrillResult } from '../../../../src/shared/drill/result.ts';
import { attempt, card, log } from './fixtures.ts';

const utc = (time: number) => studyDay(time, { dayStartHour: 0, utcOffsetMinutes: 0 });
const day = (iso: string) => utc(Date.parse(iso));

describe('mistakes by diagnosis code', () => {
  const attempts = [
    attempt('conv-params', '2026-11-01T10:00:00Z', 0.5, [['bias-forgotten'], []]),
    attempt('conv-params', '2026-11-02T10:00:00Z', 0, [
      ['bias-forgotten'],
      ['bias-forgotten', 'cin-forgotten'],
    ]),
    attempt('conv-params', '2026-11-09T10:00:00Z', 1, [[], []]),
    attempt('conv-params', '2026-11-10T10:00:00Z', 0.5, [['groups-ignored'], []]),
    attempt('conv-output-size', '2026-11-10T11:00:00Z', 0, [['padding-once']]),
  ];

  it('counts attempts (not fields) per code per bucket, most frequent first', () => {
    const series = mistakesOverTime(
      attempts,
      utc,
      day('2026-11-01T00:00:00Z'),
      day('2026-11-14T00:00:00Z'),
      7,
    );
    expect(series.map((entry) => [entry.code, entry.total])).toEqual([
      ['bias-forgotten', 2],
      ['cin-forgotten', 1],
      ['groups-ignored', 1],
      ['padding-once', 1],
    ]);
    expect(series[0]!.points.map((point) => point.count)).toEqual([2, 0]);
    expect(series[2]!.points.map((point) => point.count)).toEqual([0, 1]);
  });

  it('a template’s usual mistakes among its latest attempts ("bias forgotten: 2 of the last 3")', () => {
    expect(usualMistakes(attempts, 'conv-params', 3)).toEqual([
      { code: 'bias-forgotten', count: 1, of: 3 },
      { code: 'cin-forgotten', count: 1, of: 3 },
      { code: 'groups-ignored', count: 1, of: 3 },
    ]);
    expect(usualMistakes(attempts, 'conv-params')[0]).toEqual({ code: 'bias-forgotten', count: 2, of: 4 });
    expect(usualMistakes(attempts, 'never-tried')).toEqual([]);
  });

  it('mastery per template: the latest credit and the mean of the recent ones, weakest first', () => {
    expect(templateMastery(attempts, 2)).toEqual([
      {
        template: 'conv-output-size',
        attempts: 1,
        latestCredit: 0,
        recentCredit: 0,
        lastAt: Date.parse('2026-11-10T11:00:00Z'),
      },
      {
        template: 'conv-params',
        attempts: 4,
        latestCredit: 0.5,
        recentCredit: 0.75,
        lastAt: Date.parse('2026-11-10T10:00:00Z'),
      },
    ]);
  });
});

describe('accuracy by topic', () => {
  const tags: Record<string, string[]> = {
    q1: ['conv', 'alexnet'],
    q2: ['conv'],
    'problem:conv-params': ['conv'],
  };
  const tagsOf = (itemId: string) => tags[itemId] ?? [];

  it('reviews (not Again) and attempts (full credit) count for each tag of their item, weakest topic first', () => {
    const logs = [
      log('2026-11-01T10:00:00Z', 'good', 'review', 3, { itemId: 'q1' }),
      log('2026-11-02T10:00:00Z', 'again', 'review', 3, { itemId: 'q2' }),
      log('2026-11-08T10:00:00Z', 'hard', 'review', 3, { itemId: 'q2' }),
    ];
    const attempts = [attempt('conv-params', '2026-11-09T10:00:00Z', 0.5, [['bias-forgotten']])];
    const result = topicAccuracy(
      logs,
      attempts,
      tagsOf,
      utc,
      day('2026-11-01T00:00:00Z'),
      day('2026-11-14T00:00:00Z'),
      7,
    );
    expect(result.map((topic) => [topic.tag, topic.right, topic.total])).toEqual([
      ['conv', 2, 4],
      ['alexnet', 1, 1],
    ]);
    expect(result[0]!.points.map((point) => [point.right, point.total])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });
});

describe('drill scores', () => {
  const result = (sessionId: string, finishedAt: string, score: number, total: number): DrillResult =>
    ({
      sessionId,
      config: { mode: { kind: 'exam', limitMs: 600_000 } },
      startedAt: 0,
      finishedAt: Date.parse(finishedAt),
      totalMs: 1,
      finishReason: 'submitted',
      score,
      total,
      questions: [],
    }) as unknown as DrillResult;

  it('oldest first, within the range, with the share', () => {
    const scores = drillScores(
      [
        result('b', '2026-11-05T10:00:00Z', 7, 7),
        result('a', '2026-11-01T10:00:00Z', 3, 7),
        result('c', '2026-10-01T10:00:00Z', 1, 7),
      ],
      utc,
      day('2026-11-01T00:00:00Z'),
      day('2026-11-30T00:00:00Z'),
    );
    expect(scores.map((score) => [score.sessionId, score.share, score.mode])).toEqual([
      ['a', 3 / 7, 'exam'],
      ['b', 1, 'exam'],
    ]);
  });
});

describe('predicted recall on the exam day, per topic', () => {
  it('averages the forgetting curve over each tag’s cards, new cards as 0, and counts those under target', () => {
    const recall = (schedule: { stability: number }) => schedule.stability / 10;
    const cards = [
      card('a', 'review', { stability: 9, itemId: 'a' }),
      card('b', 'review', { stability: 7, itemId: 'b' }),
      card('c', 'new', { itemId: 'c' }),
      card('d', 'review', { stability: 1, itemId: 'd', suspended: true }),
      card('e', 'review', { stability: 1, itemId: 'e', deckId: 'no-exam' }),
    ];
    const tags: Record<string, string[]> = {
      a: ['conv', 'init'],
      b: ['conv'],
      c: ['init'],
      d: ['conv'],
      e: ['conv'],
    };
    // Deck `no-exam` has no exam ahead: its card is not predicted.
    const examAtOf = (entry: { deckId: string }) => (entry.deckId === 'no-exam' ? null : 0);
    const result = examRecallByTopic(cards, (itemId) => tags[itemId] ?? [], recall, examAtOf, 0.8);
    expect(result).toEqual([
      { tag: 'init', cards: 2, meanRecall: 0.45, atRisk: 1 },
      { tag: 'conv', cards: 2, meanRecall: 0.8, atRisk: 1 },
    ]);
  });
});
