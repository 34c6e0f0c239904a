import type { Deck } from '../deck/deck.ts';
import type { ProblemItem, TopicTag } from '../deck/item.ts';
import type { Problem, ProblemTemplate } from './problem.ts';

/**
 * One thing to practise, and the skill (FSRS item) it reviews: a template, each time a fresh variant
 * (`problem:<template>`), or a homework problem with the homework's own numbers (`problem:homework-2`).
 */
export interface PracticeChoice {
  itemId: string;
  /** The template that grades it (a homework problem's is the template it is a fixed instance of). */
  template: ProblemTemplate;
  /** A homework problem's fixed instance; null for a template's fresh variants. */
  instance: Problem | null;
}

/** The skill id of a template or a fixed instance: `problem:conv-params`, `problem:homework-2`. */
export function skillItemId(id: string): string {
  return `problem:${id}`;
}

/**
 * The homework's problems first (in the homework's order), then every template. `templateOf` finds the
 * template of a fixed instance by its `template` id; an instance whose template is missing is a registry bug.
 */
export function practiceChoices(
  templates: readonly ProblemTemplate[],
  homework: readonly Problem[],
): PracticeChoice[] {
  const byId = new Map(templates.map((template) => [template.id, template]));
  const fixed = homework.map((instance) => {
    const template = byId.get(instance.template);
    if (!template) throw new Error(`homework problem ${instance.id}: no template ${instance.template}`);
    return { itemId: skillItemId(instance.id), template, instance };
  });
  return [
    ...fixed,
    ...templates.map((template) => ({ itemId: skillItemId(template.id), template, instance: null })),
  ];
}

/** The problem to show: the fixed instance, or the template's variant for `seed`. */
export function problemOf(choice: PracticeChoice, seed: number): Problem {
  return choice.instance ?? choice.template.generate(seed);
}

/** The built-in deck id of the problems' skills. */
export const problemsDeckId = 'problems';

/**
 * A skill as the problems deck stores it (`skill-catalogue.ts` lists them all): its id (a template's or a
 * homework problem's), the template that grades it, its tags, and a homework problem's numbers where they are
 * plain numbers (a matrix or a layer table is kept by the instance, found again by the item's id).
 */
export interface SkillEntry {
  id: string;
  template: string;
  tags: readonly TopicTag[];
  parameters?: Readonly<Record<string, number>>;
}

/** What the problems deck stores of a practice choice. */
export function skillOf(choice: PracticeChoice): SkillEntry {
  const parameters = choice.instance ? plainNumbers(choice.instance.parameters) : null;
  return {
    id: choice.instance?.id ?? choice.template.id,
    template: choice.template.id,
    tags: choice.template.tags,
    ...(parameters ? { parameters } : {}),
  };
}

/** The skills as a built-in deck, installed like the others so that Today counts them and Review asks them. */
export function problemsDeck(skills: readonly SkillEntry[]): Deck {
  return {
    id: problemsDeckId,
    title: { zh: '计算题', en: 'Problems' },
    description: {
      zh: '作业二的计算题和各种题型：每次复习一道题，题型每次换一组数字。',
      en: 'The homework’s problems and the problem types: each review is one problem, a type with fresh numbers each time.',
    },
    items: skills.map((skill): ProblemItem => ({
      id: skillItemId(skill.id),
      kind: 'problem',
      tags: skill.tags,
      template: skill.template,
      ...(skill.parameters ? { parameters: skill.parameters } : {}),
    })),
  };
}

function plainNumbers(value: unknown): Readonly<Record<string, number>> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  return entries.every(([, each]) => typeof each === 'number') ? Object.fromEntries(entries) : null;
}
