import { decodeBackup, type BackupManifest } from '../../../shared/backup/backup-file.ts';
import type { BackupProblem } from '../../../shared/backup/backup-problem.ts';
import type { BackupEntry, BackupStore } from '../../../shared/backup/backup-store.ts';
import { BackupStorageError, type BackupStorageProblem } from '../../../shared/backup/storage-problem.ts';
import { EngineError } from '../../../shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../../shared/engine/refusal.ts';
import type { AutoBackup } from '../../lib/backup/auto-backup.ts';
import { makeBackup } from '../../lib/backup/make-backup.ts';
import { currentSchema } from '../../lib/db/database-tables.ts';
import { restoreBackup, type RestoreStep } from '../../lib/db/backup-restore.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import type { DatabaseProblem } from '../../lib/db/startup-check.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import { backupFileName } from './backup-file-name.ts';

/** The part of a browser `File` the store reads, so tests can hand in plain objects. */
export interface BackupFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What a restore would put back: a kept backup, or a file the student chose that has been checked. */
export type RestoreSource =
  | { kind: 'kept'; entry: BackupEntry }
  | { kind: 'file'; fileName: string; bytes: Uint8Array; manifest: BackupManifest };

/** What the last action left to say; the screen words it. */
export type BackupsNotice =
  | { kind: 'backed-up' | 'restored'; createdAt: number }
  | { kind: 'refused'; fileName: string; problems: BackupProblem[] }
  | {
      kind:
        | 'backup-failed'
        | 'restore-failed'
        | 'read-failed'
        | 'download-failed'
        | 'setting-failed'
        | 'folder-failed'
        | 'list-failed';
      detail: string;
      /** The host's reason, worded in the student's language (a full disk, a folder without permission…). */
      problem?: BackupStorageProblem;
      /** The engine's refusal of the request (main's checks of what the renderer sent), worded the same way. */
      refusal?: EngineRefusal;
      fileName?: string;
    }
  | { kind: 'too-large'; fileName: string; bytes: number; limit: number }
  | { kind: 'one-file-only' };

export type BackupsBusy = 'backing-up' | 'reading' | RestoreStep;

export interface BackupsStoreDependencies {
  database: DeepDrillDatabase;
  /** The host's backups: a folder written by main in Electron, a second IndexedDB database in a browser. */
  store: BackupStore;
  automatic: AutoBackup;
  /** Stores the automatic on/off setting (lib/db/settings.ts in the app). */
  saveAutomatic: (enabled: boolean) => Promise<void>;
  /** Milliseconds since the epoch (Date.now in the app). */
  clock: () => number;
  appVersion: string;
  /** Saves a file through the browser's download (lib/download.ts in the app). */
  download: (name: string, bytes: Uint8Array) => void;
  /** Lets the student choose the backups' folder (Electron only); resolves to the new folder, or null. */
  chooseFolder?: () => Promise<string | null>;
  /** After a restore: the app reopens, so every screen reads the restored data (a reload in the app). */
  onRestored: () => void;
}

/** Larger than any backup this app writes by far; a bigger file is refused before it is read into memory. */
export const backupFileLimit = 256 * 1024 * 1024;

/**
 * The Backups screen's state: the kept backups, automatic backups on or off, "back up now", and a restore that
 * goes source → confirmation → restore (lib/db/backup-restore.ts). A chosen file is checked completely before
 * the confirmation is offered, so a refused file never asks the student anything and changes nothing.
 */
export class BackupsStore {
  entries = $state.raw<BackupEntry[]>([]);
  location = $state<string | null>(null);
  automatic = $state(true);
  busy = $state<BackupsBusy | null>(null);
  notice = $state.raw<BackupsNotice | null>(null);
  pending = $state.raw<RestoreSource | null>(null);
  /** What the start-up check found wrong, and the newest backup that reads, to offer in the banner. */
  damage = $state.raw<DatabaseProblem[]>([]);
  newestGood = $state.raw<BackupEntry | null>(null);

  readonly canChooseFolder: boolean;
  readonly #dependencies: BackupsStoreDependencies;

  constructor(dependencies: BackupsStoreDependencies) {
    this.#dependencies = dependencies;
    this.canChooseFolder = dependencies.chooseFolder !== undefined;
    this.automatic = dependencies.automatic.enabled;
  }

  load = async (): Promise<void> => {
    try {
      const { store } = this.#dependencies;
      [this.entries, this.location] = await Promise.all([store.list(), store.location()]);
    } catch (error) {
      this.notice = { kind: 'list-failed', ...failure(error) };
    }
  };

