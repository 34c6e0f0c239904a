import { describe, expect, it } from 'vitest';
import type { ChartDataset } from 'chart.js';
import type { Language } from '../../../src/shared/deck/localized-text.ts';
import type { DrillResult } from '../../../src/shared/drill/result.ts';
import { mistakeCodes } from '../../../src/shared/problems/mistakes.ts';
import { dayOfDate } from '../../../src/shared/srs/study-day.ts';
import { statsReport, type StatsInput, type StatsReport } from '../../../src/shared/stats/stats-report.ts';
import { calendarChart } from '../../../src/renderer/features/stats/calendar-chart.ts';
import {
  difficultyChart,
  intervalsChart,
  statesChart,
} from '../../../src/renderer/features/stats/cards-charts.ts';
import { dayTime, wrapLabel, type ChartView } from '../../../src/renderer/features/stats/chart-view.ts';
import { drillsChart } from '../../../src/renderer/features/stats/drills-chart.ts';
import { forecastChart } from '../../../src/renderer/features/stats/forecast-chart.ts';
import { palette } from '../../../src/renderer/lib/charts/palette.ts';
import {
  examRecallChart,
  masteryChart,
  mistakesChart,
} from '../../../src/renderer/features/stats/practice-charts.ts';
import { retentionChart } from '../../../src/renderer/features/stats/retention-table.ts';
import { reviewsChart } from '../../../src/renderer/features/stats/reviews-chart.ts';
import { topicsChart } from '../../../src/renderer/features/stats/topics-chart.ts';
import { attempt, card, log } from '../../unit/shared/stats/fixtures.ts';

/*
 * Each chart's pure builder (features/stats/*-chart.ts): its datasets and its table must carry the same numbers
 * (the table is what "show as table", CSV export and the e2e tests read), in the language asked for.
 */

const december = (day: number) => dayOfDate(2026, 12, day);
const at = (day: number, hour = 10) => `2026-12-${String(day).padStart(2, '0')}T${hour}:00:00Z`;

function drill(sessionId: string, day: number, score: number, mode: 'exam' | 'practice'): DrillResult {
  return {
    sessionId,
    config: {
      mode: mode === 'exam' ? { kind: 'exam', limitMs: 600_000 } : { kind: 'practice' },
      deckId: 'hw',
    },
    startedAt: Date.parse(at(day)) - 60_000,
    finishedAt: Date.parse(at(day)),
    totalMs: 60_000,
    finishReason: 'submitted',
    score,
    total: 7,
    questions: [],
  } as unknown as DrillResult;
}

// A small week, worked by hand: reviews on the 1st, 2nd and 4th (none on the 3rd), a few attempts and drills.
const input: StatsInput = {
  logs: [
    log(at(1), 'good', 'new', 0, { itemId: 'a', deckId: 'hw', elapsedMs: 60_000 }),
    log(at(1, 11), 'again', 'review', 30, { itemId: 'b', deckId: 'hw', elapsedMs: 30_000 }),
    log(at(2), 'good', 'review', 5, { itemId: 'a', deckId: 'hw', elapsedMs: 30_000 }),
    log(at(4), 'hard', 'relearning', 0, { itemId: 'b', deckId: 'hw', elapsedMs: 30_000 }),
    log(at(4, 11), 'good', 'review', 40, { itemId: 'b', deckId: 'hw', elapsedMs: 30_000 }),
  ],
  cards: [
    card('a', 'review', {
      deckId: 'hw',
      due: Date.parse(at(5)),
      scheduledDays: 3,
      difficulty: 3,
      stability: 3,
    }),
    card('b', 'review', {
      deckId: 'hw',
      due: Date.parse(at(6)),
      scheduledDays: 30,
      difficulty: 8,
      stability: 30,
    }),
    card('c', 'learning', { deckId: 'hw', due: Date.parse(at(4, 12)), difficulty: 5 }),
    card('d', 'new', { deckId: 'hw' }),
  ],
  attempts: [
    attempt('conv-params', at(1), 0.5, [['bias-forgotten'], []]),
    attempt('conv-params', at(2), 1, [[], []]),
    attempt('inception', at(3), 0, [['branch-left-out', 'reduction-left-out']]),
  ],
  drills: [drill('d1', 2, 3, 'exam'), drill('d2', 4, 7, 'practice')],
  items: {
    a: { deckId: 'hw', tags: ['conv'] },
    b: { deckId: 'hw', tags: ['conv', 'pooling'] },
    c: { deckId: 'hw', tags: ['pooling'] },
    d: { deckId: 'hw', tags: ['init'] },
    'problem:conv-params': { deckId: 'hw', tags: ['conv'] },
    'problem:inception': { deckId: 'hw', tags: ['inception'] },
  },
};

