import { fillTemplate, type LocalizedText } from '../deck/localized-text.ts';
import { wordReadReason, type ReadReason } from '../input/index.ts';
import type { FieldReason } from './problem.ts';

/** The reasons a field gives beyond the shared reader's: a name not among the choices, an unreadable formula. */
type OwnReason = Exclude<FieldReason, ReadReason>;

/**
 * Why a field's text could not be read, in both languages, for the reasons the shared reader does not word
 * (the reader's own are worded by src/shared/input/messages.ts). Keyed by the codes, so a new reason without
 * its wording fails to compile. `{name}` placeholders are filled by wordFieldReason.
 */
export const fieldMessages = {
  reasons: {
    'unknown-choice': {
      zh: '无法识别「{text}」：应为 {choices} 之一。',
      en: 'Could not read "{text}": expected one of {choices}.',
    },
    'expression-unreadable': {
      zh: '无法识别表达式「{text}」{where}。',
      en: 'Could not read the expression "{text}"{where}.',
    },
  } satisfies Record<OwnReason['code'], LocalizedText>,
  /** Where an expression stops being readable: `at` counts characters from 0. */
  expressionPlace: { zh: '（第 {column} 个字符处）', en: ' (at character {column})' },
  choiceSeparator: { zh: '、', en: ', ' },
};

function wordOwnReason(reason: OwnReason): LocalizedText {
  const template = fieldMessages.reasons[reason.code];
  const word = (language: 'zh' | 'en'): string => {
    if (reason.code === 'unknown-choice') {
      const choices = reason.choices.join(fieldMessages.choiceSeparator[language]);
      return fillTemplate(template[language], { text: reason.text, choices });
    }
    const where =
      reason.at === null
        ? ''
        : fillTemplate(fieldMessages.expressionPlace[language], { column: reason.at + 1 });
    return fillTemplate(template[language], { text: reason.text, where });
  };
  return { zh: word('zh'), en: word('en') };
}

/** A field's reason worded in both languages: the reader's through its own catalogue, the others here. */
export function wordFieldReason(reason: FieldReason): LocalizedText {
  return reason.code === 'unknown-choice' || reason.code === 'expression-unreadable'
    ? wordOwnReason(reason)
    : wordReadReason(reason);
}
