import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart.ts';

const day = 86_400_000;
const bottomLegend = { legend: { position: 'bottom' } } as const;
/** Two days' points on a time axis. */
const points = [
  { x: 0, y: 1 },
  { x: day, y: 2 },
];

/**
 * One small chart of each kind the Stats screen draws, drawn off screen and never shown, the simplest first so
 * that each compiles a part of Chart.js: a doughnut (no axes), bars on a category axis, a line and stacked bars
 * over a time axis (date-fns formats included), the calendar's matrix.
 */
const warmUpConfigs: ChartConfiguration[] = [
  { type: 'doughnut', data: { labels: ['a', 'b'], datasets: [{ data: [1, 2] }] } },
  {
    type: 'bar',
    data: { labels: ['a', 'b'], datasets: [{ label: 'a', data: [1, 2] }] },
    options: { indexAxis: 'y', plugins: bottomLegend },
  },
  {
    type: 'line',
    data: { datasets: [{ label: 'a', data: points }] },
    options: { plugins: bottomLegend, scales: { x: { type: 'time', time: { unit: 'day' } } } },
  },
  {
    type: 'bar',
    data: {
      datasets: [
        { label: 'a', data: points, stack: 's' },
        { label: 'b', data: points, stack: 's' },
      ],
    },
    options: {
      plugins: bottomLegend,
      scales: {
        x: { type: 'time', stacked: true, time: { unit: 'day', displayFormats: { day: 'MMM d' } } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'y' } },
      },
    },
  },
  {
    type: 'matrix',
    data: { datasets: [{ label: 'a', data: [{ x: 0, y: 0 }], width: 4, height: 4 }] },
    options: { scales: { x: { type: 'linear' }, y: { type: 'linear' } } },
  },
];

let warmed = false;

/**
 * Runs Chart.js's code once per page while the Stats screen waits for its first report, one chart kind per idle
 * moment. The first chart a page builds compiles Chart.js's functions and fills its text-measuring caches: on a
 * first opening that made one chart's build a 50 ms task (issue 15: no UI task over 50 ms), paid here in small
 * tasks while the stats worker reads the database. Where the browser has no idle callbacks (tests), nothing runs.
 */
export function warmUpCharts(): void {
  if (warmed || typeof requestIdleCallback !== 'function') return;
  warmed = true;
  for (const config of warmUpConfigs)
    requestIdleCallback(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 300;
      canvas.height = 150;
      const options = { ...config.options, animation: false, responsive: false } as const;
      new Chart(canvas, { ...config, options } as ChartConfiguration).destroy();
    });
}
