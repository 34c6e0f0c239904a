import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/**
 * The review screen's own strings (terms as GLOSSARY.md: 复习、到期、撤销…); the ratings, states and interval
 * units are the scheduling layer's (src/shared/srs/messages.ts).
 */
export const reviewMessages = {
  title: { zh: '复习', en: 'Review' },
  left: {
    zh: '还剩 {left} 张：新卡片 {fresh}，学习中 {learning}，待复习 {reviews}',
    en: '{left} left: {fresh} new, {learning} learning, {reviews} due',
  },
  scope: { zh: '牌组：{deck}', en: 'Deck: {deck}' },
  reviewAll: { zh: '复习全部牌组', en: 'Review every deck' },
  showAnswer: { zh: '显示答案', en: 'Show answer' },
  showAnswerKeys: { zh: '空格键或回车键', en: 'Space or Enter' },
  check: { zh: '检查答案', en: 'Check' },
  checkKeys: { zh: '按 A–D 或 1–4 选择，回车键检查', en: 'A–D or 1–4 to choose, Enter to check' },
  chooseSeveral: { zh: '本题有多个正确选项。', en: 'This question has more than one right option.' },
  next: { zh: '下一张', en: 'Next card' },
  undo: { zh: '撤销', en: 'Undo' },
  undoKeys: { zh: 'Ctrl+Z', en: 'Ctrl+Z' },
  right: { zh: '回答正确', en: 'Right' },
  wrong: { zh: '回答错误', en: 'Wrong' },
  rightAnswer: { zh: '正确答案：{letters}', en: 'Right answer: {letters}' },
  yourAnswer: { zh: '你的答案：{letters}', en: 'Your answer: {letters}' },
  ratingGiven: {
    zh: '自动评分：{rating}，下次复习在 {interval} 后',
    en: 'Graded {rating}: next review in {interval}',
  },
  explanation: { zh: '解析', en: 'Explanation' },
  doneTitle: { zh: '今天的卡片都复习完了', en: 'You have finished today’s cards' },
  doneBody: {
    zh: '本次复习了 {count} 张卡片。明天再来吧。',
    en: 'You reviewed {count} cards in this session. Come back tomorrow.',
  },
  nothingDue: {
    zh: '今天没有要复习的卡片。明天再来吧。',
    en: 'Nothing is due today. Come back tomorrow.',
  },
  backToToday: { zh: '返回今日', en: 'Back to Today' },
  gradeFailed: {
    zh: '这次评分没有保存：{detail}。卡片保持原样，可以再评一次。',
    en: 'This grading was not saved: {detail}. The card is unchanged; grade it again.',
  },
  changeFailed: {
    zh: '这张卡片的更改没有保存：{detail}。卡片保持原样。',
    en: 'This change to the card was not saved: {detail}. The card is unchanged.',
  },
  bury: { zh: '搁置到明天', en: 'Bury until tomorrow' },
  buryKeys: { zh: '-', en: '-' },
  suspend: { zh: '暂停', en: 'Suspend' },
  suspendKeys: { zh: '@', en: '@' },
  flag: { zh: '标记', en: 'Flag' },
  unflag: { zh: '取消标记', en: 'Unflag' },
  flagKeys: { zh: 'Ctrl+1', en: 'Ctrl+1' },
  cardUnreadable: {
    zh: '这张卡片无法显示：{detail}。已跳过。',
    en: 'This card cannot be shown: {detail}. It was skipped.',
  },
} satisfies Record<string, LocalizedText>;
