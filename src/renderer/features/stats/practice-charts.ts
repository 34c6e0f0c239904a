import type { Language } from '../../../shared/deck/localized-text.ts';
import { topicLabel } from '../../../shared/deck/topics.ts';
import { dateLabel } from '../../lib/i18n/study-date.ts';
import { mistakeTitles } from '../../../shared/problems/mistake-titles.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { isoDay } from '../../../shared/srs/study-day.ts';
import { statsMessages as words } from './messages.ts';
import { baseOptions, dayTime, percentText, timeFormats, wrapLabel, type ChartView } from './chart-view.ts';
import { palette, seriesColour } from '../../lib/charts/palette.ts';

/**
 * Mistakes drawn one by one: the most frequent; the rest are stacked as one grey "other" bar, since the
 * palette has six colours that colour-blind students tell apart, and two series of one colour would mislead.
 */
const shownMistakes = 5;

/** Mistakes by diagnosis code over time: attempts that made each mistake, stacked per bucket. */
export function mistakesChart(report: StatsReport, language: Language): ChartView {
  const series = report.mistakes;
  const buckets = series[0]?.points.map((point) => point.day) ?? [];
  const rest = series.slice(shownMistakes);
  const drawn = series.slice(0, shownMistakes).map((entry, index) => ({
    label: mistakeTitles[entry.code][language],
    colour: seriesColour(index),
    counts: entry.points.map((point) => point.count),
  }));
  if (rest.length > 0)
    drawn.push({
      label: words.otherMistakes[language],
      colour: palette.grey,
      counts: buckets.map((_, bucket) => rest.reduce((sum, entry) => sum + entry.points[bucket]!.count, 0)),
    });
  return {
    empty: series.length === 0,
    summary: null,
    table: {
      columns: [words.columns.mistake[language], words.columns.total[language], ...buckets.map(isoDay)],
      rows: series.map((entry) => [
        mistakeTitles[entry.code][language],
        entry.total,
        ...entry.points.map((point) => point.count),
      ]),
    },
    config: {
      type: 'bar',
      data: {
        datasets: drawn.map((entry) => ({
          label: entry.label,
          backgroundColor: entry.colour,
          stack: 'mistakes',
          data: entry.counts.map((count, bucket) => ({ x: dayTime(buckets[bucket]!), y: count })),
        })),
      },
      options: {
        ...baseOptions,
        scales: {
          x: {
            type: 'time',
            stacked: true,
            time: {
              minUnit: report.bucketDays >= 30 ? 'month' : 'day',
              displayFormats: timeFormats(language),
              tooltipFormat: timeFormats(language).tooltipFormat,
            },
          },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    },
  };
}

/** Mastery per problem template: the mean credit of the latest attempts, weakest first. */
export function masteryChart(
  report: StatsReport,
  language: Language,
  templateTitle: (id: string) => string,
): ChartView {
  const mastery = report.mastery;
  return {
    empty: mastery.length === 0,
    summary: null,
    table: {
      columns: [
        words.columns.template[language],
        words.columns.recent[language],
        words.columns.latest[language],
        words.columns.attempts[language],
      ],
      rows: mastery.map((entry) => [
        templateTitle(entry.template),
        percentText(entry.recentCredit),
        percentText(entry.latestCredit),
        entry.attempts,
      ]),
    },
    config: {
      type: 'bar',
      data: {
        // Wrapped: an English title is too long for the axis beside the bars.
        labels: mastery.map((entry) => wrapLabel(templateTitle(entry.template))),
        datasets: [
          {
            label: words.columns.recent[language],
            backgroundColor: palette.green,
            data: mastery.map((entry) => Math.round(entry.recentCredit * 1000) / 10),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: '%' } },
          y: { ticks: { autoSkip: false } },
        },
      },
    },
  };
}

/** Predicted recall on the exam morning per topic, weakest first, with the cards under the desired retention. */
export function examRecallChart(report: StatsReport, language: Language): ChartView {
  const topics = report.examRecall ?? [];
  const dates = [...new Set(report.exams.map((exam) => exam.day))].map((day) => dateLabel(day, language));
  return {
    empty: report.examRecall === null || topics.length === 0,
    summary:
      dates.length === 0
        ? null
        : words.examOn[language].replace('{dates}', dates.join(language === 'zh' ? '、' : ', ')),
    table: {
      columns: [
        words.columns.topic[language],
        words.columns.recall[language],
        words.columns.cards[language],
        words.columns.atRisk[language],
      ],
      rows: topics.map((topic) => [
        topicLabel(topic.tag)[language],
        percentText(topic.meanRecall),
        topic.cards,
        topic.atRisk,
      ]),
    },
    config: {
      type: 'bar',
      data: {
        labels: topics.map((topic) => topicLabel(topic.tag)[language]),
        datasets: [
          {
            label: words.columns.recall[language],
            backgroundColor: palette.blue,
            data: topics.map((topic) => Math.round(topic.meanRecall * 1000) / 10),
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100, title: { display: true, text: '%' } } },
      },
    },
  };
}
