import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, BackupFolder, fileNameOf } from '../../../../src/main/backup/backup-folder.ts';
import type { FileSystem } from '../../../../src/main/backup/atomic-write.ts';
import { decodeBackup, encodeBackup, readManifestLine } from '../../../../src/shared/backup/backup-file.ts';
import { rotationPolicy } from '../../../../src/shared/backup/rotation.ts';

vi.mock('electron');

const dayMs = 86_400_000;
const start = Date.UTC(2026, 10, 1, 9);
let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'deepdrill-backups-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** A small real backup made at `createdAt`, a settings row telling them apart. */
async function backupAt(createdAt: number) {
  const bytes = await encodeBackup({
    appVersion: '0.9.0',
    schemaVersion: 1,
    createdAt,
    tables: {
      decks: [],
      items: [],
      drillSessions: [],
      drillAnswers: [],
      settings: [{ key: 'made', value: createdAt }],
    },
  });
  const reading = readManifestLine(bytes);
  if (!reading.ok) throw new Error('encodeBackup made an unreadable manifest line');
  return { bytes, manifest: reading.manifest };
}

function folderOver(fileSystem: FileSystem = fs, now = () => start) {
  return new BackupFolder({ folder: () => folder, now, timeZone: () => 'Asia/Shanghai', fileSystem });
}

/** Every file of the folder with its bytes. */
async function snapshot(): Promise<Record<string, Buffer>> {
  const names = (await fs.readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await fs.readFile(join(folder, name))])),
  );
}

