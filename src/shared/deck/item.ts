import type { LocalizedText } from './localized-text.ts';

/**
 * A topic tag such as `inception` or `receptive-field` (see topics.ts for the known ones and their labels).
 * Tags are free strings so an imported deck can bring its own.
 */
export type TopicTag = string;

/** What every item has: an id that stays the same when a deck is edited and re-imported, so progress follows. */
interface ItemBase {
  id: string;
  tags: readonly TopicTag[];
}

/** One option of a multiple-choice question, with the reason it is right or wrong. */
export interface McqOption {
  /** The option's letter as the source wrote it ('A', 'B', …); a drill's shuffle maps back to it. */
  letter: string;
  text: LocalizedText;
  /** Why this option is right, or what is wrong with it. */
  rationale: LocalizedText;
}

/**
 * A multiple-choice question. One letter in `answer` makes it single-answer; more make it multiple-answer, and
 * then only the exact set counts as correct.
 */
export interface McqItem extends ItemBase {
  kind: 'mcq';
  stem: LocalizedText;
  options: readonly McqOption[];
  answer: readonly string[];
  /** The idea the question tests, taught once; the options' rationales say what each one gets wrong. */
  explanation: LocalizedText;
}

/** A plain flashcard. */
export interface BasicItem extends ItemBase {
  kind: 'basic';
  front: LocalizedText;
  back: LocalizedText;
}

/** A cloze card: the text hides each `{{c1::answer}}` span in turn (Anki's syntax). */
export interface ClozeItem extends ItemBase {
  kind: 'cloze';
  text: LocalizedText;
  extra?: LocalizedText;
}

/**
 * A calculation built by a problem template (such as `conv-output-size`). Without `parameters` every
 * presentation is a fresh seeded variant; with them (the homework's own numbers) it is that exact problem.
 */
export interface ProblemItem extends ItemBase {
  kind: 'problem';
  template: string;
  parameters?: Readonly<Record<string, number>>;
}

export type Item = McqItem | BasicItem | ClozeItem | ProblemItem;

export type ItemKind = Item['kind'];

export function isMcq(item: Item): item is McqItem {
  return item.kind === 'mcq';
}

/** True when the question wants more than one option. */
export function isMultipleAnswer(item: McqItem): boolean {
  return item.answer.length > 1;
}
