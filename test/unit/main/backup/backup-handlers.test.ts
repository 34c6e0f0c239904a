import type { IpcMainInvokeEvent } from 'electron';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupFolder } from '../../../../src/main/backup/backup-folder.ts';
import { BackupFolderSetting, folderSettingFile } from '../../../../src/main/backup/folder-setting.ts';
import { backupSizeLimit, createBackupHandlers } from '../../../../src/main/ipc/backup-handlers.ts';
import type { InvokeHandlers } from '../../../../src/main/ipc/invoke-handlers.ts';
import { answerInvoke } from '../../../../src/main/ipc/register.ts';
import { encodeBackup } from '../../../../src/shared/backup/backup-file.ts';
import type { BackupChannel } from '../../../../src/shared/ipc/contract.ts';

vi.mock('electron');

let userData: string;
beforeEach(async () => {
  userData = await fs.mkdtemp(join(tmpdir(), 'deepdrill-user-data-'));
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

const event = {
  sender: { id: 7 },
  senderFrame: { url: 'app://bundle/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

async function setUp(
  chosen: string | undefined = undefined,
  fileSystem: Pick<typeof fs, 'mkdir' | 'access'> = fs,
) {
  const setting = new BackupFolderSetting(userData);
  await setting.load();
  const backups = new BackupFolder({
    folder: () => setting.current(),
    now: () => Date.now(),
    timeZone: () => 'UTC',
  });
  const handlers = createBackupHandlers({ backups, setting, chooseFolder: async () => chosen, fileSystem });
  const ask = (channel: BackupChannel, ...args: unknown[]) =>
    answerInvoke(handlers as InvokeHandlers, channel, { contentsId: 7, origin: 'app://bundle' }, event, args);
  return { ask, setting };
}

const backup = () =>
  encodeBackup({
    appVersion: '0.9.0',
    schemaVersion: 1,
    createdAt: Date.now(),
    tables: { decks: [], items: [], drillSessions: [], drillAnswers: [], settings: [] },
  });

describe('backup handlers', () => {
  it('save, list, read and remove through IPC, in userData/backups by default', async () => {
    const { ask } = await setUp();
    const bytes = await backup();
    const saved = await ask('backup:save', bytes);
    expect(saved).toMatchObject({ ok: true, value: { ok: true, value: { size: bytes.length } } });
    const id = (saved as { value: { value: { id: string } } }).value.value.id;
    expect(await fs.readdir(join(userData, 'backups'))).toEqual([id]);
    expect(await ask('backup:list')).toMatchObject({ ok: true, value: { ok: true, value: [{ id }] } });
    expect(await ask('backup:read', id)).toEqual({ ok: true, value: { ok: true, value: bytes } });
    expect(await ask('backup:location')).toEqual({ ok: true, value: join(userData, 'backups') });
    expect(await ask('backup:remove', id)).toEqual({ ok: true, value: { ok: true, value: null } });
  });

  it('refuse a payload that is not a backup, or an id that is not a backup file name, naming the field', async () => {
    const { ask } = await setUp();
    const refusals = [
      await ask('backup:save', 'DEEPDRILL-BACKUP'),
      await ask('backup:save', new TextEncoder().encode('{"decks": []}')),
      await ask('backup:save', { length: backupSizeLimit + 1 }),
      await ask('backup:read', '../../etc/passwd'),
      await ask('backup:read', 42),
      await ask('backup:remove', 'deepdrill-x.deepdrill'),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^(bytes|id): /) },
      });
    }
    expect((refusals[1] as { error: { message: string } }).error.message).toBe(
      'bytes: not a backup file (not-a-backup)',
    );
  });

  it('choose-folder keeps the folder chosen, remembers it, and answers null when cancelled', async () => {
    const chosen = join(userData, 'chosen', 'backups');
    const { ask } = await setUp(chosen);
    expect(await ask('backup:choose-folder')).toEqual({ ok: true, value: { ok: true, value: chosen } });
    expect(await ask('backup:location')).toEqual({ ok: true, value: chosen });
    const bytes = await backup();
    await ask('backup:save', bytes);
    expect(await fs.readdir(chosen)).toHaveLength(1);
    expect(JSON.parse(await fs.readFile(join(userData, folderSettingFile), 'utf8'))).toEqual({
      folder: chosen,
    });

    const again = await setUp(undefined);
    expect(await again.ask('backup:location')).toEqual({ ok: true, value: chosen });
    expect(await again.ask('backup:choose-folder')).toEqual({ ok: true, value: { ok: true, value: null } });
    expect(again.setting.current()).toBe(chosen);
  });

  it('choose-folder answers a folder it may not write to as a problem and keeps the old one', async () => {
    const refused = join(userData, 'refused');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { ask, setting } = await setUp(refused, {
      mkdir: fs.mkdir,
      access: async () => Promise.reject(denied),
    });
    expect(await ask('backup:choose-folder')).toEqual({
      ok: true,
      value: { ok: false, problem: { code: 'no-permission', location: refused } },
    });
    expect(setting.current()).toBe(join(userData, 'backups'));
  });
});

describe('BackupFolderSetting', () => {
  it('falls back to userData/backups when the setting is damaged or not absolute', async () => {
    for (const text of ['{', '{"folder": "relative/path"}', '[]', 'null']) {
      await fs.writeFile(join(userData, folderSettingFile), text);
      const setting = new BackupFolderSetting(userData);
      await setting.load();
      expect(setting.current(), text).toBe(join(userData, 'backups'));
    }
    await expect(new BackupFolderSetting(userData).choose('relative')).rejects.toThrow(/absolute/);
  });
});
