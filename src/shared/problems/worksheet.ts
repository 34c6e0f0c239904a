import type { Language, LocalizedText } from '../deck/localized-text.ts';
import { fieldKind } from './fields/index.ts';
import type { RegisteredProblem } from './registry.ts';

/**
 * A printable worksheet: problems, then their solutions apart (so a student can work before looking), in one
 * language. The CLI's `worksheet` prints it as JSON or Markdown with `$…$` math.
 */

export interface WorksheetStep {
  text: string;
  /** KaTeX source, without the `$`. */
  formula?: string;
}

export interface WorksheetProblem {
  id: string;
  template: string;
  seed: number | null;
  prompt: string;
  fields: { id: string; label: string }[];
  /** Field id → the answer as the app prints it (what a student would type). */
  answer: Record<string, string>;
  steps: WorksheetStep[];
}

export interface Worksheet {
  problems: WorksheetProblem[];
}

/** The worksheet's own words; the problems' words come from their templates. */
export const worksheetMessages = {
  title: { zh: '练习题', en: 'Worksheet' },
  problems: { zh: '题目', en: 'Problems' },
  solutions: { zh: '解答', en: 'Solutions' },
  answers: { zh: '答案', en: 'Answers' },
  /** How a label and its value (or its blank) are joined. */
  labelSeparator: { zh: '：', en: ': ' },
  /** Between a step's text and its formula: a zh step ends in full-width punctuation, which takes no space. */
  formulaSeparator: { zh: '', en: ' ' },
} satisfies Record<string, LocalizedText>;

export function worksheetOf(entries: readonly RegisteredProblem[], lang: Language): Worksheet {
  return {
    problems: entries.map(({ template, problem }) => {
      const solution = template.solve(problem);
      return {
        id: problem.id,
        template: problem.template,
        seed: problem.seed,
        prompt: problem.prompt[lang],
        fields: problem.fields.map((field) => ({ id: field.id, label: field.label[lang] })),
        answer: Object.fromEntries(
          problem.fields.map((field) => {
            const value = solution.answers[field.id];
            if (value === undefined)
              throw new Error(`${problem.id}: its solution has no answer for ${field.id}`);
            return [field.id, fieldKind(field.kind).print(value, field)];
          }),
        ),
        steps: solution.steps.map((step) => ({
          text: step.text[lang],
          ...(step.formula === undefined ? {} : { formula: step.formula }),
        })),
      };
    }),
  };
}

/** Markdown for printing: every problem with a blank per field, then every solution: its steps and answers. */
export function worksheetMarkdown(worksheet: Worksheet, lang: Language): string {
  const words = (text: LocalizedText) => text[lang];
  const separator = words(worksheetMessages.labelSeparator);
  const formulaSpace = words(worksheetMessages.formulaSeparator);
  const lines = [`# ${words(worksheetMessages.title)}`, '', `## ${words(worksheetMessages.problems)}`, ''];
  worksheet.problems.forEach((problem, index) => {
    lines.push(`### ${index + 1}. \`${problem.id}\``, '', problem.prompt, '');
    for (const field of problem.fields) lines.push(`- ${field.label}${separator}________`);
    lines.push('');
  });
  lines.push(`## ${words(worksheetMessages.solutions)}`, '');
  worksheet.problems.forEach((problem, index) => {
    lines.push(`### ${index + 1}. \`${problem.id}\``, '');
    for (const step of problem.steps) {
      lines.push(step.formula === undefined ? step.text : `${step.text}${formulaSpace}$${step.formula}$`, '');
    }
    lines.push(`**${words(worksheetMessages.answers)}**`, '');
    for (const field of problem.fields) {
      lines.push(`- ${field.label}${separator}${problem.answer[field.id]!}`);
    }
    lines.push('');
  });
  return `${lines.join('\n')}`;
}