const recall = (schedule: { stability: number }) => Math.min(1, schedule.stability / 40);

function report(extra: { range?: 'month' | 'all'; examDays?: Record<string, number> } = {}): StatsReport {
  return statsReport(
    input,
    {
      range: extra.range ?? 'month',
      deckId: null,
      clock: { timeZone: 'UTC', dayStartHour: 4 },
      now: Date.parse(at(4, 20)),
      examDays: extra.examDays ?? {},
      desiredRetention: 0.9,
      forecastDays: 14,
    },
    recall,
  );
}

const languages: Language[] = ['zh', 'en'];

/** A dataset's y values (bars and lines given as {x, y} points or as plain numbers). */
function ys(dataset: ChartDataset | undefined): (number | null)[] {
  return (dataset?.data ?? []).map((point) =>
    typeof point === 'object' && point !== null && 'y' in point
      ? (point.y as number)
      : (point as number | null),
  );
}

function datasets(view: ChartView): ChartDataset[] {
  return (view.config?.data.datasets ?? []) as ChartDataset[];
}

/** No English word in a Chinese table's headings (units and codes such as % or PNG aside). */
function expectChineseColumns(view: ChartView): void {
  for (const column of view.table.columns) expect(column).not.toMatch(/[a-z]{3,}/);
}

describe('reviews per day', () => {
  it('stacks each kind by day; the table lists the days with reviews, with totals and minutes', () => {
    const view = reviewsChart(report(), 'en');
    expect(datasets(view).map((dataset) => dataset.label)).toEqual([
      'Learning',
      'Relearning',
      'Young (under 21 days)',
      'Mature (21 days or more)',
    ]);
    expect(view.table.rows).toEqual([
      // Date, learning, relearning, young, mature, total, minutes
      ['2026-12-01', 1, 0, 0, 1, 2, 1.5],
      ['2026-12-02', 0, 0, 1, 0, 1, 0.5],
      ['2026-12-04', 0, 1, 0, 1, 2, 1],
    ]);
    // The chart's day bars sum to the table's totals; a day without reviews has no bar.
    const perDay = new Map<number, number>();
    for (const dataset of datasets(view))
      for (const point of dataset.data as { x: number; y: number }[])
        perDay.set(point.x, (perDay.get(point.x) ?? 0) + point.y);
    expect([1, 2, 3, 4].map((day) => perDay.get(dayTime(december(day))))).toEqual([2, 1, undefined, 2]);
    expect(view.summary).toBe('5 reviews, 3 minutes');
  });

  it('speaks Chinese', () => {
    const view = reviewsChart(report(), 'zh');
    expectChineseColumns(view);
    expect(view.summary).toBe('共复习 5 次，用时 3 分钟');
    expect(datasets(view)[0]!.label).toBe('学习');
  });
});

describe('future due', () => {
  it('stacks the days ahead by kind and marks each exam day in the chart and the table', () => {
    for (const language of languages) {
      const view = forecastChart(report({ examDays: { hw: december(10) } }), language);
      const exam = language === 'zh' ? '考试' : 'Exam';
      expect(view.table.rows).toEqual([
        // Card c (learning) is due today; a is young on the 5th, b mature on the 6th.
        ['2026-12-04', 1, 0, 0, 1],
        ['2026-12-05', 0, 1, 0, 1],
        ['2026-12-06', 0, 0, 1, 1],
        [`2026-12-10 (${exam})`, 0, 0, 0, 0],
      ]);
      const marker = datasets(view).at(-1)!;
      expect(marker.label).toBe(exam);
      expect((marker.data as { x: number }[]).map((point) => point.x)).toEqual([dayTime(december(10))]);
    }
  });

  it('has no marker without an exam ahead', () => {
    const view = forecastChart(report(), 'en');
    expect(datasets(view).map((dataset) => dataset.label)).not.toContain('Exam');
    expect(view.table.rows.some((row) => String(row[0]).includes('Exam'))).toBe(false);
  });
});

describe('the calendar heatmap', () => {
  it('starts at the first study day’s week, not at the month’s start, and lists the days studied', () => {
    const view = calendarChart(report(), 'en');
    const cells = datasets(view)[0]!.data as unknown as {
      x: number;
      y: number;
      day: number;
      count: number;
    }[];
    // 2026-12-01 is a Tuesday: the grid starts on that week's Monday, 30 November, not on 5 November.
    expect(cells[0]).toMatchObject({ x: 0, y: 0, day: december(1) - 1, count: 0 });
    // Reviews, attempts and drills all count as studying: 2 + 1 on the 1st, 1 + 1 + 1 on the 2nd…
    expect(cells.map((cell) => cell.count)).toEqual([0, 3, 3, 1, 3]);
    expect(cells.at(-1)).toMatchObject({ x: 0, y: 4, day: december(4) });
    expect(view.table.rows).toEqual([
      ['2026-12-01', 3],
      ['2026-12-02', 3],
      ['2026-12-03', 1],
      ['2026-12-04', 3],
    ]);
    expect(view.summary).toBe('Streak: 4 days now, 4 days at most; 4 days studied');
    expect(calendarChart(report(), 'zh').summary).toBe('连续学习天数：当前 4 天，最长 4 天；共学习 4 天');
  });
});

