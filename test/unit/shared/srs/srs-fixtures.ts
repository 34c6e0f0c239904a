import { type ReviewCard, cardsForItem } from '../../../../src/shared/srs/card.ts';
import { type SrsSettings, defaultSrsSettings } from '../../../../src/shared/srs/settings.ts';

/** 2026-12-01 12:00 UTC: a Tuesday noon, far from any day boundary. */
export const noon = Date.UTC(2026, 11, 1, 12);
export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** Beijing time (UTC+8), day starting at 4 a.m.: the course's students. */
export const settings: SrsSettings = { ...defaultSrsSettings, utcOffsetMinutes: 480 };

/** A new basic card of deck `deck` at deck position `position`. */
export function newCard(id: string, position = 0, deck = 'concepts'): ReviewCard {
  return cardsForItem(
    { id, kind: 'basic', tags: [], front: { zh: '问', en: 'Q' }, back: { zh: '答', en: 'A' } },
    deck,
    position,
    noon,
  )[0]!;
}