  backUpNow = async (): Promise<void> => {
    if (this.busy) return;
    this.notice = null;
    this.busy = 'backing-up';
    try {
      const entry = await this.#backUp();
      this.notice = { kind: 'backed-up', createdAt: entry.createdAt };
      await this.load();
    } catch (error) {
      this.notice = { kind: 'backup-failed', ...failure(error) };
    } finally {
      this.busy = null;
    }
  };

  setAutomatic = async (enabled: boolean): Promise<void> => {
    this.automatic = enabled;
    this.#dependencies.automatic.setEnabled(enabled);
    try {
      await this.#dependencies.saveAutomatic(enabled);
    } catch (error) {
      this.notice = { kind: 'setting-failed', ...failure(error) };
    }
  };

  chooseFolder = async (): Promise<void> => {
    const choose = this.#dependencies.chooseFolder;
    if (!choose) return;
    try {
      const folder = await choose();
      if (folder !== null) await this.load();
    } catch (error) {
      this.notice = { kind: 'folder-failed', ...failure(error) };
    }
  };

  /** Reads and checks a chosen or dropped file; a good one waits for the student's confirmation. */
  chooseFile = async (file: BackupFile): Promise<void> => {
    if (this.busy) return;
    this.notice = null;
    this.pending = null;
    this.busy = 'reading';
    try {
      if (file.size > backupFileLimit) {
        this.notice = { kind: 'too-large', fileName: file.name, bytes: file.size, limit: backupFileLimit };
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const reading = await decodeBackup(bytes, { schemaVersion: currentSchema.version });
      if (reading.ok) this.pending = { kind: 'file', fileName: file.name, bytes, manifest: reading.manifest };
      else this.notice = { kind: 'refused', fileName: file.name, problems: reading.problems };
    } catch (error) {
      this.notice = { kind: 'read-failed', fileName: file.name, ...failure(error) };
    } finally {
      this.busy = null;
    }
  };

  refuseSeveral = (): void => {
    this.pending = null;
    this.notice = { kind: 'one-file-only' };
  };

  askRestore = (entry: BackupEntry): void => {
    this.notice = null;
    this.pending = { kind: 'kept', entry };
  };

  cancel = (): void => {
    this.pending = null;
  };

  /** Restores the pending source: the current data is backed up first, then replaced in one transaction. */
  confirm = async (): Promise<void> => {
    const source = this.pending;
    if (!source || this.busy) return;
    const { database, store, onRestored } = this.#dependencies;
    const fileName = source.kind === 'file' ? source.fileName : backupFileName(source.entry.createdAt);
    this.busy = 'checking';
    try {
      const bytes = source.kind === 'file' ? source.bytes : await store.read(source.entry.id);
      const outcome = await storageStatus.write(() =>
        restoreBackup(database, bytes, {
          backUpCurrent: () => this.#backUp(),
          onStep: (step) => (this.busy = step),
        }),
      );
      this.pending = null;
      if (!outcome.ok) {
        this.notice = { kind: 'refused', fileName, problems: outcome.problems };
        return;
      }
      this.damage = [];
      this.notice = { kind: 'restored', createdAt: outcome.manifest.createdAt };
      onRestored();
    } catch (error) {
      this.pending = null;
      this.notice = { kind: 'restore-failed', ...failure(error) };
      await this.load();
    } finally {
      this.busy = null;
    }
  };

  download = async (entry: BackupEntry): Promise<void> => {
    try {
      const bytes = await this.#dependencies.store.read(entry.id);
      this.#dependencies.download(backupFileName(entry.createdAt), bytes);
    } catch (error) {
      this.notice = { kind: 'download-failed', ...failure(error) };
    }
  };

  /**
   * Takes the start-up check's findings; when the database is damaged, finds the newest kept backup that
   * reads completely, to offer it.
   */
  reportDamage = async (problems: DatabaseProblem[]): Promise<void> => {
    this.damage = problems;
    if (problems.length === 0) return;
    await this.load();
    for (const entry of this.entries) {
      const reading = await decodeBackup(await this.#dependencies.store.read(entry.id), {
        schemaVersion: currentSchema.version,
      }).catch(() => null);
      if (reading?.ok) {
        this.newestGood = entry;
        return;
      }
    }
  };

  async #backUp(): Promise<BackupEntry> {
    const { database, store, clock, appVersion, automatic } = this.#dependencies;
    const entry = await makeBackup({ database, store, clock, appVersion });
    automatic.noteBackup(entry.createdAt);
    return entry;
  }
}

/** A failure as the notice carries it: the message, and the host's problem when it gave one. */
function failure(error: unknown): {
  detail: string;
  problem?: BackupStorageProblem;
  refusal?: EngineRefusal;
} {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof BackupStorageError) return { detail, problem: error.problem };
  return error instanceof EngineError && error.refusal ? { detail, refusal: error.refusal } : { detail };
}