describe('true retention', () => {
  it('draws the young and mature rates the table shows', () => {
    const view = retentionChart(report(), 'en');
    const all = view.table.rows.find((row) => row[0] === 'All time')!;
    // Long-term reviews: young 1 passed; mature 1 failed (the Again on the 1st), 1 passed.
    expect(all).toEqual(['All time', '100.0%', '50.0%', '66.7%', 2, 1]);
    const [young, mature] = datasets(view);
    expect([ys(young).at(-1), ys(mature).at(-1)]).toEqual([100, 50]);
    // Today: one mature pass (b, 40 days), no young long-term review: no young bar.
    expect([ys(young)[0], ys(mature)[0]]).toEqual([null, 100]);
    expectChineseColumns(retentionChart(report(), 'zh'));
  });
});

describe('accuracy by topic', () => {
  it('one line per topic, weakest first, its points the table’s accuracy', () => {
    const view = topicsChart(report(), 'en');
    expect(view.table.rows).toEqual([
      ['Inception / GoogLeNet', '0.0%', 0, 1],
      ['Pooling', '66.7%', 2, 3],
      ['Convolution', '71.4%', 5, 7],
    ]);
    expect(datasets(view).map((dataset) => dataset.label)).toEqual(view.table.rows.map((row) => row[0]));
    expect(ys(datasets(view)[0])).toEqual([0]);
    expect(topicsChart(report(), 'zh').table.rows.map((row) => row[0])).toContain('卷积');
  });
});

describe('drill scores', () => {
  it('a point per drill, exam mode marked by its own shape and colour, the share in the table', () => {
    const view = drillsChart(report(), 'en');
    expect(view.table.rows).toEqual([
      ['2026-12-02', '3/7', '42.9%', 'Exam mode'],
      ['2026-12-04', '7/7', '100%', 'Practice (no timer)'],
    ]);
    expect(view.summary).toBe('2 drills, the latest 7/7');
    const [line, exams] = datasets(view);
    expect(ys(line)).toEqual([42.9, 100]);
    expect(ys(exams)).toEqual([42.9]);
    expect(exams!.label).toBe('Exam mode');
    expect(exams!.backgroundColor).toBe(palette.vermillion);
    const chinese = drillsChart(report(), 'zh');
    expect(chinese.table.rows[0]![3]).toBe('考试模式');
    expect(chinese.summary).toBe('共 2 次练习，最近一次 7/7');
  });
});

describe('cards: states, intervals, difficulty', () => {
  it('counts the same in the doughnut and the table', () => {
    const view = statesChart(report(), 'zh');
    expect(view.table.rows).toEqual([
      ['未学习', 1],
      ['学习中', 1],
      ['重新学习', 0],
      ['新近', 1],
      ['成熟', 1],
      ['已暂停', 0],
    ]);
    expect(ys(datasets(view)[0])).toEqual(view.table.rows.map((row) => row[1]));
    expect(view.config?.data.labels).toEqual(view.table.rows.map((row) => row[0]));
  });

  it('bins intervals and difficulty, labels as in the table', () => {
    const intervals = intervalsChart(report(), 'en');
    expect(intervals.table.rows.filter((row) => row[1] !== 0)).toEqual([
      ['2–3', 1],
      ['22–30', 1],
    ]);
    expect(intervals.table.columns).toEqual(['Interval (days)', 'Cards']);
    const difficulty = difficultyChart(report(), 'en');
    // Difficulties 3, 8 and 5 → (D − 1) / 9: 22 %, 78 %, 44 %.
    expect(difficulty.table.rows.filter((row) => row[1] !== 0)).toEqual([
      ['20–30%', 1],
      ['40–50%', 1],
      ['70–80%', 1],
    ]);
    for (const view of [intervals, difficulty]) {
      expect(ys(datasets(view)[0])).toEqual(view.table.rows.map((row) => row[1]));
      expect(view.config?.data.labels).toEqual(view.table.rows.map((row) => row[0]));
    }
    expect(intervalsChart(report(), 'zh').table.columns).toEqual(['间隔（天）', '卡片数']);
  });
});

