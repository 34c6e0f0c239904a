import { type Item, type McqItem, isMcq } from '../deck/item.ts';
import type { DrillSelection, PastAnswer } from './drill-config.ts';

/**
 * The deck's multiple-choice items that a selection picks, in deck order. Other item kinds are never drilled.
 * `missed` looks at each item's latest past answer (by `at`; on a tie, the later one in the list).
 */
export function selectItems(
  selection: DrillSelection,
  items: readonly Item[],
  pastAnswers: readonly PastAnswer[] = [],
): McqItem[] {
  const questions = items.filter(isMcq);
  switch (selection.kind) {
    case 'all':
      return questions;
    case 'topic':
      return questions.filter((item) => item.tags.some((tag) => selection.tags.includes(tag)));
    case 'missed': {
      const latest = latestAnswers(pastAnswers);
      return questions.filter((item) => latest.get(item.id)?.correct === false);
    }
    case 'items': {
      const wanted = new Set(selection.itemIds);
      return questions.filter((item) => wanted.has(item.id));
    }
  }
}

function latestAnswers(pastAnswers: readonly PastAnswer[]): Map<string, PastAnswer> {
  const latest = new Map<string, PastAnswer>();
  for (const answer of pastAnswers) {
    const known = latest.get(answer.itemId);
    if (!known || answer.at >= known.at) latest.set(answer.itemId, answer);
  }
  return latest;
}
