import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** The Today screen's own strings; the column names (待复习、学习中、新卡片) are the scheduling layer's. */
export const todayMessages = {
  title: { zh: '今日', en: 'Today' },
  deck: { zh: '牌组', en: 'Deck' },
  start: { zh: '开始复习', en: 'Start review' },
  startDeck: { zh: '复习', en: 'Review' },
  startDeckLabel: { zh: '复习「{deck}」', en: 'Review {deck}' },
  startKeys: { zh: '回车键', en: 'Enter' },
  emptyTitle: { zh: '今天没有要复习的卡片', en: 'Nothing due today' },
  emptyBody: {
    zh: '明天再来吧，到期的卡片会出现在这里。想多学一些，可以去「限时练习」做作业的选择题。',
    en: 'Come back tomorrow: cards that come due will be here. To study more now, try a timed drill of the homework questions.',
  },
  /** The one streak that is not plural in English ("Streak: {days} days" is srsMessages'). */
  streakOneDay: { zh: '连续学习天数：1', en: 'Streak: 1 day' },
  noStreak: { zh: '今天复习一张卡片，开始连续学习。', en: 'Review one card today to start a streak.' },
  loading: { zh: '正在读取…', en: 'Loading…' },
  examTitle: { zh: '考试日期', en: 'Exam dates' },
  examIntro: {
    zh: '为牌组设定考试日期，计划会让每张卡片在考试当天达到期望记忆保留率，并把复习平均分配到考试前的每一天。',
    en: 'Set a deck’s exam date: the plan brings every card to the desired retention on the exam day, spreading the reviews evenly over the days before it.',
  },
  examDate: { zh: '「{deck}」的考试日期', en: 'Exam date of {deck}' },
  planning: { zh: '正在制定复习计划…', en: 'Making the plan…' },
  planChart: { zh: '考试前每天的卡片数', en: 'Cards on each day before the exam' },
  planBar: { zh: '{date}：{count} 张卡片', en: '{date}: {count} cards' },
} satisfies Record<string, LocalizedText>;
