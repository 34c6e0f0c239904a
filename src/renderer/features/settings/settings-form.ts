import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { fillTemplate } from '../../../shared/deck/localized-text.ts';
import { readInteger, readNumber, wordReadReason } from '../../../shared/input/index.ts';
import { srsMessages } from '../../../shared/srs/messages.ts';
import {
  type SettingsField,
  type SrsSettings,
  readSteps,
  settingsProblem,
  settingsRanges,
} from '../../../shared/srs/settings.ts';
import { settingsMessages } from './messages.ts';

/** The review settings as typed in the form's fields. */
export interface ReviewSettingsForm {
  desiredRetention: string;
  newPerDay: string;
  reviewsPerDay: string;
  dayStartHour: string;
  learningSteps: string;
  relearningSteps: string;
}

/** Why the form cannot be saved: the field (to focus it) and the message in both languages. */
export interface FormProblem {
  field: SettingsField;
  message: LocalizedText;
}

/** The form showing `settings`. */
export function formOf(settings: SrsSettings): ReviewSettingsForm {
  return {
    desiredRetention: String(settings.desiredRetention),
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    dayStartHour: String(settings.dayStartHour),
    learningSteps: settings.learningSteps.join(' '),
    relearningSteps: settings.relearningSteps.join(' '),
  };
}

/**
 * Reads the form over `base` (the settings it does not show stay as they are). Numbers go through the one
 * reader of typed input, within settingsRanges (so `90%` is a retention of 0.9); steps through readSteps.
 * The first field that cannot be used is named with the reader's reason: "「期望记忆保留率」：…".
 */
export function readForm(
  form: ReviewSettingsForm,
  base: SrsSettings,
): { settings: SrsSettings } | { problem: FormProblem } {
  const next: SrsSettings = { ...base };
  const numbers = [
    ['desiredRetention', readNumber],
    ['newPerDay', readInteger],
    ['reviewsPerDay', readInteger],
    ['dayStartHour', readInteger],
  ] as const;
  for (const [field, read] of numbers) {
    const { min, max } = settingsRanges[field];
    const reading = read(form[field], { min, max });
    if (!reading.ok) return { problem: named(field, wordReadReason(reading.reason)) };
    next[field] = reading.value;
  }
  for (const field of ['learningSteps', 'relearningSteps'] as const) {
    const steps = readSteps(form[field]);
    if ('bad' in steps)
      return { problem: named(field, filled(settingsMessages.badStep, { step: steps.bad })) };
    next[field] = steps.steps;
  }
  const problem = settingsProblem(next);
  if (!problem) return { settings: next };
  const label = srsMessages.settingsFields[problem.field];
  const message = srsMessages.labels.settingsProblem;
  return {
    problem: {
      field: problem.field,
      message: {
        zh: fillTemplate(message.zh, { field: label.zh, value: problem.value }),
        en: fillTemplate(message.en, { field: label.en, value: problem.value }),
      },
    },
  };
}

/** A reason with the field's name before it: "「期望记忆保留率」：最大为 0.99（这里是 1.5）。" */
function named(field: SettingsField, reason: LocalizedText): FormProblem {
  const label = srsMessages.settingsFields[field];
  const message = settingsMessages.fieldProblem;
  return {
    field,
    message: {
      zh: fillTemplate(message.zh, { field: label.zh, reason: reason.zh }),
      en: fillTemplate(message.en, { field: label.en, reason: reason.en }),
    },
  };
}

function filled(template: LocalizedText, values: Record<string, string>): LocalizedText {
  return { zh: fillTemplate(template.zh, values), en: fillTemplate(template.en, values) };
}
