import type { Language } from '../../../shared/deck/localized-text.ts';
import { topicLabel } from '../../../shared/deck/topics.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, dayTime, percentText, timeFormats, type ChartView } from './chart-view.ts';
import { seriesColour } from '../../lib/charts/palette.ts';

/** Lines drawn: the weakest topics (the table lists every one). */
const shownTopics = 6;

/** Accuracy by topic over time, one line per topic (weakest first), a point per bucket with answers. */
export function topicsChart(report: StatsReport, language: Language): ChartView {
  const topics = report.topics;
  return {
    empty: topics.length === 0,
    summary: null,
    table: {
      columns: [
        words.columns.topic[language],
        words.columns.accuracy[language],
        words.columns.right[language],
        words.columns.total[language],
      ],
      rows: topics.map((topic) => [
        topicLabel(topic.tag)[language],
        percentText(topic.right / topic.total),
        topic.right,
        topic.total,
      ]),
    },
    config: {
      type: 'line',
      data: {
        datasets: topics.slice(0, shownTopics).map((topic, index) => ({
          label: topicLabel(topic.tag)[language],
          borderColor: seriesColour(index),
          backgroundColor: seriesColour(index),
          spanGaps: true,
          data: topic.points
            .filter((point) => point.total > 0)
            .map((point) => ({
              x: dayTime(point.day),
              y: Math.round((point.right / point.total) * 1000) / 10,
            })),
        })),
      },
      options: {
        ...baseOptions,
        scales: {
          x: {
            type: 'time',
            time: {
              minUnit: report.bucketDays >= 30 ? 'month' : 'day',
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
