import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../../../src/cli/commands/backup.ts';
import { backupFileLimit, encodeBackup } from '../../../src/shared/backup/backup-file.ts';
import { backupMessages } from '../../../src/shared/backup/backup-messages.ts';
import { semesterTables } from '../../support/backup-semester.ts';
import { spawnCli } from './spawn-cli.ts';

const createdAt = Date.UTC(2026, 11, 2, 8, 30);
const tables = semesterTables(30);
let folder: string;
let good: string;
let cut: string;
let newer: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'deepdrill-backup-cli-'));
  const bytes = await encodeBackup({ appVersion: '0.9.0', schemaVersion: 3, createdAt, tables });
  good = join(folder, 'semester.deepdrill');
  cut = join(folder, 'cut.deepdrill');
  newer = join(folder, 'newer.deepdrill');
  await writeFile(good, bytes);
  await writeFile(cut, bytes.subarray(0, bytes.length - 100));
  await writeFile(newer, await encodeBackup({ appVersion: '2.0.0', schemaVersion: 4, createdAt, tables }));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The command in this process, its output collected. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await backupCommand.run(args, {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    cwd: folder,
  } as never);
  return { code, stdout, stderr };
}

const counts = Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]));

describe('backup verify', () => {
  it('prints {"ok":true,"manifest":…} for a good backup, exit 0', async () => {
    const result = await run('verify', 'semester.deepdrill', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      manifest: expect.objectContaining({ appVersion: '0.9.0', schemaVersion: 3, createdAt, counts }),
    });
  });

  it('prints {"ok":false,"errors":[{"code","message"}]} for a cut file and a newer one, exit 1, in either language', async () => {
    const truncated = await run('verify', cut, '--format=json');
    expect(truncated.code).toBe(1);
    expect(JSON.parse(truncated.stdout)).toEqual({
      ok: false,
      errors: [
        {
          code: 'truncated',
          message:
            'The backup file is incomplete (cut short): it may not have been copied or downloaded in full.',
        },
      ],
    });
    const newerZh = await run('verify', newer, '--format', 'json', '--lang', 'zh');
    expect(newerZh.code).toBe(1);
    expect(JSON.parse(newerZh.stdout).errors).toEqual([
      {
        code: 'newer-schema',
        message:
          '这个备份来自更新的 DeepDrill（2.0.0，数据库版本 4）；这个版本只支持到数据库版本 3。请先更新 DeepDrill，再恢复。',
      },
    ]);
  });

  it('prints the manifest or the reasons as text by default', async () => {
    const ok = await run('verify', 'semester.deepdrill');
    expect(ok.stdout).toContain(
      'semester.deepdrill: DeepDrill 0.9.0, database version 3, made 2026-12-02T08:30:00.000Z',
    );
    expect(ok.stdout).toMatch(new RegExp(`reviewLogs +${counts.reviewLogs!.toLocaleString('en-US')}\\n`));
    const refused = await run('verify', cut);
    expect(refused.stdout).toBe(
      `${cut}: The backup file is incomplete (cut short): it may not have been copied or downloaded in full.\n`,
    );
  });

  it('refuses bad arguments and unreadable files with exit 2 and the usage or the reason', async () => {
    for (const args of [
      [],
      ['restore', good],
      ['verify'],
      ['verify', good, good],
      ['verify', good, '--format', 'xml'],
      ['verify', good, '--colour'],
    ]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run cli -- backup verify');
    }
    const missing = await run('verify', 'nothing.deepdrill');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'backup: nothing.deepdrill: no such file\n' });
    expect((await run('verify', '.')).stderr).toBe('backup: . is a folder, not a file\n');
  });
});

describe('backup inspect', () => {
  it('prints the manifest and counts without checking the content, even of a cut file', async () => {
    const result = await run('inspect', cut, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).manifest).toMatchObject({ counts, schemaVersion: 3 });
    const text = await run('inspect', good);
    expect(text.stdout).toContain(
      `  ${Object.values(counts)
        .reduce((sum, rows) => sum + rows, 0)
        .toLocaleString('en-US')} rows in 9 tables:`,
    );
  });

  it('refuses a file that is not a backup, exit 1', async () => {
    const notes = join(folder, 'notes.md');
    await writeFile(notes, '# 作业二\n');
    expect(await run('inspect', notes)).toEqual({
      code: 1,
      stdout: `${notes}: This is not a DeepDrill backup file.\n`,
      stderr: '',
    });
  });
});

// The real command line, as `npm run cli -- backup …` runs it (tsx, no build step): seconds on a busy machine.
describe('npm run cli -- backup', { timeout: 60_000 }, () => {
  it('verifies through the real CLI, exit 0 and 1', async () => {
    const ok = await spawnCli(['backup', 'verify', good, '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, manifest: { counts } });
    const refused = await spawnCli(['backup', 'verify', cut, '--format', 'json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, errors: [{ code: 'truncated' }] });
  });
});

describe('the backup docs', () => {
  const cliDocs = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
  const formatDocs = readFileSync(new URL('../../../docs/backup-format.md', import.meta.url), 'utf8');

  it('state the file limit the code uses', () => {
    expect(cliDocs).toContain(`| \`backup\` | 256 MiB (${backupFileLimit.toLocaleString('en-US')} bytes) |`);
    expect(backupFileLimit).toBe(256 * 1024 ** 2);
  });

  it('list every refusal code', () => {
    for (const code of Object.keys(backupMessages.problems)) expect(formatDocs).toContain(`\`${code}\``);
  });
});
