import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** Today's small forecast and streak (GLOSSARY.md: 到期预测, 连续学习天数, 新近, 成熟). */
export const progressMessages = {
  title: { zh: '到期预测', en: 'Future due' },
  summary: {
    zh: '未来 {days} 天共有 {total} 张卡片到期，明天 {tomorrow} 张',
    en: '{total} cards due in the next {days} days, {tomorrow} tomorrow',
  },
  chart: { zh: '未来 {days} 天每天到期的卡片数', en: 'Cards due on each of the next {days} days' },
  bar: { zh: '{date}：{count} 张卡片', en: '{date}: {count} cards' },
  examBar: { zh: '{date}：{count} 张卡片（考试）', en: '{date}: {count} cards (exam)' },
  exam: { zh: '考试', en: 'Exam' },
  nothingDue: {
    zh: '未来 {days} 天没有卡片到期。',
    en: 'No card falls due in the next {days} days.',
  },
  nothingYet: {
    zh: '复习几张卡片后，这里会显示它们在接下来几天的到期情况。',
    en: 'Review a few cards and the days they come back show here.',
  },
  longest: {
    zh: '最长连续学习 {longest} 天，共学习 {days} 天',
    en: 'Longest streak {longest} days; {days} days studied',
  },
  kinds: {
    learning: { zh: '学习中', en: 'Learning' },
    young: { zh: '新近', en: 'Young' },
    mature: { zh: '成熟', en: 'Mature' },
  },
  openStats: { zh: '查看统计', en: 'See the statistics' },
} as const satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
