import {
  homeworkProblems,
  problemById,
  templateById,
  templates,
  type RegisteredProblem,
} from '../../shared/problems/registry.ts';
import { variantId } from '../../shared/problems/template.ts';
import { worksheetMarkdown, worksheetOf } from '../../shared/problems/worksheet.ts';
import { defineCommand } from '../command.ts';
import {
  readChoice,
  readLanguage,
  readOnePositional,
  readOptions,
  readWholeNumber,
  seedRange,
  UsageError,
} from '../options.ts';

const formats = ['md', 'json'] as const;

/** Enough for a term's practice; a worksheet of more is a mistyped count. */
const countRange = [1, 1000] as const;

const usage = `Usage: npm run cli -- worksheet <template|homework|all> [--count N] [--seed S] [--format md|json] [--lang zh|en]

  <template>  N variants of one template, seeds S, S+1, …
  homework    the homework's fixed problems (homework-2, …), in its order; --count and --seed do not apply
  all         N variants of every template
  --count     variants per template, 1 to ${countRange[1]} (default 1)
  --seed      the first seed, 0 to 4294967295 (default 0)
  --format    md (default): the problems, then their solutions, with $…$ math; json: {"problems":[…]}
  --lang      en (default) or zh

Exit codes: 0 printed; 2 bad arguments or an unknown template.
Templates: ${templates.map((template) => template.id).join(', ')}
`;

/** `count` variants of `template` from `seed` on, the seeds wrapping past 2³² − 1. */
function variants(template: string, count: number, seed: number): RegisteredProblem[] {
  return Array.from({ length: count }, (_, index) => {
    const next = (seed + index) % (seedRange[1] + 1);
    return problemById(variantId(template, next))!;
  });
}

function selectProblems(name: string, count: number, seed: number): RegisteredProblem[] {
  if (name === 'homework') return homeworkProblems();
  if (name === 'all') return templates.flatMap((template) => variants(template.id, count, seed));
  if (templateById(name)) return variants(name, count, seed);
  throw new UsageError(`No template named "${name}" (or homework, or all).`);
}

/** `worksheet`: prints problems to work on paper, and their worked solutions apart. */
export const worksheetCommand = defineCommand({
  name: 'worksheet',
  summary: 'print problems and their solutions: worksheet conv-params --count 5 --format md',
  usage,
  async run(args, io) {
    const { positional, options } = readOptions(args, ['count', 'seed', 'format', 'lang']);
    const selection = readOnePositional(
      positional,
      'Name a template, homework or all.',
      `One selection at a time, got ${positional.join(' ')}.`,
    );
    const lang = readLanguage(options);
    const format = readChoice(options, 'format', formats, 'md');
    const count = readWholeNumber(options, 'count', countRange, 1);
    const seed = readWholeNumber(options, 'seed', seedRange, 0);
    const worksheet = worksheetOf(selectProblems(selection, count, seed), lang);
    io.stdout.write(
      format === 'json' ? `${JSON.stringify(worksheet)}\n` : `${worksheetMarkdown(worksheet, lang)}\n`,
    );
    return 0;
  },
});
