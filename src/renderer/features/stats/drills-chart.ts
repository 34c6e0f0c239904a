import type { Language } from '../../../shared/deck/localized-text.ts';
import { drillMessages } from '../../../shared/drill/messages.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, timeFormats, type ChartView } from './chart-view.ts';
import { palette } from '../../lib/charts/palette.ts';

/**
 * Drill scores over time: one point per finished drill (its share right), joined by a line; exam-mode drills
 * marked again by a second, legended set of points whose shape differs as well as its colour (a student who
 * does not tell the colours apart still sees which were exams). The summary says how many and the latest.
 */
export function drillsChart(report: StatsReport, language: Language): ChartView {
  const drills = report.drills;
  const share = (drill: (typeof drills)[number]) => Math.round(drill.share * 1000) / 10;
  const latest = drills.at(-1);
  return {
    empty: drills.length === 0,
    summary: latest
      ? words.drillsSummary[language]
          .replace('{count}', String(drills.length))
          .replace('{score}', `${latest.score}/${latest.total}`)
      : null,
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
        `${share(drill)}%`,
        drillMessages.modes[drill.mode][language],
      ]),
    },
    config: {
      type: 'line',
      data: {
        datasets: [
          {
            label: words.allDrills[language],
            borderColor: palette.blue,
            backgroundColor: palette.blue,
            pointRadius: 3,
            data: drills.map((drill) => ({ x: drill.finishedAt, y: share(drill) })),
          },
          {
            label: drillMessages.modes.exam[language],
            showLine: false,
            pointStyle: 'rectRot',
            pointRadius: 6,
            borderColor: palette.vermillion,
            backgroundColor: palette.vermillion,
            data: drills
              .filter((drill) => drill.mode === 'exam')
              .map((drill) => ({ x: drill.finishedAt, y: share(drill) })),
          },
        ],
      },
      options: {
        ...baseOptions,
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
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
          y: { min: 0, max: 100, title: { display: true, text: words.accuracyAxis[language] } },
        },
      },
    },
  };
}
