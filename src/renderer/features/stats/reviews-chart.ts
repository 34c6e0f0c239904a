import type { Language } from '../../../shared/deck/localized-text.ts';
import { reviewKinds } from '../../../shared/stats/review-kind.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, dayTime, timeFormats, type ChartView } from './chart-view.ts';
import { kindColours } from '../../lib/charts/palette.ts';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** Reviews per day, stacked by kind (Anki's "Reviews"), with the time spent per day in the table. */
export function reviewsChart(report: StatsReport, language: Language): ChartView {
  const { days, total, totalTimeMs } = report.reviews;
  const table = {
    columns: [
      words.columns.day[language],
      ...reviewKinds.map((kind) => words.kinds[kind][language]),
      words.columns.total[language],
      words.columns.minutes[language],
    ],
    rows: days
      .filter((day) => reviewKinds.some((kind) => day.counts[kind] > 0))
      .map((day) => [
        isoDay(day.day),
        ...reviewKinds.map((kind) => day.counts[kind]),
        reviewKinds.reduce((sum, kind) => sum + day.counts[kind], 0),
        minutes(reviewKinds.reduce((sum, kind) => sum + day.timeMs[kind], 0)),
      ]),
  };
  return {
    empty: total === 0,
    summary: words.reviewsSummary[language]
      .replace('{count}', total.toLocaleString('en-US'))
      .replace('{minutes}', String(Math.round(totalTimeMs / 60_000))),
    table,
    config: {
      type: 'bar',
      data: {
        datasets: reviewKinds.map((kind) => ({
          label: words.kinds[kind][language],
          backgroundColor: kindColours[kind],
          // A bar only where there were reviews: a year's empty days and kinds would be a thousand bars of nothing.
          data: days
            .filter((day) => day.counts[kind] > 0)
            .map((day) => ({ x: dayTime(day.day), y: day.counts[kind] })),
          stack: 'reviews',
        })),
      },
      options: {
        ...baseOptions,
        scales: {
          x: {
            type: 'time',
            stacked: true,
            time: {
              // The smallest unit whose ticks fit (not one per day): a year of daily ticks is a long task.
              minUnit: 'day',
              displayFormats: timeFormats(language),
              tooltipFormat: timeFormats(language).tooltipFormat,
            },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            title: { display: true, text: words.columns.reviews[language] },
          },
        },
      },
    },
  };
}
