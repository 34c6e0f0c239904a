import { fillTemplate, type LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { PracticeChoice } from '../../../shared/problems/skills.ts';
import { practiceMessages } from './messages.ts';

/**
 * A choice's name on the list and above the problem: a homework problem is named as the homework names it
 * (作业二·计算题 2, as GLOSSARY.md's pattern), with its template's title; a template by its title.
 */
export function choiceTitle(choice: PracticeChoice): LocalizedText {
  const number = choice.instance?.id.match(/^homework-(\d+)$/)?.[1];
  if (number === undefined) return choice.template.title;
  const homework = practiceMessages.homeworkProblem;
  return {
    zh: `${fillTemplate(homework.zh, { number })}：${choice.template.title.zh}`,
    en: `${fillTemplate(homework.en, { number })}: ${choice.template.title.en}`,
  };
}
