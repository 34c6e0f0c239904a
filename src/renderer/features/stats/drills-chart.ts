import type { Language } from '../../../shared/deck/localized-text.ts';
import { drillMessages } from '../../../shared/drill/messages.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, timeFormats, type ChartView } from './chart-view.ts';
import { palette } from '../../lib/charts/palette.ts';

/** Drill scores over time: one point per finished drill (its share right), exam-mode drills marked. */
export function drillsChart(report: StatsReport, language: Language): ChartView {
  const drills = report.drills;
  return {
    empty: drills.length === 0,
    summary: null,
    table: {
      columns: [
        words.columns.day[language],
        words.columns.score[language],
        words.columns.accuracy[language],
        words.columns.mode[language],
      ],
      rows: drills.map((drill) => [
        isoDay(drill.day),
        `${drill.score}/${drill.total}`,
        `${Math.round(drill.share * 1000) / 10}%`,
        drillMessages.modes[drill.mode][language],
      ]),
    },
    config: {
      type: 'line',
      data: {
        datasets: [
          {
            label: words.columns.score[language],
            borderColor: palette.blue,
            backgroundColor: drills.map((drill) =>
              drill.mode === 'exam' ? palette.vermillion : palette.blue,
            ),
            pointRadius: 4,
            data: drills.map((drill) => ({ x: drill.finishedAt, y: Math.round(drill.share * 1000) / 10 })),
          },
        ],
      },
      options: {
        ...baseOptions,
        plugins: { legend: { display: false } },
        scales: {
          x: {
            type: 'time',
            time: {
              // The smallest unit whose ticks fit (not one per day): a year of daily ticks is a long task.
              minUnit: 'day',
              displayFormats: timeFormats(language),
              tooltipFormat: timeFormats(language).tooltipFormat,
            },
          },
          y: { min: 0, max: 100, title: { display: true, text: `${words.columns.accuracy[language]} (%)` } },
        },
      },
    },
  };
}
