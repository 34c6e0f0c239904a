import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/**
 * The Settings screen's own strings; the settings' names are the scheduling layer's
 * (srsMessages.settingsFields), and a number's refusal is the input reader's (wordReadReason).
 */
export const settingsMessages = {
  title: { zh: '设置', en: 'Settings' },
  reviewSection: { zh: '复习', en: 'Review' },
  reviewIntro: {
    zh: '这些设置作用于所有牌组，保存后立即用于「今日」「复习」和限时练习。',
    en: 'These settings apply to every deck, and take effect on Today, Review and drills as soon as they are saved.',
  },
  hints: {
    desiredRetention: {
      zh: '{min} 到 {max}：卡片到期时你能回忆起它的概率。越高，复习越频繁。',
      en: '{min} to {max}: how likely you are to recall a card when it comes due. Higher means more reviews.',
    },
    newPerDay: {
      zh: '每个牌组每天最多学习的新卡片数。',
      en: 'At most this many new cards a day, in each deck.',
    },
    reviewsPerDay: {
      zh: '每个牌组每天最多复习的到期卡片数。',
      en: 'At most this many due cards a day, in each deck.',
    },
    dayStartHour: {
      zh: '0 到 23：深夜的复习仍算作前一天。',
      en: '0 to 23: reviews late at night still count for the day before.',
    },
    learningSteps: {
      zh: '新卡片在这些间隔后再次出现，用空格分隔，例如 1m 10m（m 分钟、h 小时、d 天）。',
      en: 'A new card comes back after each of these, separated by spaces, such as 1m 10m (m minutes, h hours, d days).',
    },
    relearningSteps: {
      zh: '答「重来」的卡片在这些间隔后再次出现，例如 10m。',
      en: 'A card graded Again comes back after each of these, such as 10m.',
    },
  },
  fieldProblem: { zh: '「{field}」：{reason}', en: '{field}: {reason}' },
  badStep: {
    zh: '「{step}」不是一个阶段：请写数字加 m、h 或 d，例如 10m。',
    en: '"{step}" is not a step: write a number and m, h or d, such as 10m.',
  },
  save: { zh: '保存', en: 'Save' },
  defaults: { zh: '恢复默认值', en: 'Restore defaults' },
  saved: { zh: '已保存。', en: 'Saved.' },
  saveFailed: {
    zh: '设置没有保存：{detail}。之前的设置仍然有效。',
    en: 'The settings were not saved: {detail}. The earlier settings still apply.',
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
