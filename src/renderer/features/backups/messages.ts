import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { DatabaseProblem, ReferenceName } from '../../lib/db/startup-check.ts';
import type { RestoreStep } from '../../lib/db/backup-restore.ts';

/** The words of the Backups screen. Chinese follows GLOSSARY.md (备份 / 恢复 and its other forms to avoid; 牌组, 卡片, 复习, 练习). */
export const backupsMessages = {
  title: { zh: '备份', en: 'Backups' },
  automatic: { zh: '自动备份', en: 'Automatic backups' },
  automaticHint: {
    zh: '数据有更改时自动备份，最多每 30 分钟一次，关闭 DeepDrill 时再备份一次。保留今天、昨天、之前 12 天各一份、10 周各一份和 9 个月各一份。',
    en: 'Backs up when something changed, at most every 30 minutes, and once more when DeepDrill closes. Keeps today and yesterday, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.',
  },
  backUpNow: { zh: '立即备份', en: 'Back up now' },
  whereFolder: { zh: '备份文件夹：{folder}', en: 'Backup folder: {folder}' },
  chooseFolder: { zh: '选择文件夹…', en: 'Choose a folder…' },
  whereBrowser: {
    zh: '备份保存在这个浏览器中。需要时可以把任何一份下载为文件。',
    en: 'Backups are kept in this browser. Download any of them as a file when you need one.',
  },
  restoreHeading: { zh: '从文件恢复', en: 'Restore from a file' },
  chooseFile: { zh: '选择备份文件…', en: 'Choose a backup file…' },
  dropHint: {
    zh: '或把 .deepdrill 文件拖到这里。恢复前会先完整检查文件，并请你确认。',
    en: 'or drop a .deepdrill file here. The whole file is checked, and you confirm, before anything is replaced.',
  },
  dropZone: { zh: '把备份文件拖到这里', en: 'Drop a backup file here' },
  tooLarge: {
    zh: '「{file}」有 {megabytes} MB，不是 DeepDrill 的备份：备份最大 {limit} MB。',
    en: '"{file}" is {megabytes} MB, too large for a DeepDrill backup (at most {limit} MB).',
  },
  oneFileOnly: { zh: '请一次只拖入一个文件。', en: 'Drop one file at a time.' },
  listHeading: { zh: '已保存的备份', en: 'Kept backups' },
  listEmpty: {
    zh: '还没有备份。点击「立即备份」，或在自动备份打开时继续学习，备份就会出现在这里。',
    en: 'No backups yet. Click "Back up now", or keep studying with automatic backups on, and they appear here.',
  },
  columnDate: { zh: '时间', en: 'Made' },
  columnContents: { zh: '内容', en: 'Contents' },
  columnSize: { zh: '大小', en: 'Size' },
  columnActions: { zh: '操作', en: 'Actions' },
  download: { zh: '下载', en: 'Download' },
  restore: { zh: '恢复', en: 'Restore' },
  downloadLabel: { zh: '下载 {date} 的备份', en: 'Download the backup of {date}' },
  restoreLabel: { zh: '恢复 {date} 的备份', en: 'Restore the backup of {date}' },
  sizeKilobytes: { zh: '{size} KB', en: '{size} KB' },
  confirmHeading: { zh: '恢复 {date} 的备份？', en: 'Restore the backup of {date}?' },
  confirmFile: { zh: '文件「{file}」', en: 'File "{file}"' },
  confirmText: {
    zh: '当前的全部数据（复习进度、练习记录、牌组和设置）会被这个备份替换。替换前会先备份你当前的数据，所以随时可以再恢复回来。',
    en: 'All your current data (review progress, drills, decks and settings) is replaced by this backup. Your current data is backed up first, so you can always restore it again.',
  },
  confirmOlder: {
    zh: '这个备份来自较早的版本（数据库版本 {version}），恢复时会自动升级。',
    en: 'This backup comes from an older version (database version {version}) and is upgraded as it is restored.',
  },
  confirm: { zh: '备份当前数据并恢复', en: 'Back up my data and restore' },
  cancel: { zh: '取消', en: 'Cancel' },
  steps: {
    checking: { zh: '第 1/4 步：正在检查备份…', en: 'Step 1 of 4: checking the backup…' },
    staging: { zh: '第 2/4 步：正在准备数据…', en: 'Step 2 of 4: preparing the data…' },
    'backing-up': { zh: '第 3/4 步：正在备份当前数据…', en: 'Step 3 of 4: backing up your current data…' },
    replacing: { zh: '第 4/4 步：正在替换数据…', en: 'Step 4 of 4: replacing the data…' },
  } satisfies Record<RestoreStep, LocalizedText>,
  backingUp: { zh: '正在备份…', en: 'Backing up…' },
  readingFile: { zh: '正在读取文件…', en: 'Reading the file…' },
  backedUp: { zh: '已备份：{date}。', en: 'Backed up: {date}.' },
  restored: {
    zh: '已恢复 {date} 的备份。正在重新打开 DeepDrill…',
    en: 'The backup of {date} is restored. Reopening DeepDrill…',
  },
  refusedHeading: {
    zh: '无法恢复「{file}」，当前数据没有任何改变：',
    en: 'Cannot restore "{file}"; your current data is unchanged:',
  },
  backupFailed: { zh: '备份失败：{detail}', en: 'The backup failed: {detail}' },
  restoreFailed: {
    zh: '恢复失败，当前数据没有任何改变：{detail}',
    en: 'The restore failed and your current data is unchanged: {detail}',
  },
  readFailed: { zh: '无法读取文件「{file}」：{detail}', en: 'Could not read the file "{file}": {detail}' },
  downloadFailed: { zh: '下载失败：{detail}', en: 'The download failed: {detail}' },
  settingFailed: { zh: '无法保存设置：{detail}', en: 'Could not save the setting: {detail}' },
  folderFailed: { zh: '无法更换文件夹：{detail}', en: 'Could not change the folder: {detail}' },
  listFailed: { zh: '无法读取备份列表：{detail}', en: 'Could not list the backups: {detail}' },
  /**
   * Table names in a backup's contents, with the English singular for a count of 1; a table this list does
   * not know is shown by its own name.
   */
  tables: {
    decks: { zh: '牌组', en: 'decks', one: 'deck' },
    items: { zh: '题目', en: 'items', one: 'item' },
    cards: { zh: '卡片', en: 'cards', one: 'card' },
    reviewLogs: { zh: '复习记录', en: 'reviews', one: 'review' },
    dayCounts: { zh: '学习日', en: 'study days', one: 'study day' },
    drillSessions: { zh: '练习', en: 'drills', one: 'drill' },
    drillAnswers: { zh: '练习答案', en: 'drill answers', one: 'drill answer' },
    attempts: { zh: '计算题作答', en: 'problem attempts', one: 'problem attempt' },
    settings: { zh: '设置', en: 'settings', one: 'setting' },
  } as Readonly<Record<string, LocalizedText & { one: string }>>,
  tableCount: { zh: '{table} {count}', en: '{count} {table}' },
  damagedHeading: {
    zh: '数据库可能已损坏：',
    en: 'Your database may be damaged:',
  },
  damagedOffer: { zh: '恢复 {date} 的备份', en: 'Restore the backup of {date}' },
  damagedNoBackup: {
    zh: '没有可以恢复的备份。请先下载一份备份，以免丢失更多数据。',
    en: 'There is no backup to restore. Make one now so that nothing more is lost.',
  },
  problems: {
    SCHEMA_VERSION: {
      zh: '数据库版本是 {found}，这个版本的 DeepDrill 需要 {expected}。',
      en: 'The database is at version {found}; this DeepDrill needs {expected}.',
    },
    DANGLING_REFERENCE: {
      zh: '{count} 条{what}指向不存在的数据（例如「{example}」）。',
      en: '{count} {what} point at data that does not exist (for example "{example}").',
    },
  } satisfies Record<DatabaseProblem['code'], LocalizedText>,
  references: {
    'reviewLogs.cardId': { zh: '复习记录', en: 'review logs' },
    'reviewLogs.itemId': { zh: '复习记录', en: 'review logs' },
    'drillAnswers.sessionId': { zh: '练习答案', en: 'drill answers' },
    'attempts.itemId': { zh: '计算题作答', en: 'problem attempts' },
  } satisfies Record<ReferenceName, LocalizedText>,
};
