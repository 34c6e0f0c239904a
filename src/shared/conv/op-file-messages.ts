import type { Language, LocalizedText } from '../deck/localized-text.ts';
import { wordProblem } from '../word-problem.ts';
import type { OpCaseProblem, OpFileProblem, OpFileProblemCode } from './op-file.ts';

/**
 * The words for every problem of a file of op cases, in both languages. Keyed by the closed union, so a new code
 * without its wording fails to compile. Chinese follows the course glossary.
 */
export const opFileMessages = {
  problems: {
    NOT_JSON: { zh: '不是有效的 JSON（解析器：{detail}）。', en: 'not valid JSON: {detail}' },
    NO_CASES: {
      zh: '文件应为 {"cases": [...]} 或由用例组成的数组。',
      en: 'expected {"cases": [...]} or an array of cases',
    },
    TOO_MANY_CASES: {
      zh: '用例太多：{count} 个，上限为 {limit} 个。没有运行任何用例。',
      en: '{count} cases is over the limit of {limit}: nothing was run',
    },
    TOO_MUCH_WORK: {
      zh: '这些用例共需 {multiplyAdds} 次乘加，超过整个文件的上限 {limit}。没有运行任何用例。',
      en: 'the cases need {multiplyAdds} multiply-adds in all, over the limit of {limit} for a file: nothing was run',
    },
    TOO_MUCH_OUTPUT: {
      zh: '这些用例的输出共有 {outputElements} 个数，超过整个文件的上限 {limit}。没有运行任何用例。',
      en: 'the outputs hold {outputElements} numbers in all, over the limit of {limit} for a file: nothing was run',
    },
    NOT_FINITE: {
      zh: '{where} 为 {value}，不是有限数：计算超出了 64 位浮点数的范围。',
      en: '{where} is {value}, not a finite number: the sums overflow 64-bit floats',
    },
  } satisfies Record<OpFileProblemCode, LocalizedText>,

  failedCases: {
    zh: '{total} 个用例中有 {failed} 个失败。',
    en: '{failed} of {total} cases failed',
  } satisfies LocalizedText,
};

export function wordOpFileProblem(problem: OpFileProblem | OpCaseProblem, language: Language): string {
  return wordProblem(opFileMessages.problems[problem.code][language], problem);
}
