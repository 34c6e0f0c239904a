import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { DayCounts } from '../../../shared/srs/day-counts.ts';
import type { ReviewLog } from '../../../shared/srs/review-log.ts';

/** A card's row: the card as src/shared/srs has it (plain JSON, times as epoch ms). */
export type CardRecord = ReviewCard;

/** One grading, with the schedule before and after: charts and undo read it alone. */
export type ReviewLogRecord = ReviewLog;

/** One deck's counts for one study day, keyed [deckId+day]: what the daily limits and Today read. */
export type DayCountsRecord = DayCounts;
