import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

/**
 * Chart.js with only what the Stats screen draws registered (tree-shaken: bars, lines, a doughnut, the
 * calendar's matrix, time and category axes), and the date-fns adapter for time axes. Imported by the Stats
 * screen only, so the first screen's script does not carry it.
 */
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  MatrixController,
  MatrixElement,
);

Chart.defaults.font.family =
  getComputedStyle(document.documentElement).getPropertyValue('--font-body') || undefined;

export { Chart };
