import type { Language } from '../../../shared/deck/localized-text.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, dayText, dayTime, timeFormats, type ChartView } from './chart-view.ts';
import { kindColours, palette } from './palette.ts';

const kinds = ['learning', 'young', 'mature'] as const;

/** Future due (Anki's "Future due"), stacked by kind; the exam day drawn as a bar of its own colour. */
export function forecastChart(report: StatsReport, language: Language): ChartView {
  const { days, examDay } = report.forecast;
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
        .filter((entry) => total(entry) > 0 || entry.day === examDay)
        .map((entry) => [
          entry.day === examDay
            ? `${dayText(entry.day)} (${words.columns.exam[language]})`
            : dayText(entry.day),
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
          ...(examDay === null
            ? []
            : [
                {
                  label: words.columns.exam[language],
                  backgroundColor: palette.purple,
                  data: [{ x: dayTime(examDay), y: busiest }],
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
