import type { TopicTag } from '../deck/item.ts';
import type { ReviewCard, Schedule } from '../srs/card.ts';

export interface TopicRecall {
  tag: TopicTag;
  cards: number;
  /** The mean predicted recall on the exam morning, 0 to 1 (new cards count as 0: nothing learnt yet). */
  meanRecall: number;
  /** Cards predicted under the desired retention on the exam morning. */
  atRisk: number;
}

/**
 * Predicted recall on the exam day, per topic: FSRS's forgetting curve at the exam morning of each card's deck
 * (`examAtOf` gives that moment, or null for a deck with no exam ahead: its cards are left out; `recall` is the
 * scheduler's, src/shared/srs/scheduler.ts, passed in so this stays free of ts-fsrs), averaged over each tag's
 * cards, with the cards under `target` (the desired retention). Suspended cards are left out. Sorted weakest
 * first.
 */
export function examRecallByTopic(
  cards: readonly ReviewCard[],
  tagsOf: (itemId: string) => readonly TopicTag[],
  recall: (schedule: Schedule, at: number) => number,
  examAtOf: (card: ReviewCard) => number | null,
  target: number,
): TopicRecall[] {
  const topics = new Map<TopicTag, { cards: number; sum: number; atRisk: number }>();
  for (const card of cards) {
    const examAt = examAtOf(card);
    if (card.suspended || examAt === null) continue;
    const predicted = card.state === 'new' ? 0 : recall(card, examAt);
    for (const tag of tagsOf(card.itemId)) {
      const topic = topics.get(tag) ?? { cards: 0, sum: 0, atRisk: 0 };
      topic.cards += 1;
      topic.sum += predicted;
      if (predicted < target) topic.atRisk += 1;
      topics.set(tag, topic);
    }
  }
  return [...topics.entries()]
    .map(([tag, topic]) => ({
      tag,
      cards: topic.cards,
      meanRecall: topic.sum / topic.cards,
      atRisk: topic.atRisk,
    }))
    .sort((a, b) => a.meanRecall - b.meanRecall || a.tag.localeCompare(b.tag));
}
