// The matrix chart type's declarations (its registration is in lib/charts).
import type { ScriptableContext } from 'chart.js';
import type {} from 'chartjs-chart-matrix';
import type { Language } from '../../../shared/deck/localized-text.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { type ChartView } from './chart-view.ts';
import { heatShades } from '../../lib/charts/palette.ts';

/** The shade of a day: four steps up to the busiest day, so a light day still shows. */
export function heatShade(count: number, busiest: number): string {
  const step = Math.min(
    heatShades.length - 1,
    Math.floor((count / Math.max(busiest, 1)) * heatShades.length),
  );
  return heatShades[Math.max(0, step)]!;
}

/** Monday-first weekday (0–6) and the week's index from the first shown Monday, for the heatmap's grid. */
function cell(day: number, firstMonday: number) {
  return { x: Math.floor((day - firstMonday) / 7), y: (((day + 3) % 7) + 7) % 7 };
}

/** The Monday of a day's week: 1970-01-01 (day 0) was a Thursday, so (day + 3) % 7 is 0 on Mondays. */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * The calendar heatmap (chartjs-chart-matrix): one square per day, a column per week, Monday at the top, from
 * the week of the first study day or the range's start, whichever is later (no empty weeks before a student
 * began); the table lists the days studied. The summary states the streaks.
 */
export function calendarChart(report: StatsReport, language: Language): ChartView {
  const { calendar, today } = report;
  const firstStudied = calendar.days[0]?.day ?? today;
  const first = Math.max(report.first, mondayOf(firstStudied));
  const firstMonday = mondayOf(first);
  const counts = new Map(calendar.days.map((entry) => [entry.day, entry.count]));
  const busiest = Math.max(
    0,
    ...calendar.days.filter((entry) => entry.day >= first).map((entry) => entry.count),
  );
  const cells: { x: number; y: number; day: number; count: number }[] = [];
  for (let day = first; day <= today; day++)
    cells.push({ ...cell(day, firstMonday), day, count: counts.get(day) ?? 0 });
  const shown = calendar.days.filter((entry) => entry.day >= first && entry.day <= today);
  return {
    empty: shown.length === 0,
    summary: words.streak[language]
      .replace('{current}', String(calendar.currentStreak))
      .replace('{longest}', String(calendar.longestStreak))
      .replace('{days}', String(calendar.daysStudied)),
    table: {
      columns: [words.columns.day[language], words.columns.count[language]],
      rows: shown.map((entry) => [isoDay(entry.day), entry.count]),
    },
    config: {
      type: 'matrix',
      data: {
        datasets: [
          {
            label: words.charts.calendar.title[language],
            data: cells,
            backgroundColor: (context: ScriptableContext<'matrix'>) => {
              const raw = context.raw as { count: number } | undefined;
              return raw && raw.count > 0 ? heatShade(raw.count, busiest) : '#f0f1f5';
            },
            borderWidth: 1,
            borderColor: '#ffffff',
            width: ({ chart }) => Math.max(4, (chart.chartArea?.width ?? 600) / (cells.at(-1)!.x + 1) - 2),
            height: ({ chart }) => Math.max(4, (chart.chartArea?.height ?? 120) / 7 - 2),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: () => '',
              label: (context) => {
                const raw = context.raw as { day: number; count: number };
                return `${isoDay(raw.day)}: ${raw.count}`;
              },
            },
          },
        },
        scales: {
          x: { type: 'linear', offset: true, display: false, min: -0.5, max: cells.at(-1)!.x + 0.5 },
          y: { type: 'linear', offset: true, reverse: true, display: false, min: -0.5, max: 6.5 },
        },
      },
    },
  };
}
