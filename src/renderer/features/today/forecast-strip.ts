import type { Forecast, ForecastDay } from '../../../shared/stats/forecast.ts';
import { kindColours } from '../../lib/charts/palette.ts';

/** The kinds stacked in a day's bar, bottom up, in the Stats screen's colours (lib/charts/palette.ts). */
export const stripKinds = ['mature', 'young', 'learning'] as const;

/** One coloured piece of a day's bar, in the SVG's own units. */
export interface StripPiece {
  kind: (typeof stripKinds)[number];
  colour: string;
  y: number;
  height: number;
}

/** One day of the small forecast: its cards, its bar's pieces, and whether an exam falls on it. */
export interface StripDay {
  day: number;
  total: number;
  x: number;
  width: number;
  pieces: StripPiece[];
  exam: boolean;
}

export interface ForecastStrip {
  days: StripDay[];
  /** Cards due today (overdue ones included), tomorrow, and over the days shown. */
  today: number;
  tomorrow: number;
  total: number;
}

const dueOn = (entry: ForecastDay) => entry.learning + entry.young + entry.mature;

/**
 * Today's small forecast, from the Stats screen's aggregation (src/shared/stats/forecast.ts): a bar per day in
 * a `width` × `height` box, stacked by kind, heights in proportion to the busiest day; exam days flagged.
 */
export function forecastStrip(forecast: Forecast, width: number, height: number): ForecastStrip {
  const busiest = Math.max(1, ...forecast.days.map(dueOn));
  const slot = forecast.days.length === 0 ? 0 : width / forecast.days.length;
  const gap = Math.min(3, slot * 0.25);
  const days = forecast.days.map((entry, index): StripDay => {
    let top = height;
    const pieces = stripKinds
      .filter((kind) => entry[kind] > 0)
      .map((kind): StripPiece => {
        const pieceHeight = (entry[kind] / busiest) * height;
        top -= pieceHeight;
        return { kind, colour: kindColours[kind], y: top, height: pieceHeight };
      });
    return {
      day: entry.day,
      total: dueOn(entry),
      x: index * slot + gap / 2,
      width: slot - gap,
      pieces,
      exam: forecast.examDays.includes(entry.day),
    };
  });
  return {
    days,
    today: days[0]?.total ?? 0,
    tomorrow: days[1]?.total ?? 0,
    total: days.reduce((sum, entry) => sum + entry.total, 0),
  };
}