describe('BackupFolder', () => {
  it('saves, lists newest first, reads back the same bytes and removes', async () => {
    const backups = folderOver();
    const older = await backupAt(start - 3_600_000);
    const newer = await backupAt(start);
    const saved = await backups.save(older.bytes, older.manifest);
    await backups.save(newer.bytes, newer.manifest);
    expect(saved).toEqual({
      ok: true,
      value: {
        id: fileNameOf(older.manifest),
        createdAt: older.manifest.createdAt,
        size: older.bytes.length,
        manifest: older.manifest,
      },
    });
    expect(fileNameOf(older.manifest)).toMatch(backupFileName);
    const listed = await backups.list();
    expect(listed.ok && listed.value.map((entry) => entry.createdAt)).toEqual([start, start - 3_600_000]);
    const read = await backups.read(fileNameOf(newer.manifest));
    expect(read.ok && Buffer.from(read.value).equals(Buffer.from(newer.bytes))).toBe(true);
    expect(read.ok && (await decodeBackup(read.value, { schemaVersion: 3 })).ok).toBe(true);
    expect(await backups.remove(fileNameOf(older.manifest))).toEqual({ ok: true, value: null });
    const after = await backups.list();
    expect(after.ok && after.value.map((entry) => entry.id)).toEqual([fileNameOf(newer.manifest)]);
    expect(backups.location()).toBe(folder);
  });

  it('answers a missing backup, a foreign name and a missing folder as data', async () => {
    const backups = folderOver();
    const id = 'deepdrill-2026-11-01T09-00-00.000Z-0123abcd.deepdrill';
    expect(await backups.read(id)).toEqual({ ok: false, problem: { code: 'not-found', id } });
    expect(await backups.remove(id)).toEqual({ ok: false, problem: { code: 'not-found', id } });
    expect(await backups.read('../secrets')).toEqual({
      ok: false,
      problem: { code: 'not-a-backup-file', id: '../secrets' },
    });
    await fs.rm(folder, { recursive: true });
    expect(await backups.list()).toEqual({ ok: true, value: [] });
  });

  it('lists only whole backups: temporary files, foreign files and damaged manifests are left out', async () => {
    const backups = folderOver();
    const good = await backupAt(start);
    await backups.save(good.bytes, good.manifest);
    await fs.writeFile(join(folder, `${fileNameOf(good.manifest)}.1234abcd.tmp`), good.bytes.subarray(0, 40));
    await fs.writeFile(join(folder, 'notes.txt'), 'mine');
    await fs.writeFile(
      join(folder, 'deepdrill-2026-10-01T09-00-00.000Z-00000000.deepdrill'),
      'DEEPDRILL-BACKUP\n{',
    );
    const listed = await backups.list();
    expect(listed.ok && listed.value.map((entry) => entry.id)).toEqual([fileNameOf(good.manifest)]);
  });

  it('applies the rotation after each save, and never touches files that are not its backups', async () => {
    let now = start;
    const backups = folderOver(fs, () => now);
    await fs.writeFile(join(folder, 'notes.txt'), 'mine');
    // Every third day for 400 days (fsync makes each save slow): only today's is recent, then the tiers fill.
    for (let day = 0; day < 400; day += 3) {
      now = start + day * dayMs;
      const backup = await backupAt(now);
      expect((await backups.save(backup.bytes, backup.manifest)).ok).toBe(true);
    }
    const listed = await backups.list();
    const kept = rotationPolicy.daily + rotationPolicy.weekly + rotationPolicy.monthly;
    expect(listed.ok && listed.value.length).toBe(1 + kept);
    expect(await fs.readFile(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('reports a full disk (ENOSPC, EDQUOT) as data and leaves no part of a file behind', async () => {
    const backups = folderOver();
    const first = await backupAt(start - 60_000);
    await backups.save(first.bytes, first.manifest);
    const before = await snapshot();
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const full: FileSystem = {
        ...fs,
        open: (async (path: string, flags: string) => {
          const handle = await fs.open(path, flags);
          if (flags !== 'wx') return handle;
          return Object.assign(Object.create(handle) as fs.FileHandle, {
            writeFile: async (bytes: Uint8Array) => {
              await handle.writeFile(bytes.subarray(0, 10)); // part of it reached the disk
              throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
            },
            sync: () => handle.sync(),
            close: () => handle.close(),
          });
        }) as FileSystem['open'],
      };
      const next = await backupAt(start);
      expect(await folderOver(full).save(next.bytes, next.manifest)).toEqual({
        ok: false,
        problem: { code: 'disk-full', location: folder },
      });
      expect(await snapshot()).toEqual(before);
    }
  });

  it('reports any other write error with its code, and no permission as such', async () => {
    const failing = (code: string): FileSystem => ({
      ...fs,
      rename: async () => {
        throw Object.assign(new Error(code), { code });
      },
    });
    const backup = await backupAt(start);
    expect(await folderOver(failing('EIO')).save(backup.bytes, backup.manifest)).toEqual({
      ok: false,
      problem: { code: 'write-failed', location: folder, reason: 'EIO' },
    });
    expect(await folderOver(failing('EACCES')).save(backup.bytes, backup.manifest)).toEqual({
      ok: false,
      problem: { code: 'no-permission', location: folder },
    });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('leaves the earlier backups intact when the process is killed between write and rename', async () => {
    const backups = folderOver();
    for (const hours of [3, 2, 1]) {
      const backup = await backupAt(start - hours * 3_600_000);
      await backups.save(backup.bytes, backup.manifest);
    }
    const before = await snapshot();
    const next = await backupAt(start);
    const nextFile = join(folder, '..', `${fileNameOf(next.manifest)}-input`);
    await fs.writeFile(nextFile, next.bytes);
    try {
      const signal = await killedWhileRenaming(nextFile);
      expect(signal).toBe('SIGKILL');
    } finally {
      await fs.rm(nextFile, { force: true });
    }
    // The temporary file was written in full, but the new backup's name never appeared.
    const after = await snapshot();
    const temporary = Object.keys(after).filter((name) => name.endsWith('.tmp'));
    expect(temporary).toHaveLength(1);
    expect(after[temporary[0]!]!.equals(Buffer.from(next.bytes))).toBe(true);
    for (const [name, bytes] of Object.entries(before)) expect(after[name]!.equals(bytes), name).toBe(true);
    const listed = await backups.list();
    expect(listed.ok && listed.value.map((entry) => entry.id).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      const read = await backups.read(name);
      expect(read.ok && (await decodeBackup(read.value, { schemaVersion: 3 })).ok, name).toBe(true);
    }
    // The next save clears the leftover and keeps its own.
    await backups.save(next.bytes, next.manifest);
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

/** Runs fixtures/save-backup-then-hang.ts and kills it with SIGKILL once it says it is renaming. */
function killedWhileRenaming(backupFile: string): Promise<NodeJS.Signals | null> {
  const tsx = new URL('../../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
  const script = new URL('../fixtures/save-backup-then-hang.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', tsx, script, folder, backupFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (chunk.includes('renaming')) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      signal ? resolve(signal) : reject(new Error(`the child ended by itself (${code}): ${stderr}`)),
    );
  });
}
