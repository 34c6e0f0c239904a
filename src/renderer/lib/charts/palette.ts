/**
 * Colours that stay apart for colour-blind students and in greyscale print: the Okabe–Ito palette (Okabe & Ito,
 * "Color Universal Design", 2008), the same colour for the same meaning in every chart.
 */
export const palette = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#7F7F7F',
} as const;

/** Review kinds and card states: learning warm, long-term review cool, darker as memory matures. */
export const kindColours = {
  learning: palette.orange,
  relearning: palette.vermillion,
  young: palette.sky,
  mature: palette.blue,
  new: palette.grey,
  suspended: palette.yellow,
} as const;

/** A series colour by index, for charts with one series per topic or mistake. */
export function seriesColour(index: number): string {
  const colours = [
    palette.blue,
    palette.orange,
    palette.green,
    palette.vermillion,
    palette.purple,
    palette.sky,
  ];
  return colours[index % colours.length]!;
}

/** The calendar's shades of one hue (light to dark): more reviews, darker, readable without colour. */
export const heatShades = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'] as const;
