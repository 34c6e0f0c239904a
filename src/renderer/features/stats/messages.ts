import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { RetentionPeriod } from '../../../shared/stats/retention.ts';
import type { StatsRange } from '../../../shared/stats/range.ts';
import type { ReviewKind } from '../../../shared/stats/review-kind.ts';
import type { CardStateCounts } from '../../../shared/stats/card-states.ts';

/** The Stats screen's words (GLOSSARY.md: 学习热力图, 到期预测, 记忆保留率, 连续学习天数, 错因分析). */
export const statsMessages = {
  title: { zh: '统计', en: 'Statistics' },
  loading: { zh: '正在统计…', en: 'Counting…' },
  failed: { zh: '统计失败：{detail}', en: 'The statistics could not be computed: {detail}' },
  range: { zh: '时间范围', en: 'Range' },
  ranges: {
    month: { zh: '1 个月', en: '1 month' },
    quarter: { zh: '3 个月', en: '3 months' },
    year: { zh: '1 年', en: '1 year' },
    all: { zh: '全部', en: 'All' },
  } satisfies Record<StatsRange, LocalizedText>,
  deck: { zh: '牌组', en: 'Deck' },
  allDecks: { zh: '全部牌组', en: 'All decks' },
  showTable: { zh: '以表格显示', en: 'Show as table' },
  showChart: { zh: '以图表显示', en: 'Show as chart' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  emptyProfile: {
    zh: '还没有可统计的内容。复习几张卡片、做一次限时练习或一道计算题后，这里会显示你的进度。',
    en: 'Nothing to count yet. Review a few cards, take a drill or work a problem, and your progress shows here.',
  },
  emptyChart: { zh: '这个范围内没有数据。', en: 'No data in this range.' },
  charts: {
    reviews: {
      title: { zh: '每日复习', en: 'Reviews per day' },
      empty: {
        zh: '复习卡片后，这里显示每天复习了多少、花了多少时间。',
        en: 'Review cards to see how many you do a day and the time it takes.',
      },
    },
    calendar: {
      title: { zh: '学习热力图', en: 'Calendar' },
      empty: {
        zh: '学习一天后，这里会出现第一个格子。',
        en: 'Study one day and the first square appears here.',
      },
    },
    forecast: {
      title: { zh: '到期预测', en: 'Future due' },
      empty: {
        zh: '复习过的卡片到期后会显示在这里。',
        en: 'Cards you have reviewed show here when they fall due.',
      },
    },
    retention: {
      title: { zh: '真实记忆保留率', en: 'True retention' },
      empty: {
        zh: '卡片进入长期复习（学习步骤之后）再次复习时才计入。',
        en: 'Counted once cards in long-term review (past their learning steps) are reviewed again.',
      },
    },
    topics: {
      title: { zh: '各主题正确率', en: 'Accuracy by topic' },
      empty: {
        zh: '复习或做题后，这里显示各主题的正确率。',
        en: 'Review or practise to see your accuracy per topic.',
      },
    },
    drills: {
      title: { zh: '限时练习成绩', en: 'Drill scores' },
      empty: { zh: '交卷后，每次练习的成绩显示在这里。', en: 'Finish a drill to see its score here.' },
    },
    states: {
      title: { zh: '卡片状态', en: 'Card counts' },
      empty: { zh: '还没有卡片。', en: 'No cards yet.' },
    },
    intervals: {
      title: { zh: '复习间隔', en: 'Review intervals' },
      empty: {
        zh: '卡片进入长期复习后显示它们的间隔。',
        en: 'Intervals show once cards reach long-term review.',
      },
    },
    difficulty: {
      title: { zh: '卡片难度', en: 'Card difficulty' },
      empty: { zh: '复习过的卡片才有难度。', en: 'Only reviewed cards have a difficulty.' },
    },
    mistakes: {
      title: { zh: '错因分析', en: 'Mistakes by type' },
      empty: {
        zh: '在「计算题」里答错时，错因会记录在这里。',
        en: 'When a practice answer is wrong, its diagnosed mistake is counted here.',
      },
    },
    mastery: {
      title: { zh: '各题型掌握程度', en: 'Mastery per problem type' },
      empty: { zh: '做一道计算题后显示掌握程度。', en: 'Work a practice problem to see your mastery.' },
    },
    examRecall: {
      title: { zh: '考试当天的预测记忆率', en: 'Predicted recall on exam day' },
      empty: { zh: '在「今日」设置考试日期后显示。', en: 'Set an exam date on Today to see this.' },
    },
  },
  kinds: {
    learning: { zh: '学习', en: 'Learning' },
    relearning: { zh: '重新学习', en: 'Relearning' },
    young: { zh: '新近（间隔少于 21 天）', en: 'Young (under 21 days)' },
    mature: { zh: '成熟（间隔 21 天以上）', en: 'Mature (21 days or more)' },
  } satisfies Record<ReviewKind, LocalizedText>,
  states: {
    new: { zh: '未学习', en: 'New' },
    learning: { zh: '学习中', en: 'Learning' },
    relearning: { zh: '重新学习', en: 'Relearning' },
    young: { zh: '新近', en: 'Young' },
    mature: { zh: '成熟', en: 'Mature' },
    suspended: { zh: '已暂停', en: 'Suspended' },
  } satisfies Record<keyof CardStateCounts, LocalizedText>,
  periods: {
    today: { zh: '今天', en: 'Today' },
    yesterday: { zh: '昨天', en: 'Yesterday' },
    week: { zh: '最近 7 天', en: 'Last week' },
    month: { zh: '最近 30 天', en: 'Last month' },
    year: { zh: '最近一年', en: 'Last year' },
    all: { zh: '全部', en: 'All time' },
  } satisfies Record<RetentionPeriod, LocalizedText>,
  columns: {
    day: { zh: '日期', en: 'Date' },
    count: { zh: '数量', en: 'Count' },
    minutes: { zh: '用时（分钟）', en: 'Time (minutes)' },
    reviews: { zh: '复习次数', en: 'Reviews' },
    total: { zh: '合计', en: 'Total' },
    period: { zh: '时段', en: 'Period' },
    youngRate: { zh: '新近卡片保留率', en: 'Young retention' },
    matureRate: { zh: '成熟卡片保留率', en: 'Mature retention' },
    totalRate: { zh: '总保留率', en: 'Total retention' },
    passed: { zh: '通过', en: 'Passed' },
    failed: { zh: '重来', en: 'Again' },
    topic: { zh: '主题', en: 'Topic' },
    accuracy: { zh: '正确率', en: 'Accuracy' },
    right: { zh: '答对', en: 'Right' },
    score: { zh: '得分', en: 'Score' },
    mode: { zh: '模式', en: 'Mode' },
    state: { zh: '状态', en: 'State' },
    interval: { zh: '间隔（天）', en: 'Interval (days)' },
    difficulty: { zh: '难度', en: 'Difficulty' },
    mistake: { zh: '错因', en: 'Mistake' },
    template: { zh: '题型', en: 'Problem type' },
    attempts: { zh: '作答次数', en: 'Attempts' },
    latest: { zh: '最近一次得分', en: 'Latest credit' },
    recent: { zh: '最近 5 次平均得分', en: 'Mean of the last 5' },
    recall: { zh: '预测记忆率', en: 'Predicted recall' },
    cards: { zh: '卡片数', en: 'Cards' },
    atRisk: { zh: '低于期望记忆保留率', en: 'Under desired retention' },
    exam: { zh: '考试', en: 'Exam' },
  },
  streak: {
    zh: '连续学习天数：当前 {current} 天，最长 {longest} 天；共学习 {days} 天',
    en: 'Streak: {current} days now, {longest} days at most; {days} days studied',
  },
  otherMistakes: { zh: '其他错因', en: 'Other mistakes' },
  examOn: { zh: '考试日期：{dates}', en: 'Exam on {dates}' },
  /** Chinese parentheses are full-width, even around a Latin sign (GLOSSARY.md). */
  accuracyAxis: { zh: '正确率（%）', en: 'Accuracy (%)' },
  allDrills: { zh: '每次练习', en: 'Each drill' },
  drillsSummary: {
    zh: '共 {count} 次练习，最近一次 {score}',
    en: '{count} drills, the latest {score}',
  },
  reviewsSummary: {
    zh: '共复习 {count} 次，用时 {minutes} 分钟',
    en: '{count} reviews, {minutes} minutes',
  },
} as const;
