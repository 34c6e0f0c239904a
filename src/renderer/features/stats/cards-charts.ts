import type { Language } from '../../../shared/deck/localized-text.ts';
import type { Bin, CardStateCounts } from '../../../shared/stats/card-states.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { statsMessages as words } from './messages.ts';
import { type ChartView } from './chart-view.ts';
import { kindColours, palette } from '../../lib/charts/palette.ts';

const stateOrder: readonly (keyof CardStateCounts)[] = [
  'new',
  'learning',
  'relearning',
  'young',
  'mature',
  'suspended',
];

/** Card counts by state (Anki's "Card counts"), as a doughnut. */
export function statesChart(report: StatsReport, language: Language): ChartView {
  const counts = report.states;
  const total = stateOrder.reduce((sum, state) => sum + counts[state], 0);
  return {
    empty: total === 0,
    summary: null,
    table: {
      columns: [words.columns.state[language], words.columns.cards[language]],
      rows: stateOrder.map((state) => [words.states[state][language], counts[state]]),
    },
    config: {
      type: 'doughnut',
      data: {
        labels: stateOrder.map((state) => words.states[state][language]),
        datasets: [
          {
            data: stateOrder.map((state) => counts[state]),
            backgroundColor: stateOrder.map((state) => kindColours[state]),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'right' } },
      },
    },
  };
}

function binLabel(bin: Bin, unit: 'days' | 'percent'): string {
  if (unit === 'percent') return `${bin.from}–${bin.to}%`;
  if (bin.to === Number.POSITIVE_INFINITY) return `${bin.from}+`;
  return bin.to - bin.from === 1 ? String(bin.from) : `${bin.from}–${bin.to - 1}`;
}

function binsChart(bins: Bin[], unit: 'days' | 'percent', column: string, language: Language): ChartView {
  const labels = bins.map((bin) => binLabel(bin, unit));
  return {
    empty: bins.every((bin) => bin.count === 0),
    summary: null,
    table: {
      columns: [column, words.columns.cards[language]],
      rows: bins.map((bin, index) => [labels[index]!, bin.count]),
    },
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: words.columns.cards[language],
            data: bins.map((bin) => bin.count),
            backgroundColor: palette.blue,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { title: { display: true, text: column } }, y: { beginAtZero: true } },
      },
    },
  };
}

/** Review intervals (Anki's "Review intervals"), in the bins of card-states.ts. */
export function intervalsChart(report: StatsReport, language: Language): ChartView {
  return binsChart(report.intervals, 'days', words.columns.interval[language], language);
}

/** FSRS difficulty in tens of percent (Anki's "Card difficulty"). */
export function difficultyChart(report: StatsReport, language: Language): ChartView {
  return binsChart(report.difficulty, 'percent', words.columns.difficulty[language], language);
}
