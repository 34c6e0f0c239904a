import type { Deck } from '../../../shared/deck/deck.ts';
import { deckFormats } from '../../../shared/deck/formats/registry.ts';
import {
  deckError,
  deckFileLimit,
  type DeckIssue,
  type DeckNote,
} from '../../../shared/deck/import/deck-issue.ts';
import { matchKnownItems, withRenamedIds } from '../../../shared/deck/import/known-items.ts';
import { readDeckFile } from '../../../shared/deck/import/read-deck-file.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { importDeck, previewImport } from '../../lib/db/deck-import.ts';
import { loadAllDecks, loadDeck, storedDecks } from '../../lib/db/decks.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import type { DeckRecord } from '../../lib/db/records.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import { type PreviewRow, previewRows } from './import-preview.ts';

/** The part of a browser `File` the store reads, so tests can hand in plain objects. */
export interface DeckFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The one preview an import passes through: what the file will do, or why it cannot be imported. */
export type ImportPreview =
  | { status: 'ready'; fileName: string; deck: Deck; rows: PreviewRow[]; notes: DeckNote[] }
  | { status: 'refused'; fileName: string; errors: DeckIssue[] };

/** What the last action left to say: an import done, or a failure worded by the screen. */
export type DecksNotice =
  | { kind: 'imported'; title: LocalizedText; added: number; updated: number; unchanged: number }
  | { kind: 'import-failed' | 'read-failed' | 'export-failed'; fileName: string; detail: string }
  | { kind: 'one-file-only' };

export type ExportFormat = 'json' | 'markdown';

export interface DecksStoreDependencies {
  database: DeepDrillDatabase;
  /** Milliseconds since the epoch (Date.now in the app). */
  clock: () => number;
  /** Saves a text file (lib/download.ts in the app). */
  download: (name: string, text: string, mime: string) => void;
}

/**
 * The Decks screen's state: the stored decks, and an import that goes file → preview → confirm. Reading and
 * planning write nothing; only `confirm` stores, in one transaction (lib/db/deck-import.ts).
 */
export class DecksStore {
  // Raw state: these are replaced whole, never edited in place, and the deck goes to IndexedDB as it is (a
  // deep $state proxy cannot be structured-cloned).
  decks = $state.raw<DeckRecord[]>([]);
  preview = $state.raw<ImportPreview | null>(null);
  busy = $state<'reading' | 'importing' | null>(null);
  notice = $state.raw<DecksNotice | null>(null);

  readonly #dependencies: DecksStoreDependencies;

  constructor(dependencies: DecksStoreDependencies) {
    this.#dependencies = dependencies;
  }

  load = async (): Promise<void> => {
    // In the order Today lists them (storedDecks): the same in both languages.
    this.decks = await storedDecks(this.#dependencies.database);
  };

  /** Reads a chosen or dropped file into the preview. Nothing is stored. */
  choose = async (file: DeckFile): Promise<void> => {
    this.notice = null;
    this.preview = null;
    this.busy = 'reading';
    try {
      this.preview = await this.#read(file);
    } catch (error) {
      this.notice = { kind: 'read-failed', fileName: file.name, detail: describe(error) };
    } finally {
      this.busy = null;
    }
  };

  /** Several files dropped at once: the import takes one, so it says so instead of guessing which. */
  refuseSeveral = (): void => {
    this.preview = null;
    this.notice = { kind: 'one-file-only' };
  };

  cancel = (): void => {
    this.preview = null;
  };

  /** Stores the previewed deck, all or nothing. */
  confirm = async (): Promise<void> => {
    const preview = this.preview;
    if (preview?.status !== 'ready' || this.busy) return;
    this.busy = 'importing';
    try {
      const { database, clock } = this.#dependencies;
      const plan = await storageStatus.write(() => importDeck(database, preview.deck, clock()));
      this.preview = null;
      this.notice = {
        kind: 'imported',
        title: preview.deck.title,
        added: plan.added.length,
        updated: plan.updated.length,
        unchanged: plan.unchanged.length,
      };
      await this.load();
    } catch (error) {
      this.notice = { kind: 'import-failed', fileName: preview.fileName, detail: describe(error) };
    } finally {
      this.busy = null;
    }
  };

  /** Downloads a stored deck in one of the formats that can write it. */
  exportDeck = async (deckId: string, format: ExportFormat): Promise<void> => {
    try {
      const deck = await loadDeck(this.#dependencies.database, deckId);
      const writer = deckFormats.find((candidate) => candidate.name === format);
      if (!deck || !writer?.write) throw new Error(`deck ${deckId} cannot be exported as ${format}`);
      const name = `${deckId.replace(/[^A-Za-z0-9._-]/g, '-')}${writer.extensions[0]}`;
      this.#dependencies.download(
        name,
        writer.write(deck),
        format === 'json' ? 'application/json' : 'text/markdown',
      );
    } catch (error) {
      this.notice = { kind: 'export-failed', fileName: deckId, detail: describe(error) };
    }
  };

  async #read(file: DeckFile): Promise<ImportPreview> {
    // A huge file is refused from its size, before its bytes are read into memory.
    if (file.size > deckFileLimit) {
      const errors = [deckError('FILE_TOO_LARGE', null, { bytes: file.size, limit: deckFileLimit })];
      return { status: 'refused', fileName: file.name, errors };
    }
    const read = readDeckFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return { status: 'refused', fileName: file.name, errors: read.errors };
    // A file the app already holds (the homework's Markdown) updates its stored deck (matchKnownItems).
    const { database } = this.#dependencies;
    const { deck, renamed } = matchKnownItems(read.deck, await loadAllDecks(database));
    const rows = previewRows(await previewImport(database, deck), withRenamedIds(read.lines, renamed));
    return { status: 'ready', fileName: file.name, deck, rows, notes: read.notes };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
