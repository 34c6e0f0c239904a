import { DeckError } from './deck-error.ts';
import { joinBrokenLine, normalizeLayout } from './layout-text.ts';

/** A multiple-choice question as read from Markdown, before it gets an id, tags and explanations. */
export interface MarkdownMcq {
  number: number;
  stem: string;
  options: { letter: string; text: string }[];
  /** The letters in the parentheses at the end of the stem, e.g. `(B)` or `（AC）`. */
  answer: string[];
}

const questionLine = /^(\d+)\.\s+(.*)$/;
const optionLine = /^-\s+([A-Z])\.\s*(.*)$/;
const listMarker = /^-\s+/;
const answerAtEnd = /[(（]\s*([A-Z]+)\s*[)）]$/;

/**
 * Reads a numbered list of multiple-choice questions in the homework's format:
 *
 *     1. Stem text … (B)
 *       - A. option
 *       - B. option
 *
 * Any other non-blank line continues the text before it (a stem or option broken by a page break, even when
 * the converter made it look like a list item). Text comes back with normalizeLayout applied.
 * Throws DeckError('MALFORMED_MARKDOWN') naming the line or question that cannot be read.
 */
export function parseMarkdownMcqs(markdown: string): MarkdownMcq[] {
  const questions: { number: number; stem: string; options: { letter: string; text: string }[] }[] = [];
  markdown.split(/\r?\n/).forEach((rawLine, lineIndex) => {
    const line = rawLine.trim();
    if (line === '') return;
    const question = questions.at(-1);
    const questionMatch = questionLine.exec(line);
    if (questionMatch) {
      questions.push({ number: Number(questionMatch[1]), stem: questionMatch[2]!, options: [] });
      return;
    }
    if (question === undefined) {
      throw new DeckError('MALFORMED_MARKDOWN', `line ${lineIndex + 1}: text before the first question`);
    }
    const optionMatch = optionLine.exec(line);
    if (optionMatch) {
      question.options.push({ letter: optionMatch[1]!, text: optionMatch[2]! });
      return;
    }
    const continuation = line.replace(listMarker, '');
    const option = question.options.at(-1);
    if (option) option.text = joinBrokenLine(option.text, continuation);
    else question.stem = joinBrokenLine(question.stem, continuation);
  });
  return questions.map(finishQuestion);
}

function finishQuestion(question: {
  number: number;
  stem: string;
  options: { letter: string; text: string }[];
}): MarkdownMcq {
  const stem = normalizeLayout(question.stem);
  const answerMatch = answerAtEnd.exec(stem);
  if (!answerMatch) {
    throw new DeckError(
      'MALFORMED_MARKDOWN',
      `question ${question.number}: no answer such as (B) at the end of its stem`,
    );
  }
  const answer = [...answerMatch[1]!];
  const letters = question.options.map((option) => option.letter);
  const missing = answer.find((letter) => !letters.includes(letter));
  if (missing !== undefined) {
    throw new DeckError(
      'MALFORMED_MARKDOWN',
      `question ${question.number}: answer ${missing} is not one of its options (${letters.join(', ') || 'none'})`,
    );
  }
  return {
    number: question.number,
    stem: normalizeLayout(stem.slice(0, answerMatch.index)),
    options: question.options.map((option) => ({
      letter: option.letter,
      text: normalizeLayout(option.text),
    })),
    answer,
  };
}
