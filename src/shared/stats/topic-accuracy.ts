import type { TopicTag } from '../deck/item.ts';
import type { PracticeAttempt } from '../problems/attempt.ts';
import type { ReviewLog } from '../srs/review-log.ts';
import { bucketIndex, bucketStarts } from './buckets.ts';
import { passed } from './review-kind.ts';

export interface TopicPoint {
  /** The bucket's first study day. */
  day: number;
  right: number;
  total: number;
}

export interface TopicAccuracy {
  tag: TopicTag;
  right: number;
  total: number;
  points: TopicPoint[];
}

/**
 * Accuracy by topic tag over time: each review of an item (not Again = right) and each practice attempt (all
 * fields right = right) counts for every tag of its item, in buckets of `width` days from `first` to `last`.
 * Topics sorted by their overall accuracy, weakest first (what to revise).
 */
export function topicAccuracy(
  logs: readonly ReviewLog[],
  attempts: readonly PracticeAttempt[],
  tagsOf: (itemId: string) => readonly TopicTag[],
  dayOf: (time: number) => number,
  first: number,
  last: number,
  width: number,
): TopicAccuracy[] {
  const starts = bucketStarts(first, last, width);
  const topics = new Map<TopicTag, TopicAccuracy>();
  const add = (itemId: string, time: number, right: boolean) => {
    const bucket = bucketIndex(dayOf(time), first, last, width);
    if (bucket < 0) return;
    for (const tag of tagsOf(itemId)) {
      let topic = topics.get(tag);
      if (!topic) {
        topic = { tag, right: 0, total: 0, points: starts.map((day) => ({ day, right: 0, total: 0 })) };
        topics.set(tag, topic);
      }
      const point = topic.points[bucket]!;
      point.total += 1;
      topic.total += 1;
      if (right) {
        point.right += 1;
        topic.right += 1;
      }
    }
  };
  for (const log of logs) add(log.itemId, log.reviewedAt, passed(log));
  for (const attempt of attempts) add(attempt.itemId, attempt.finishedAt, attempt.credit === 1);
  return [...topics.values()].sort(
    (a, b) => a.right / a.total - b.right / b.total || a.tag.localeCompare(b.tag),
  );
}
