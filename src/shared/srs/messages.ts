import type { LocalizedText } from '../deck/localized-text.ts';
import type { CardState } from './card.ts';
import type { IntervalUnit } from './interval.ts';
import type { Rating } from './review-log.ts';
import type { SettingsField } from './settings.ts';
import type { SrsErrorCode } from './srs-error.ts';

/**
 * The scheduling layer's strings in both languages (terms as GLOSSARY.md: 复习、到期、间隔、记忆稳定期…).
 * Keyed by the domain's own unions, so a new rating, state, unit or error code without its strings fails to
 * compile. Templates take `{name}` placeholders (fillTemplate).
 */
export const srsMessages = {
  ratings: {
    again: { zh: '重来', en: 'Again' },
    hard: { zh: '困难', en: 'Hard' },
    good: { zh: '良好', en: 'Good' },
    easy: { zh: '简单', en: 'Easy' },
  } satisfies Record<Rating, LocalizedText>,

  states: {
    new: { zh: '新卡片', en: 'New' },
    learning: { zh: '学习中', en: 'Learning' },
    review: { zh: '复习', en: 'Review' },
    relearning: { zh: '重新学习', en: 'Relearning' },
  } satisfies Record<CardState, LocalizedText>,

  intervals: {
    minutes: { zh: '{value} 分钟', en: '{value} min' },
    hours: { zh: '{value} 小时', en: '{value} h' },
    days: { zh: '{value} 天', en: '{value} d' },
    months: { zh: '{value} 个月', en: '{value} mo' },
    years: { zh: '{value} 年', en: '{value} y' },
  } satisfies Record<IntervalUnit, LocalizedText>,

  labels: {
    due: { zh: '待复习', en: 'Due' },
    fresh: { zh: '新卡片', en: 'New' },
    learning: { zh: '学习中', en: 'Learning' },
    minutes: { zh: '预计 {minutes} 分钟', en: 'About {minutes} min' },
    streak: { zh: '连续学习天数：{days}', en: 'Streak: {days} days' },
    planPerDay: { zh: '每天 {count} 张卡片，直到 {date}', en: '{count} cards a day until {date}' },
    planDone: {
      zh: '所有卡片在考试当天都能达到期望记忆保留率，无需额外复习。',
      en: 'Every card will be at the desired retention on the exam day: no extra reviews needed.',
    },
    unreachable: {
      zh: '有 {count} 张卡片在考试前来不及达到期望记忆保留率。',
      en: '{count} cards cannot reach the desired retention before the exam.',
    },
    suspended: { zh: '已暂停', en: 'Suspended' },
    buried: { zh: '已搁置到明天', en: 'Buried until tomorrow' },
    flagged: { zh: '已标记', en: 'Flagged' },
    stability: { zh: '记忆稳定期', en: 'Stability' },
    difficulty: { zh: '难度', en: 'Difficulty' },
    retention: { zh: '期望记忆保留率', en: 'Desired retention' },
    interval: { zh: '间隔', en: 'Interval' },
    /** A setting refused by settingsProblem: the field's name and the value it had. */
    settingsProblem: { zh: '「{field}」不能是 {value}。', en: '{field} cannot be {value}.' },
  } satisfies Record<string, LocalizedText>,

  /** The settings by name (Anki zh-CN's words: 学习阶段、次日开始于…), for the Settings screen and its refusals. */
  settingsFields: {
    desiredRetention: { zh: '期望记忆保留率', en: 'Desired retention' },
    learningSteps: { zh: '学习阶段', en: 'Learning steps' },
    relearningSteps: { zh: '重新学习阶段', en: 'Relearning steps' },
    maximumIntervalDays: { zh: '最大间隔（天）', en: 'Maximum interval (days)' },
    newPerDay: { zh: '每日新卡片上限', en: 'New cards a day' },
    reviewsPerDay: { zh: '每日复习上限', en: 'Reviews a day' },
    dayStartHour: { zh: '次日开始于（点）', en: 'Next day starts at (hour)' },
    utcOffsetMinutes: { zh: '时区', en: 'Time zone' },
  } satisfies Record<SettingsField, LocalizedText>,

  errors: {
    INVALID_SETTINGS: { zh: '复习设置无效。', en: 'These review settings cannot be used.' },
    INVALID_TIME: { zh: '时间无效。', en: 'That time is not valid.' },
    CARD_SUSPENDED: { zh: '这张卡片已暂停，不能评分。', en: 'This card is suspended and cannot be graded.' },
    NOT_LAST_GRADING: {
      zh: '只能撤销这张卡片最近一次的评分。',
      en: "Only the card's last grading can be undone.",
    },
    COUNTS_MISMATCH: {
      zh: '这条复习记录不属于这个牌组或这一天。',
      en: 'This review does not belong to that deck or day.',
    },
    NO_CLOZE_DELETION: {
      zh: '这张填空卡片没有要填的空（例如 {{c1::…}}）。',
      en: 'This cloze card has nothing to fill in (such as {{c1::…}}).',
    },
    CLOZE_LANGUAGES_DIFFER: {
      zh: '这张填空卡片的中文和英文挖空不一致。',
      en: 'The Chinese and English of this cloze card hide different blanks.',
    },
    UNKNOWN_CARD: { zh: '练习中的题目没有对应的卡片。', en: 'A drill question has no card.' },
    EXAM_NOT_AHEAD: { zh: '考试日期必须在今天之后。', en: 'The exam date must be after today.' },
  } satisfies Record<SrsErrorCode, LocalizedText>,
};
