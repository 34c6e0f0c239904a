import type { IpcMainInvokeEvent } from 'electron';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileSystem } from '../../../../src/main/backup/atomic-write.ts';
import { BackupFolder } from '../../../../src/main/backup/backup-folder.ts';
import { BackupFolderSetting } from '../../../../src/main/backup/folder-setting.ts';
import { createBackupHandlers } from '../../../../src/main/ipc/backup-handlers.ts';
import type { InvokeHandlers } from '../../../../src/main/ipc/invoke-handlers.ts';
import { answerInvoke } from '../../../../src/main/ipc/register.ts';
import { ElectronBackupStore } from '../../../../src/renderer/lib/host/electron-host.ts';
import { decodeBackup, encodeBackup, readManifestLine } from '../../../../src/shared/backup/backup-file.ts';
import { BackupStorageError } from '../../../../src/shared/backup/storage-problem.ts';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import type { DeepDrillBridge } from '../../../../src/shared/ipc/bridge.ts';
import { backupChannels } from '../../../../src/shared/ipc/contract.ts';
import { semesterTables } from '../../../support/backup-semester.ts';

vi.mock('electron');

let userData: string;
beforeEach(async () => {
  userData = await fs.mkdtemp(join(tmpdir(), 'deepdrill-electron-store-'));
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

/** The preload bridge as the renderer sees it, its backup channels answered by main's real handlers. */
function bridgeTo(fileSystem: FileSystem = fs): DeepDrillBridge {
  const setting = new BackupFolderSetting(userData);
  const backups = new BackupFolder({
    folder: () => setting.current(),
    now: () => Date.now(),
    timeZone: () => 'UTC',
    fileSystem,
  });
  const handlers = createBackupHandlers({
    backups,
    setting,
    chooseFolder: async () => undefined,
    fileSystem,
  });
  const event = {
    sender: { id: 1 },
    senderFrame: { url: 'app://bundle/', parent: null },
  } as unknown as IpcMainInvokeEvent;
  const invoke = Object.fromEntries(
    backupChannels.map((channel) => [
      channel,
      // Electron's IPC copies arguments and replies (structured clone); so does this.
      async (...args: unknown[]) =>
        structuredClone(
          await answerInvoke(
            handlers as InvokeHandlers,
            channel,
            { contentsId: 1, origin: 'app://bundle' },
            event,
            structuredClone(args),
          ),
        ),
    ]),
  );
  return { invoke, on: {} } as unknown as DeepDrillBridge;
}

describe('ElectronBackupStore', () => {
  it('keeps a semester backup in main’s folder and reads it back whole', async () => {
    const store = new ElectronBackupStore(bridgeTo());
    const bytes = await encodeBackup({
      appVersion: '0.9.0',
      schemaVersion: 3,
      createdAt: Date.now(),
      tables: semesterTables(30),
    });
    const manifest = readManifestLine(bytes);
    if (!manifest.ok) throw new Error('unreadable manifest');
    const entry = await store.save(bytes, manifest.manifest);
    expect(entry).toMatchObject({ size: bytes.length, manifest: manifest.manifest });
    expect(await store.list()).toEqual([entry]);
    const read = await store.read(entry.id);
    expect((await decodeBackup(read, { schemaVersion: 3 })).ok).toBe(true);
    expect(await store.location()).toBe(join(userData, 'backups'));
    expect(await store.chooseFolder()).toBeNull();
    await store.remove(entry.id);
    expect(await store.list()).toEqual([]);
  });

  it('throws a full disk as a BackupStorageError with its problem, a bad id as an EngineError', async () => {
    const full: FileSystem = {
      ...fs,
      rename: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
    };
    const store = new ElectronBackupStore(bridgeTo(full));
    const bytes = await encodeBackup({
      appVersion: '0.9.0',
      schemaVersion: 3,
      createdAt: Date.now(),
      tables: {},
    });
    const manifest = readManifestLine(bytes);
    if (!manifest.ok) throw new Error('unreadable manifest');
    const saving = store.save(bytes, manifest.manifest);
    await expect(saving).rejects.toThrow(BackupStorageError);
    await expect(saving).rejects.toMatchObject({
      problem: { code: 'disk-full', location: join(userData, 'backups') },
    });
    await expect(store.read('../x')).rejects.toThrow(EngineError);
    await expect(store.read('../x')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
