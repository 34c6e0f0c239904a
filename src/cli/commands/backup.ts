import {
  backupFileLimit,
  decodeBackup,
  readManifestLine,
  type BackupManifest,
} from '../../shared/backup/backup-file.ts';
import { wordBackupProblem } from '../../shared/backup/backup-messages.ts';
import type { BackupProblem } from '../../shared/backup/backup-problem.ts';
import { newestRulesVersion } from '../../shared/backup/table-rules.ts';
import type { Language } from '../../shared/deck/localized-text.ts';
import { defineCommand } from '../command.ts';
import { readFileOptions, type FileOptions } from '../file-options.ts';
import { UsageError } from '../options.ts';
import { readInputBytes } from '../read-input.ts';
import { wordReadProblem } from '../read-input-messages.ts';

const count = (value: number) => value.toLocaleString('en-US');

const usage = `Usage: npm run cli -- backup verify <file> [--format text|json] [--lang zh|en]
       npm run cli -- backup inspect <file> [--format text|json] [--lang zh|en]

  verify   checks a backup file exactly as a restore does: format, versions, checksum, row counts, every row
           against its table's rules (database version ${newestRulesVersion} and older)
  inspect  prints the manifest (app and database version, when it was made, the rows of each table) without
           checking the content
  --format text (default) or json
  --lang   the language of the messages: en (default) or zh

The file is sized before it is read and refused above ${count(backupFileLimit)} bytes.
Exit codes: 0 the backup can be restored (verify) or its manifest reads (inspect); 1 it cannot (each reason is
printed); 2 bad arguments or a file that cannot be read.
`;

interface BackupArguments extends FileOptions {
  action: 'verify' | 'inspect';
}

function readArguments(args: readonly string[]): BackupArguments {
  const [action, ...rest] = args;
  if (action !== 'verify' && action !== 'inspect')
    throw new UsageError(action ? `Unknown backup command "${action}".` : '');
  return { action, ...readFileOptions(rest, 'backup') };
}

function errorsJson(problems: readonly BackupProblem[], language: Language) {
  return {
    ok: false,
    errors: problems.map((problem) => ({
      code: problem.code,
      message: wordBackupProblem(problem, language),
    })),
  };
}

/** The manifest as lines: versions, time, size, checksum, then the rows of each table. */
function manifestText(file: string, manifest: BackupManifest): string {
  const tables = Object.entries(manifest.counts);
  const total = tables.reduce((sum, [, rows]) => sum + rows, 0);
  const width = Math.max(0, ...tables.map(([table]) => table.length));
  return [
    `${file}: DeepDrill ${manifest.appVersion}, database version ${manifest.schemaVersion}, made ${new Date(manifest.createdAt).toISOString()}`,
    `  format ${manifest.format} ${manifest.formatVersion}, content ${count(manifest.contentBytes)} bytes, sha256 ${manifest.sha256}`,
    `  ${count(total)} rows in ${tables.length} tables:`,
    ...tables.map(([table, rows]) => `    ${table.padEnd(width)}  ${count(rows).padStart(9)}`),
  ].join('\n');
}

function problemsText(file: string, problems: readonly BackupProblem[], language: Language): string {
  return problems.map((problem) => `${file}: ${wordBackupProblem(problem, language)}`).join('\n');
}

/**
 * `backup verify` runs decodeBackup, the very check a restore makes; `backup inspect` reads the manifest line
 * alone (quick, and it still shows what a backup holds when its content is damaged).
 */
export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Check a backup file as a restore does, or show its manifest: backup verify|inspect <file>',
  usage,
  async run(args, io) {
    const { action, file, format, language } = readArguments(args);
    const read = await readInputBytes(file, io.cwd, backupFileLimit);
    if (!read.ok) {
      io.stderr.write(`backup: ${wordReadProblem(read.problem, language)}\n`);
      return 2;
    }
    const reading =
      action === 'verify'
        ? await decodeBackup(read.bytes, { schemaVersion: newestRulesVersion })
        : readManifestLine(read.bytes);
    if (format === 'json') {
      const body = reading.ok
        ? { ok: true, manifest: reading.manifest }
        : errorsJson(reading.problems, language);
      io.stdout.write(`${JSON.stringify(body)}\n`);
    } else {
      io.stdout.write(
        `${reading.ok ? manifestText(file, reading.manifest) : problemsText(file, reading.problems, language)}\n`,
      );
    }
    return reading.ok ? 0 : 1;
  },
});
