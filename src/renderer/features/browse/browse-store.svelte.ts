import {
  emptyQuery,
  queryRows,
  rowTags,
  type BrowseQuery,
  type BrowseRow,
} from '../../../shared/browse/browse-rows.ts';
import { editFields, fieldText, type EditField, type EditRefusal } from '../../../shared/browse/item-edit.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { ReviewLog } from '../../../shared/srs/review-log.ts';
import {
  cardHistory,
  deleteItem,
  editItem,
  loadBrowseRows,
  resetCard,
  restoreItem,
  setSuspended,
  type DeletedItem,
} from '../../lib/db/browse.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';

export interface BrowseStoreDependencies {
  database: DeepDrillDatabase;
  /** Milliseconds since the epoch (Date.now in the app, a fake clock in tests). */
  clock: () => number;
}

/** What the last action left to tell the student. */
export type BrowseNotice = 'saved' | 'reset' | 'deleted';

/** The edit form: the fields of the selected item and their texts as typed so far. */
export type EditDraft = Partial<Record<EditField, LocalizedText>>;

/**
 * The Browse screen: every card, the query that filters them, the selected card with its history, the edit
 * form, and the deletes that Ctrl+Z can undo (newest last). Every change is written through lib/db/browse.ts,
 * then the rows are read again, so the table always shows what is stored.
 */
export class BrowseStore {
  rows = $state<BrowseRow[]>([]);
  query = $state<BrowseQuery>({ ...emptyQuery });
  selectedId = $state<string | null>(null);
  history = $state<ReviewLog[]>([]);
  draft = $state<EditDraft | null>(null);
  refusal = $state<EditRefusal | null>(null);
  notice = $state<BrowseNotice | null>(null);
  deleted = $state<DeletedItem[]>([]);

  readonly shown = $derived(queryRows(this.rows, this.query));
  readonly tags = $derived(rowTags(this.rows));
  /** The selected row if the query still shows it, else the first row shown. */
  readonly selected = $derived(this.shown.find((row) => row.card.id === this.selectedId) ?? this.shown[0]);

  readonly #dependencies: BrowseStoreDependencies;

  constructor(dependencies: BrowseStoreDependencies) {
    this.#dependencies = dependencies;
  }

  load = async (): Promise<void> => {
    this.rows = await loadBrowseRows(this.#dependencies.database);
    await this.#loadHistory();
  };

  setQuery = (change: Partial<BrowseQuery>): void => {
    this.query = { ...this.query, ...change };
    void this.#loadHistory();
  };

  select = (cardId: string): void => {
    if (this.selected?.card.id === cardId) return;
    this.selectedId = cardId;
    this.draft = null;
    this.refusal = null;
    void this.#loadHistory();
  };

  /** Moves the selection by `by` rows, stopping at either end. */
  move = (by: number): void => {
    const at = this.shown.findIndex((row) => row.card.id === this.selected?.card.id);
    const next = this.shown[Math.min(Math.max(at + by, 0), this.shown.length - 1)];
    if (next) this.select(next.card.id);
  };

  /** Opens the edit form on the selected item; a problem has no text to edit, so nothing opens. */
  startEdit = (): void => {
    const item = this.selected?.item;
    if (!item || editFields[item.kind].length === 0) return;
    this.draft = Object.fromEntries(editFields[item.kind].map((field) => [field, fieldText(item, field)]));
    this.refusal = null;
  };

  cancelEdit = (): void => {
    this.draft = null;
    this.refusal = null;
  };

  saveEdit = async (): Promise<void> => {
    const row = this.selected;
    if (!row || !this.draft) return;
    const draft = $state.snapshot(this.draft);
    const outcome = await storageStatus.write(() =>
      editItem(this.#dependencies.database, row.item.id, draft),
    );
    if (!outcome.ok) {
      this.refusal = outcome.refusal;
      return;
    }
    this.draft = null;
    this.refusal = null;
    await this.#changed('saved');
  };

  toggleSuspended = async (): Promise<void> => {
    const card = this.selected?.card;
    if (!card) return;
    await storageStatus.write(() => setSuspended(this.#dependencies.database, card.id, !card.suspended));
    await this.#changed(null);
  };

  reset = async (): Promise<void> => {
    const card = this.selected?.card;
    if (!card) return;
    await storageStatus.write(() =>
      resetCard(this.#dependencies.database, card.id, this.#dependencies.clock()),
    );
    await this.#changed('reset');
  };

  /** Deletes the selected card's item (all its cards) and selects the row that took its place. */
  remove = async (): Promise<void> => {
    const row = this.selected;
    if (!row) return;
    const at = this.shown.indexOf(row);
    const removed = await storageStatus.write(() => deleteItem(this.#dependencies.database, row.item.id));
    this.deleted = [...this.deleted, removed];
    this.draft = null;
    await this.#changed('deleted');
    const next = this.shown[Math.min(at, this.shown.length - 1)];
    if (next) this.select(next.card.id);
  };

  /** Puts back the last deleted item exactly as it was, and selects its first card. */
  undo = async (): Promise<void> => {
    const last = this.deleted.at(-1);
    if (!last) return;
    await storageStatus.write(() => restoreItem(this.#dependencies.database, $state.snapshot(last)));
    this.deleted = this.deleted.slice(0, -1);
    this.selectedId = last.cards[0]?.id ?? this.selectedId;
    await this.#changed(null);
  };

  /** The last delete, for the undo button's label. */
  get lastDeleted(): DeletedItem | undefined {
    return this.deleted.at(-1);
  }

  async #changed(notice: BrowseNotice | null): Promise<void> {
    this.notice = notice;
    await this.load();
  }

  async #loadHistory(): Promise<void> {
    const cardId = this.selected?.card.id;
    const history = cardId ? await cardHistory(this.#dependencies.database, cardId) : [];
    if (this.selected?.card.id === cardId) this.history = history;
  }
}
