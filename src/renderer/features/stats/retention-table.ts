import type { Language } from '../../../shared/deck/localized-text.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { statsMessages as words } from './messages.ts';
import { percentText, type ChartView } from './chart-view.ts';

/**
 * True retention is a table in Anki too (periods by young, mature and total pass rates); here it is also
 * drawn as grouped bars of the rates.
 */
export function retentionChart(report: StatsReport, language: Language): ChartView {
  const rows = report.retention;
  return {
    empty: rows.every((row) => row.total.rate === null),
    summary: null,
    table: {
      columns: [
        words.columns.period[language],
        words.columns.youngRate[language],
        words.columns.matureRate[language],
        words.columns.totalRate[language],
        words.columns.passed[language],
        words.columns.failed[language],
      ],
      rows: rows.map((row) => [
        words.periods[row.period][language],
        percentText(row.young.rate),
        percentText(row.mature.rate),
        percentText(row.total.rate),
        row.total.passed,
        row.total.failed,
      ]),
    },
    config: {
      type: 'bar',
      data: {
        labels: rows.map((row) => words.periods[row.period][language]),
        datasets: (['young', 'mature'] as const).map((kind) => ({
          label: words.kinds[kind][language],
          backgroundColor: kind === 'young' ? '#56B4E9' : '#0072B2',
          data: rows.map((row) => (row[kind].rate === null ? null : Math.round(row[kind].rate! * 1000) / 10)),
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } },
      },
    },
  };
}
