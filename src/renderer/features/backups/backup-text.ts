import { formatText, type Locale } from '../../lib/i18n/locale.svelte.ts';
import { backupsMessages as messages } from './messages.ts';

/** A backup's time as the student reads dates: `2026年12月2日 09:30` or `Dec 2, 2026, 09:30`. */
export function backupDate(createdAt: number, locale: Locale): string {
  return new Date(createdAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  });
}

/** A backup's rows per table, tables without rows left out: `卡片 47 · 复习记录 120`. */
export function contentsText(counts: Readonly<Record<string, number>>, locale: Locale): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => {
      const name = messages.tables[table];
      const word = !name ? table : locale === 'en' && count === 1 ? name.one : name[locale];
      return formatText(messages.tableCount[locale], { table: word, count }, locale);
    })
    .join(' · ');
}

/** A file's size in kilobytes, one decimal below 10 KB. */
export function sizeText(bytes: number, locale: Locale): string {
  const kilobytes = bytes / 1024;
  const size = kilobytes < 10 ? Math.max(0.1, Math.round(kilobytes * 10) / 10) : Math.round(kilobytes);
  return formatText(messages.sizeKilobytes[locale], { size }, locale);
}