describe('mistakes by type', () => {
  it('stacks each mistake per bucket; the table has its total and its buckets', () => {
    const view = mistakesChart(report(), 'en');
    const titles = view.table.rows.map((row) => row[0]);
    expect(titles).toEqual(['Bias forgotten', 'Branch left out', 'Bottleneck layers left out']);
    expect(view.table.rows.map((row) => row[1])).toEqual([1, 1, 1]);
    // The month's buckets are days: the bias on the 1st, the Inception mistakes on the 3rd.
    const bias = view.table.rows[0]!;
    const firstBucket = view.table.columns.indexOf('2026-12-01');
    expect(bias[firstBucket]).toBe(1);
    for (const [index, dataset] of datasets(view).entries())
      expect(ys(dataset)).toEqual(view.table.rows[index]!.slice(2));
  });

  it('draws five mistakes and one grey bar for the rest; the table keeps every one', () => {
    const many = mistakeCodes
      .slice(0, 8)
      .map((code, index) => attempt('conv-params', at(1 + (index % 3)), 0, [[code]]));
    const view = mistakesChart(
      statsReport(
        { ...input, attempts: many },
        {
          range: 'month',
          deckId: null,
          clock: { timeZone: 'UTC', dayStartHour: 4 },
          now: Date.parse(at(4, 20)),
          examDays: {},
          desiredRetention: 0.9,
          forecastDays: 14,
        },
        recall,
      ),
      'zh',
    );
    expect(view.table.rows).toHaveLength(8);
    const drawn = datasets(view);
    expect(drawn).toHaveLength(6);
    expect(drawn.at(-1)).toMatchObject({ label: '其他错因', backgroundColor: palette.grey });
    const rest = view.table.rows.slice(5);
    const restPerBucket = ys(drawn.at(-1)).map((_, bucket) =>
      rest.reduce((sum, row) => sum + (row[2 + bucket] as number), 0),
    );
    expect(ys(drawn.at(-1))).toEqual(restPerBucket);
    expect(new Set(drawn.map((dataset) => dataset.backgroundColor)).size).toBe(6);
  });
});

describe('mastery per problem type', () => {
  const title = (id: string) =>
    id === 'inception' ? 'An Inception module’s compute with 1×1 bottlenecks' : 'Convolution parameters';

  it('the mean credit of the latest attempts, weakest first, long titles wrapped on the axis', () => {
    const view = masteryChart(report(), 'en', title);
    expect(view.table.rows).toEqual([
      ['An Inception module’s compute with 1×1 bottlenecks', '0.0%', '0.0%', 1],
      ['Convolution parameters', '75.0%', '100.0%', 2],
    ]);
    expect(ys(datasets(view)[0])).toEqual([0, 75]);
    const labels = view.config?.data.labels as string[][];
    expect(labels[0]).toEqual(['An Inception module’s', 'compute with 1×1', 'bottlenecks']);
    expect(labels.map((lines) => lines.join(' '))).toEqual(view.table.rows.map((row) => row[0]));
  });
});

describe('predicted recall on the exam day', () => {
  it('is empty, saying how to get it, until an exam date is set', () => {
    expect(examRecallChart(report(), 'en').empty).toBe(true);
  });

  it('per topic, the chart’s bars the table’s recall', () => {
    const view = examRecallChart(report({ examDays: { hw: december(10) } }), 'en');
    // recall = stability / 40: a 3/40, b 30/40, c 0 (learning, stability 0), d new = 0.
    // Weakest first: init (d only), pooling (b 0.75, c 0), convolution (a 0.075, b 0.75).
    expect(view.table.rows).toEqual([
      ['Initialization', '0.0%', 1, 1],
      ['Pooling', '37.5%', 2, 2],
      ['Convolution', '41.3%', 2, 2],
    ]);
    expect(ys(datasets(view)[0])).toEqual(view.table.rows.map((row) => parseFloat(row[1] as string)));
    expect(view.summary).toBe('Exam on 10 December');
    expect(examRecallChart(report({ examDays: { hw: december(10) } }), 'zh').summary).toBe(
      '考试日期：12月10日',
    );
  });
});

describe('wrapLabel', () => {
  it('breaks English between words and Chinese between characters, Latin words whole', () => {
    expect(wrapLabel('Convolution output size')).toEqual(['Convolution output size']);
    expect(wrapLabel('The Sigmoid derivative and one backprop step', 20)).toEqual([
      'The Sigmoid',
      'derivative and one',
      'backprop step',
    ]);
    expect(wrapLabel('Inception 模块与 1×1 瓶颈层的计算量', 20)).toEqual([
      'Inception 模块与 1×1',
      '瓶颈层的计算量',
    ]);
    // A word longer than a line keeps its own line, whole.
    expect(wrapLabel('a Backpropagation step', 8)).toEqual(['a', 'Backpropagation', 'step']);
  });
});
