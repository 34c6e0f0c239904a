import type { Language } from '../../../shared/deck/localized-text.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, dayTime, timeFormats, type ChartView } from './chart-view.ts';
import { kindColours, palette } from '../../lib/charts/palette.ts';

const kinds = ['learning', 'young', 'mature'] as const;

/** Future due (Anki's "Future due"), stacked by kind; each exam day drawn as a thin bar of its own colour. */
export function forecastChart(report: StatsReport, language: Language): ChartView {
  const { days, examDays } = report.forecast;
  const isExam = (day: number) => examDays.includes(day);
  const total = (entry: (typeof days)[number]) => kinds.reduce((sum, kind) => sum + entry[kind], 0);
  const busiest = Math.max(1, ...days.map(total));
  return {
    empty: days.every((entry) => total(entry) === 0),
    summary: null,
    table: {
      columns: [
        words.columns.day[language],
        ...kinds.map((kind) => words.kinds[kind][language]),
        words.columns.total[language],
      ],
      rows: days
        .filter((entry) => total(entry) > 0 || isExam(entry.day))
        .map((entry) => [
          isExam(entry.day) ? `${isoDay(entry.day)} (${words.columns.exam[language]})` : isoDay(entry.day),
          ...kinds.map((kind) => entry[kind]),
          total(entry),
        ]),
    },
    config: {
      type: 'bar',
      data: {
        datasets: [
          ...kinds.map((kind) => ({
            label: words.kinds[kind][language],
            backgroundColor: kindColours[kind],
            data: days.map((entry) => ({ x: dayTime(entry.day), y: entry[kind] })),
            stack: 'due',
          })),
          ...(examDays.length === 0
            ? []
            : [
                {
                  label: words.columns.exam[language],
                  backgroundColor: palette.purple,
                  data: examDays.map((day) => ({ x: dayTime(day), y: busiest })),
                  stack: 'exam',
                  barPercentage: 0.3,
                },
              ]),
        ],
      },
      options: {
        ...baseOptions,
        scales: {
          x: {
            type: 'time',
            stacked: true,
            time: {
              unit: 'day',
              displayFormats: timeFormats(language),
              tooltipFormat: timeFormats(language).tooltipFormat,
            },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            title: { display: true, text: words.columns.cards[language] },
          },
        },
      },
    },
  };
}
