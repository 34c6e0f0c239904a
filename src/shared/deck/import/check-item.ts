import { parseCloze } from '../cloze.ts';
import type { Item, McqItem } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';
import { deckError, type DeckIssue } from './deck-issue.ts';

/**
 * The rules every imported item keeps, whatever its format: its main texts are not empty, a multiple-choice
 * question has at least two options with distinct letters and an answer made of them, a cloze text has a
 * well-formed deletion in each language, a basic card has a back. Each broken rule is one issue at `line`.
 */
export function checkItem(item: Item, line: number | null): DeckIssue[] {
  switch (item.kind) {
    case 'mcq':
      return [...emptyTexts({ stem: item.stem }, line), ...checkMcq(item, line)];
    case 'basic':
      return [
        ...emptyTexts({ front: item.front }, line),
        ...(isEmpty(item.back) ? [deckError('BASIC_NO_BACK', line)] : []),
      ];
    case 'cloze':
      return isEmpty(item.text) ? emptyTexts({ text: item.text }, line) : checkCloze(item.text, line);
    case 'problem':
      return item.template.trim() === '' ? [deckError('TEXT_EMPTY', line, { field: 'template' })] : [];
  }
}

function isEmpty(text: LocalizedText): boolean {
  return text.zh.trim() === '' || text.en.trim() === '';
}

function emptyTexts(texts: Record<string, LocalizedText>, line: number | null): DeckIssue[] {
  return Object.entries(texts)
    .filter(([, text]) => isEmpty(text))
    .map(([field]) => deckError('TEXT_EMPTY', line, { field }));
}

function checkMcq(item: McqItem, line: number | null): DeckIssue[] {
  const issues: DeckIssue[] = [];
  const letters = item.options.map((option) => option.letter);
  if (letters.length < 2) issues.push(deckError('MCQ_TOO_FEW_OPTIONS', line, { count: letters.length }));
  letters
    .filter((letter, index) => letters.indexOf(letter) !== index)
    .forEach((letter) => issues.push(deckError('MCQ_OPTION_REPEATED', line, { letter })));
  item.options.forEach((option) => {
    if (isEmpty(option.text)) issues.push(deckError('TEXT_EMPTY', line, { field: option.letter }));
  });
  if (item.answer.length === 0) issues.push(deckError('MCQ_NO_ANSWER', line));
  item.answer
    .filter((letter, index) => item.answer.indexOf(letter) !== index)
    .forEach((letter) => issues.push(deckError('MCQ_ANSWER_REPEATED', line, { letter })));
  item.answer
    .filter((letter) => !letters.includes(letter))
    .forEach((letter) =>
      issues.push(deckError('MCQ_ANSWER_NOT_OPTION', line, { letter, letters: letters.join(', ') || '—' })),
    );
  return issues;
}

function checkCloze(text: LocalizedText, line: number | null): DeckIssue[] {
  const sources = text.zh === text.en ? [text.zh] : [text.zh, text.en];
  for (const source of sources) {
    const parsed = parseCloze(source);
    if (!parsed.ok) {
      const number = parsed.problem.code === 'CLOZE_EMPTY' ? parsed.problem.number : 0;
      return [deckError(parsed.problem.code, line, { number })];
    }
  }
  return [];
}
