import type { Item, ItemKind } from '../deck/item.ts';
import { languages, type Language, type LocalizedText } from '../deck/localized-text.ts';
import { parseCloze } from '../deck/cloze.ts';
import { clozeNumbers } from '../srs/card.ts';

/** The texts Browse lets the student edit, by their item field names. */
export type EditField = 'front' | 'back' | 'text' | 'extra' | 'stem' | 'explanation';

/** Which fields each kind of item has to edit. A problem's text is made by its template: nothing to edit. */
export const editFields: Readonly<Record<ItemKind, readonly EditField[]>> = {
  basic: ['front', 'back'],
  cloze: ['text', 'extra'],
  mcq: ['stem', 'explanation'],
  problem: [],
};

/** An edit: the new text of some fields, in both languages. */
export type ItemEdit = Partial<Record<EditField, LocalizedText>>;

/** Why an edit is refused: a code from this closed union and the values its message needs. */
export type EditRefusal =
  | { code: 'FIELD_NOT_EDITABLE'; field: EditField; kind: ItemKind }
  | { code: 'EMPTY_TEXT'; field: EditField; language: Language }
  | { code: 'CLOZE_UNREADABLE'; language: Language }
  | { code: 'CLOZE_DELETIONS_CHANGED'; language: Language; before: string; after: string };

export type EditRefusalCode = EditRefusal['code'];

export type EditOutcome = { ok: true; item: Item } | { ok: false; refusal: EditRefusal };

/** `extra` of a cloze may be empty (it is optional); every other edited text must say something. */
const optionalFields: ReadonlySet<EditField> = new Set(['extra']);

/** The current text of a field, for the edit form (an absent optional field is empty). */
export function fieldText(item: Item, field: EditField): LocalizedText {
  const value = (item as unknown as Record<string, unknown>)[field];
  return (value as LocalizedText | undefined) ?? { zh: '', en: '' };
}

/**
 * Applies an edit to an item's texts only: its id, kind, tags and everything else stay, so its cards and
 * their progress stay valid. A cloze must still read (every `{{c1::` closed, none empty) and keeps its deletion numbers (`c1`, `c2`…) in each language, since each
 * number is a card with its own schedule: adding or removing one is refused rather than losing progress.
 */
export function applyItemEdit(item: Item, edit: ItemEdit): EditOutcome {
  const allowed = editFields[item.kind];
  const changed: Record<string, LocalizedText> = {};
  for (const [name, text] of Object.entries(edit) as [EditField, LocalizedText][]) {
    if (!allowed.includes(name)) return refuse({ code: 'FIELD_NOT_EDITABLE', field: name, kind: item.kind });
    for (const language of languages)
      if (text[language].trim() === '' && !optionalFields.has(name))
        return refuse({ code: 'EMPTY_TEXT', field: name, language });
    changed[name] = { zh: text.zh, en: text.en };
  }
  const edited = { ...item, ...changed } as Item;
  if (edited.kind === 'cloze' && item.kind === 'cloze') {
    if (edited.extra && edited.extra.zh.trim() === '' && edited.extra.en.trim() === '') delete edited.extra;
    for (const language of languages) {
      const before = deletionNames(item.text[language]);
      const after = deletionNames(edited.text[language]);
      if (before !== after) return refuse({ code: 'CLOZE_DELETIONS_CHANGED', language, before, after });
      if (!parseCloze(edited.text[language]).ok) return refuse({ code: 'CLOZE_UNREADABLE', language });
    }
  }
  return { ok: true, item: edited };
}

/** The deletions a cloze text asks, as the student writes them (`c1, c2`), or `—` for none. */
function deletionNames(text: string): string {
  return (
    clozeNumbers(text)
      .map((number) => `c${number}`)
      .join(', ') || '—'
  );
}

function refuse(refusal: EditRefusal): EditOutcome {
  return { ok: false, refusal };
}
