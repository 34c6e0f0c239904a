import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ScoreLine from '../../../src/renderer/features/drill/ScoreLine.svelte';
import { scoreLine } from '../../../src/renderer/features/drill/score-line.ts';
import { palette } from '../../../src/renderer/lib/charts/palette.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import type { DrillResult } from '../../../src/shared/drill/result.ts';
import type { DrillScore } from '../../../src/shared/stats/drill-scores.ts';

const score = (
  sessionId: string,
  finishedAt: number,
  right: number,
  mode: DrillScore['mode'],
): DrillScore => ({
  sessionId,
  finishedAt,
  day: 0,
  score: right,
  total: 4,
  share: right / 4,
  mode,
});

describe('scoreLine: the drill history’s line', () => {
  it('spaces the drills evenly, oldest left, 100% at the top, exam mode in the Stats colour', () => {
    const line = scoreLine(
      [score('a', 1, 1, 'exam'), score('b', 2, 4, 'practice'), score('c', 3, 2, 'per-question')],
      108,
      58,
    );
    expect(line.points.map((point) => [point.x, point.y, point.percent, point.colour])).toEqual([
      [4, 41.5, 25, palette.vermillion],
      [54, 4, 100, palette.blue],
      [104, 29, 50, palette.blue],
    ]);
    expect(line.path).toBe('4.0,41.5 54.0,4.0 104.0,29.0');
  });

  it('shows only the latest 30', () => {
    const many = Array.from({ length: 35 }, (_, index) => score(`s${index}`, index, index % 5, 'exam'));
    const line = scoreLine(many, 300, 100);
    expect(line.points).toHaveLength(30);
    expect(line.points[0]!.sessionId).toBe('s5');
  });
});

const result = (sessionId: string, finishedAt: number, right: number): DrillResult =>
  ({
    sessionId,
    config: { mode: { kind: 'exam', limitMs: 600_000 }, deckId: 'hw' },
    startedAt: finishedAt - 60_000,
    finishedAt,
    totalMs: 60_000,
    finishReason: 'submitted',
    score: right,
    total: 7,
    questions: [],
  }) as unknown as DrillResult;

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('ScoreLine', () => {
  it('asks for one more drill while there is one', () => {
    render(ScoreLine, { props: { results: [result('a', 1000, 3)], dateText: String } });
    expect(screen.getByTestId('score-line-empty').textContent).toBe(
      '再完成一次练习，这里就会画出成绩的走势。',
    );
  });

  it('draws a dot per drill (newest first in the store), each named with its score, in English', () => {
    locale.current = 'en';
    render(ScoreLine, {
      props: {
        results: [result('b', 2000, 7), result('a', 1000, 3)],
        dateText: (time: number) => `t${time}`,
      },
    });
    const dots = screen.getAllByTestId('score-point');
    expect(dots.map((dot) => dot.textContent?.trim())).toEqual([
      't1000: 3 / 7 (43%), Exam mode',
      't2000: 7 / 7 (100%), Exam mode',
    ]);
    expect(screen.getByRole('heading').textContent).toBe('Scores of the last 2 drills');
  });
});
