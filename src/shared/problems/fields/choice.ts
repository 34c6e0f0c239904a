import type { FieldSpec, FieldValue } from '../problem.ts';
import type { FieldKindModule } from './field-kind.ts';

/**
 * One of a few names (a layer: `fc6`, `conv1`). Each entry of the field's `choices` is a name with the
 * aliases a student may type for it after `|`: `pool5|MAX POOL3|maxpool3` is `pool5`, also typed as the
 * homework's "MAX POOL3". Names are compared without case, spaces, `_` or `-`, and in half-width
 * characters (NFKC), so `Max Pool3`, `maxpool3` and `ＦＣ６` are read too. The value read is the
 * canonical name (the first of its entry).
 */
export function choiceNames(field: FieldSpec): string[] {
  return (field.choices ?? []).map((choice) => choice.split('|')[0]!.trim());
}

function normalize(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function asChoice(value: FieldValue, field: FieldSpec): string {
  if (typeof value !== 'string') {
    throw new TypeError(`field ${field.id}: expected a name as its value, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const choiceKind: FieldKindModule = {
  kind: 'choice',
  read(text, field) {
    const typed = normalize(text);
    const names = choiceNames(field);
    const index = (field.choices ?? []).findIndex((choice) =>
      choice.split('|').some((name) => normalize(name) === typed),
    );
    if (index < 0)
      return { ok: false, reason: { code: 'unknown-choice', text: text.trim(), choices: names } };
    return { ok: true, value: names[index]!, text: names[index]!, notes: [] };
  },
  matches: (expected, actual, field) =>
    normalize(asChoice(expected, field)) === normalize(asChoice(actual, field)),
  print: (value, field) => asChoice(value, field),
};
