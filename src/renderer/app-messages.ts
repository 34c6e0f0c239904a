import type { LocalizedText } from '../shared/deck/localized-text.ts';
import type { ScreenId } from './lib/router.svelte.ts';

export const appMessages = {
  tagline: { zh: 'CNN 期末复习', en: 'CNN exam revision' },
  screens: {
    today: { zh: '今日', en: 'Today' },
    review: { zh: '复习', en: 'Review' },
    practice: { zh: '计算题', en: 'Practice' },
    drill: { zh: '限时练习', en: 'Drill' },
    history: { zh: '练习记录', en: 'History' },
    stats: { zh: '统计', en: 'Stats' },
    calculator: { zh: '层计算器', en: 'Layer calculator' },
    convlab: { zh: '卷积实验室', en: 'Convolution lab' },
    browse: { zh: '浏览', en: 'Browse' },
    decks: { zh: '牌组', en: 'Decks' },
    backups: { zh: '备份', en: 'Backups' },
    settings: { zh: '设置', en: 'Settings' },
  } satisfies Record<ScreenId, LocalizedText>,
  diskFull: {
    zh: '磁盘已满：最近的更改暂时无法保存，它们保留在这个窗口中，之前保存的内容都还在。请释放一些磁盘空间，之后会自动保存，这条提示也会消失。',
    en: 'The disk is full: your latest changes cannot be saved yet. They are kept in this window, and everything saved before is safe. Free some disk space: they are then saved by themselves and this notice goes away.',
  },
  writeFailed: {
    zh: '保存失败：{detail}。已保存的内容没有受影响。',
    en: 'Could not save: {detail}. What was saved before is unaffected.',
  },
  screenLoading: { zh: '正在加载…', en: 'Loading…' },
  screenFailed: {
    zh: '这个页面没有加载出来：{detail}。请点「重试」；如果仍然不行，请点「重新启动」。你的数据都已保存，不会丢失。',
    en: 'This screen could not be loaded: {detail}. Press Try again; if it still fails, press Restart. Everything you have done is saved.',
  },
  retry: { zh: '重试', en: 'Try again' },
  restart: { zh: '重新启动', en: 'Restart' },
  startFailed: {
    zh: 'DeepDrill 无法打开本地数据库：{detail}。请关闭其他打开 DeepDrill 的窗口后重试。',
    en: 'DeepDrill could not open its local database: {detail}. Close any other DeepDrill window and try again.',
  },
} as const;
