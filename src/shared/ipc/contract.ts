import type { BackupEntry } from '../backup/backup-store.ts';
import type { BackupOutcome } from '../backup/storage-problem.ts';
import type { EngineErrorData } from '../engine/engine-error.ts';
import type { JobReply, JobPayload } from '../engine/jobs.ts';
import { jobNames, type JobName } from '../engine/job-names.ts';
import type { WireReply } from '../engine/reply-text.ts';

/**
 * The one typed contract between renderer and main (VS Code's shape). Every invoke channel is listed here; the
 * preload exposes exactly one function per channel and main registers exactly one handler per channel.
 *
 * Replies are a result union rather than a thrown error, because Electron keeps only an Error's message when a
 * handler throws, and the renderer needs the error code.
 */
export type IpcResult<Value> = { ok: true; value: Value } | { ok: false; error: EngineErrorData };

/** An engine call carries the caller's id, so the caller can cancel it and match its progress events. */
export interface EngineCall<Name extends JobName> {
  requestId: string;
  payload: JobPayload<Name>;
}

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
}

export type InvokeContract = {
  /** A job's reply, as text for the jobs that cross as text (engine/reply-text.ts). */
  [Name in JobName]: (call: EngineCall<Name>) => IpcResult<WireReply<Name, JobReply<Name>>>;
} & {
  'engine:cancel': (requestId: string) => IpcResult<boolean>;
  'link:open': (url: string) => IpcResult<void>;
  'app:info': () => IpcResult<AppInfo>;
  /** The renderer's answer to 'app:exit-backup' (the request's id): its backup at exit is made, or not needed. */
  'app:exit-backup-done': (requestId: string) => IpcResult<void>;
} & BackupContract;

/**
 * The backups of the Electron app, kept by main in a folder (src/main/backup). The outer result refuses a
 * malformed request; the inner outcome says why the folder could not do it (a full disk, …) as data.
 */
export type BackupContract = {
  /** Keeps a backup file (made by encodeBackup); main reads its manifest line itself. */
  'backup:save': (bytes: Uint8Array) => IpcResult<BackupOutcome<BackupEntry>>;
  'backup:list': () => IpcResult<BackupOutcome<BackupEntry[]>>;
  'backup:read': (id: string) => IpcResult<BackupOutcome<Uint8Array>>;
  'backup:remove': (id: string) => IpcResult<BackupOutcome<null>>;
  /** The folder backups go to. */
  'backup:location': () => IpcResult<string>;
  /** Asks the student for a folder (a dialog); null when they cancel, the folder kept otherwise. */
  'backup:choose-folder': () => IpcResult<BackupOutcome<string | null>>;
};

export type BackupChannel = keyof BackupContract;

export const backupChannels: readonly BackupChannel[] = [
  'backup:save',
  'backup:list',
  'backup:read',
  'backup:remove',
  'backup:location',
  'backup:choose-folder',
];

export type InvokeChannel = keyof InvokeContract;

/** Events main sends to the renderer. */
export interface EventContract {
  'engine:progress': { requestId: string; fraction: number };
  /**
   * The window is closing or the app quitting (src/main/exit-backup.ts): back up what changed since the last
   * backup, then answer with 'app:exit-backup-done' and this id. Main goes on after a time limit regardless.
   */
  'app:exit-backup': { requestId: string };
}

export type EventChannel = keyof EventContract;

export const invokeChannels: readonly InvokeChannel[] = [
  ...jobNames,
  'engine:cancel',
  'link:open',
  'app:info',
  'app:exit-backup-done',
  ...backupChannels,
];
export const eventChannels: readonly EventChannel[] = ['engine:progress', 'app:exit-backup'];

/** Largest request id main accepts: ids are short random strings made by the renderer. */
export const requestIdMaxLength = 64;
