import type { Language, LocalizedText } from '../deck/localized-text.ts';
import { wordProblem } from '../word-problem.ts';
import type { BackupProblem, BackupProblemCode } from './backup-problem.ts';
import type { Expectation } from './row-checks.ts';
import type { BackupStorageProblem, BackupStorageProblemCode } from './storage-problem.ts';

/**
 * Why a backup was refused, in both languages. Keyed by the closed unions, so a new code or expectation
 * without its words fails to compile. Templates take the problem's values as `{name}` (wordProblem); rows are
 * shown counted from 1, as a student counts them.
 */
export const backupMessages = {
  problems: {
    empty: { zh: '文件是空的。', en: 'The file is empty.' },
    'not-a-backup': {
      zh: '这不是 DeepDrill 的备份文件。',
      en: 'This is not a DeepDrill backup file.',
    },
    truncated: {
      zh: '备份文件不完整（在中途被截断），可能没有完整复制或下载。',
      en: 'The backup file is incomplete (cut short): it may not have been copied or downloaded in full.',
    },
    'manifest-invalid': {
      zh: '备份文件的清单已损坏（字段 {field}）。',
      en: 'The backup file’s manifest is damaged (field {field}).',
    },
    'format-version': {
      zh: '备份文件格式版本 {found} 无法读取：这个版本的 DeepDrill 只读取格式版本 {supported}。',
      en: 'Backup format version {found} cannot be read: this DeepDrill reads format version {supported}.',
    },
    'newer-schema': {
      zh: '这个备份来自更新的 DeepDrill（{appVersion}，数据库版本 {schemaVersion}）；这个版本只支持到数据库版本 {supported}。请先更新 DeepDrill，再恢复。',
      en: 'This backup comes from a newer DeepDrill ({appVersion}, database version {schemaVersion}); this one reads up to database version {supported}. Update DeepDrill first, then restore.',
    },
    'unknown-schema': {
      zh: '备份文件的数据库版本 {schemaVersion} 从未发布过。',
      en: 'The backup’s database version {schemaVersion} was never released.',
    },
    'size-mismatch': {
      zh: '备份文件的长度不对：内容应有 {expected} 字节，实有 {found} 字节。',
      en: 'The backup file has the wrong length: its content should be {expected} bytes but is {found}.',
    },
    'checksum-mismatch': {
      zh: '备份文件已损坏：校验和不符（应为 {expected}，实为 {found}）。',
      en: 'The backup file is damaged: its checksum does not match (expected {expected}, found {found}).',
    },
    'content-unreadable': {
      zh: '备份文件的内容无法读取。',
      en: 'The backup file’s content cannot be read.',
    },
    'content-too-large': {
      zh: '备份文件的内容解压后超过 {limitMb} MB 的上限，不是 DeepDrill 写出的备份，已停止读取。',
      en: 'The backup file’s content inflates past the limit of {limitMb} MB: DeepDrill never writes such a backup, so reading it stopped.',
    },
    'manifest-mismatch': {
      zh: '备份文件已损坏：清单与内容不一致（字段 {field}）。',
      en: 'The backup file is damaged: its manifest disagrees with its content (field {field}).',
    },
    'missing-table': {
      zh: '备份中缺少数据表 {table}。',
      en: 'The backup has no table {table}.',
    },
    'unknown-table': {
      zh: '备份中有未知的数据表 {table}。',
      en: 'The backup has an unknown table {table}.',
    },
    'table-invalid': {
      zh: '备份中的数据表 {table} 不是行的列表。',
      en: 'The backup’s table {table} is not a list of rows.',
    },
    'count-mismatch': {
      zh: '数据表 {table} 应有 {expected} 行，实有 {found} 行。',
      en: 'Table {table} should hold {expected} rows but holds {found}.',
    },
    'row-invalid': {
      zh: '数据表 {table} 第 {row} 行：字段 {field} 应为{expected}。',
      en: 'Table {table}, row {row}: field {field} should be {expected}.',
    },
    'duplicate-key': {
      zh: '数据表 {table} 第 {row} 行：主键 {key} 与前面的行重复。',
      en: 'Table {table}, row {row}: its key {key} repeats an earlier row’s.',
    },
    'more-problems': {
      zh: '另有 {count} 行有问题。',
      en: '{count} more rows have problems.',
    },
  } satisfies Record<BackupProblemCode, LocalizedText>,

  storageProblems: {
    'disk-full': {
      zh: '磁盘已满，备份没有保存（{location}）。以前的备份都还在；腾出空间后再试。',
      en: 'The disk is full, so the backup was not saved ({location}). Earlier backups are untouched; free some space and try again.',
    },
    'no-permission': {
      zh: '没有权限写入备份文件夹 {location}。请换一个文件夹。',
      en: 'DeepDrill may not write to the backup folder {location}. Choose another folder.',
    },
    'write-failed': {
      zh: '备份没有保存（{location}：{reason}）。以前的备份都还在。',
      en: 'The backup was not saved ({location}: {reason}). Earlier backups are untouched.',
    },
    'read-failed': {
      zh: '无法读取备份（{location}：{reason}）。',
      en: 'The backups cannot be read ({location}: {reason}).',
    },
    'not-found': { zh: '找不到备份 {id}。', en: 'There is no backup {id}.' },
    'not-a-backup-file': {
      zh: '{id} 不是 DeepDrill 的备份文件。',
      en: '{id} is not a DeepDrill backup file.',
    },
  } satisfies Record<BackupStorageProblemCode, LocalizedText>,

  expectations: {
    object: { zh: '对象', en: 'an object' },
    list: { zh: '列表', en: 'a list' },
    text: { zh: '文本', en: 'a text' },
    id: { zh: '非空的标识', en: 'a non-empty id' },
    number: { zh: '有限的数', en: 'a finite number' },
    integer: { zh: '整数', en: 'a whole number' },
    count: { zh: '非负整数', en: 'a whole number, zero or more' },
    share: { zh: '介于 0 和 1 之间的数', en: 'a number from 0 to 1' },
    boolean: { zh: '真或假', en: 'true or false' },
    present: { zh: '一个值', en: 'a value' },
    'one-of': { zh: '以下之一：{allowed}', en: 'one of {allowed}' },
  } satisfies Record<Expectation, LocalizedText>,
};

/** A problem as one sentence in `language`. */
export function wordBackupProblem(problem: BackupProblem, language: Language): string {
  const template = backupMessages.problems[problem.code][language];
  if (problem.code === 'row-invalid') {
    const expected = wordProblem(backupMessages.expectations[problem.expected][language], problem);
    return wordProblem(template, { ...problem, row: problem.row + 1, expected });
  }
  if (problem.code === 'duplicate-key') return wordProblem(template, { ...problem, row: problem.row + 1 });
  return wordProblem(template, problem);
}

/** A storage problem as one sentence in `language`. */
export function wordBackupStorageProblem(problem: BackupStorageProblem, language: Language): string {
  return wordProblem(backupMessages.storageProblems[problem.code][language], problem);
}
