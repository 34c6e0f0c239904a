import type { ChartConfiguration } from 'chart.js';
import { dayMs } from '../../../shared/srs/study-day.ts';
import type { Language } from '../../../shared/deck/localized-text.ts';

/** A chart's numbers as a table: what "show as table" shows, what CSV export writes and what e2e tests read. */
export interface StatsTable {
  columns: string[];
  rows: (string | number)[][];
}

/** One chart, built by a pure function from the report: its config, the same numbers as a table, and emptiness. */
export interface ChartView {
  config: ChartConfiguration | null;
  table: StatsTable;
  empty: boolean;
  /** A line under the title (a total, the streak), or null. */
  summary: string | null;
}

/**
 * A study day as a moment on a time axis: noon UTC of the day's calendar date, so the date reads the same in
 * every time zone from UTC−11 to UTC+11 (the day numbers are local dates already).
 */
export function dayTime(day: number): number {
  return day * dayMs + dayMs / 2;
}

/** Tick and tooltip date formats for the time axis (date-fns tokens; CJK characters pass through). */
export function timeFormats(language: Language) {
  return language === 'zh'
    ? { day: 'M月d日', week: 'M月d日', month: 'yyyy年M月', tooltipFormat: 'yyyy年M月d日' }
    : { day: 'MMM d', week: 'MMM d', month: 'MMM yyyy', tooltipFormat: 'MMM d, yyyy' };
}

/** A share (0–1) as a percentage with one decimal, no space before % (GLOSSARY.md). */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

/** A character's width in columns: CJK ideographs and full-width forms take two, as they do on screen. */
function columnsOf(text: string): number {
  let columns = 0;
  for (const character of text) columns += /[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? 2 : 1;
  return columns;
}

/**
 * A category label cut into lines of at most `columns` columns (Chart.js draws an array label as lines), so a
 * long problem type's title is not cut off at the axis. English breaks between words; Chinese between
 * characters, a Latin word or number (Inception, 1×1) kept whole. A word longer than a line gets its own.
 */
export function wrapLabel(text: string, columns = 26): string[] {
  const tokens = text.match(/[A-Za-z0-9×.’'()-]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && columnsOf(line + token.trimEnd()) > columns && token.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
    }
    if (line === '' && token.trim() === '') continue;
    line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The CSV of a table (RFC 4180: quotes doubled, fields with commas, quotes or line breaks quoted). */
export function tableCsv(table: StatsTable): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Shared options: no animation (instant redraw on range changes), responsive, legend at the bottom. */
export const baseOptions = {
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  plugins: { legend: { position: 'bottom' } },
} as const;
