import type { Item, ItemKind } from '../../../shared/deck/item.ts';
import type { ImportPlan, ItemField } from '../../../shared/deck/import/import-plan.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** What an import does to one item, as the preview lists it. */
export type ItemFate = 'added' | 'updated' | 'unchanged' | 'kept';

export interface PreviewRow {
  id: string;
  kind: ItemKind;
  fate: ItemFate;
  /** The line of the file the item starts on; null for a kept item (it is not in the file) or a JSON item. */
  line: number | null;
  /** The text that names the item: a question's stem, a card's front, a cloze's text, a problem's template. */
  label: LocalizedText;
  /** For an updated item, the fields that change. */
  changes: readonly ItemField[];
}

/**
 * The rows of the import preview: the file's items in file order (added, updated or unchanged), then the
 * stored items the file no longer has (kept). Nothing here is rendered yet: labels are untrusted text that
 * the screen passes through RichText's sanitiser.
 */
export function previewRows(plan: ImportPlan, lines: ReadonlyMap<string, number | null>): PreviewRow[] {
  const fates = new Map<string, { fate: ItemFate; changes: readonly ItemField[] }>();
  for (const item of plan.added) fates.set(item.id, { fate: 'added', changes: [] });
  for (const { item, changes } of plan.updated) fates.set(item.id, { fate: 'updated', changes });
  for (const item of plan.unchanged) fates.set(item.id, { fate: 'unchanged', changes: [] });
  const inFile = [...plan.added, ...plan.updated.map(({ item }) => item), ...plan.unchanged]
    .map((item) => ({ item, line: lines.get(item.id) ?? null, ...fates.get(item.id)! }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const kept = plan.kept.map((item) => ({ item, line: null, fate: 'kept' as const, changes: [] }));
  return [...inFile, ...kept].map(({ item, line, fate, changes }) => ({
    id: item.id,
    kind: item.kind,
    fate,
    line,
    label: itemLabel(item),
    changes,
  }));
}

/** The text that names an item in a list. */
export function itemLabel(item: Item): LocalizedText {
  switch (item.kind) {
    case 'mcq':
      return item.stem;
    case 'basic':
      return item.front;
    case 'cloze':
      return item.text;
    case 'problem':
      return { zh: item.template, en: item.template };
  }
}

/** How many items each fate has, for the preview's summary line. */
export function countFates(rows: readonly PreviewRow[]): Record<ItemFate, number> {
  const counts: Record<ItemFate, number> = { added: 0, updated: 0, unchanged: 0, kept: 0 };
  for (const row of rows) counts[row.fate]++;
  return counts;
}
