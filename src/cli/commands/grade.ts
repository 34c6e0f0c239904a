import type { Language } from '../../shared/deck/localized-text.ts';
import { wordFieldReason } from '../../shared/problems/field-messages.ts';
import { mistakeMessages } from '../../shared/problems/mistakes.ts';
import type { Grade } from '../../shared/problems/problem.ts';
import {
  problemById,
  templateById,
  templates,
  type RegisteredProblem,
} from '../../shared/problems/registry.ts';
import { variantId } from '../../shared/problems/template.ts';
import { defineCommand } from '../command.ts';
import {
  readLanguage,
  readOnePositional,
  readOptions,
  readWholeNumber,
  seedRange,
  UsageError,
} from '../options.ts';

const usage = `Usage: npm run cli -- grade <template|homework-N> [--seed S] --answer '<json>' [--lang zh|en]

  <template|homework-N>  a template (a variant from --seed, default 0) or a fixed instance (homework-2, …)
  --answer               a JSON object, field id -> the text typed ({"params": "760"}); a field left out is unanswered
  --lang                 the language of the messages: en (default) or zh

Prints {"credit":0..1,"fields":[{"id","correct","followThrough","read","expected","diagnoses":[{"code","message"}],"error"?}]}.
Exit codes: 0 graded, whatever the grade; 2 bad arguments, an unknown template or an answer that is not a JSON object.
Templates: ${templates.map((template) => template.id).join(', ')}
`;

/** The problem named: a fixed instance (no --seed), or a template's variant for the seed. */
function findProblem(name: string, seed: number | null): RegisteredProblem {
  if (templateById(name)) return problemById(variantId(name, seed ?? 0))!;
  const fixed = problemById(name);
  if (!fixed || fixed.problem.seed !== null)
    throw new UsageError(`No template or homework problem named "${name}".`);
  if (seed !== null) throw new UsageError(`${name} is a fixed problem: it takes no --seed.`);
  return fixed;
}

/** The answer: a JSON object of the problem's field ids, each a text (a number is taken as its text). */
function readAnswer(text: string, registered: RegisteredProblem): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    throw new UsageError(`--answer is not valid JSON (${(thrown as Error).message}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError('--answer must be a JSON object: field id -> the text typed.');
  }
  const ids = registered.problem.fields.map((field) => field.id);
  const answer: Record<string, string> = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (!ids.includes(id)) {
      throw new UsageError(
        `--answer: ${registered.problem.id} has no field "${id}"; its fields: ${ids.join(', ')}.`,
      );
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new UsageError(`--answer: field "${id}" must be a text, got ${JSON.stringify(value)}.`);
    }
    answer[id] = String(value);
  }
  return answer;
}

/** The grade as the CLI prints it: diagnoses and unreadable answers worded in `lang`. */
export function gradeJson(grade: Grade, lang: Language) {
  return {
    credit: grade.credit,
    fields: grade.fields.map((field) => ({
      id: field.id,
      correct: field.correct,
      followThrough: field.followThrough,
      read: field.read,
      expected: field.expected,
      diagnoses: field.diagnoses.map((code) => ({ code, message: mistakeMessages[code][lang] })),
      ...(field.error ? { error: wordFieldReason(field.error)[lang] } : {}),
    })),
  };
}

/** `grade`: grades one answer to a problem field by field, as the Practice screen does. */
export const gradeCommand = defineCommand({
  name: 'grade',
  summary: 'grade an answer to a problem: grade homework-3 --answer \'{"total": "854.2M"}\'',
  usage,
  async run(args, io) {
    const { positional, options } = readOptions(args, ['seed', 'answer', 'lang']);
    const name = readOnePositional(
      positional,
      'Name a template or a homework problem.',
      `One problem at a time, got ${positional.join(' ')}.`,
    );
    const lang = readLanguage(options);
    const seed = options.has('seed') ? readWholeNumber(options, 'seed', seedRange, 0) : null;
    const registered = findProblem(name, seed);
    const answerText = options.get('answer');
    if (answerText === undefined) throw new UsageError("Missing --answer '<json object>'.");
    const grade = registered.template.grade(registered.problem, readAnswer(answerText, registered));
    io.stdout.write(`${JSON.stringify(gradeJson(grade, lang))}\n`);
    return 0;
  },
});
