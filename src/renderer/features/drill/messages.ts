import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** The drill screens' own strings; the domain's strings (modes, outcomes, errors) are in src/shared/drill. */
export const drillScreenMessages = {
  setupTitle: { zh: '选择题限时练习', en: 'Timed multiple-choice drill' },
  setupIntro: {
    zh: '从作业二的选择题中选题，选择计时方式，然后开始。',
    en: 'Pick questions from homework 2, choose how the drill is timed, and start.',
  },
  questions: { zh: '题目', en: 'Questions' },
  topic: { zh: '主题', en: 'Topic' },
  howMany: { zh: '题数（留空为全部）', en: 'How many (empty for all)' },
  selectedCount: { zh: '将出 {count} 道题', en: '{count} questions will be asked' },
  missedCount: { zh: '（共 {count} 道错题）', en: '({count} missed before)' },
  timing: { zh: '计时方式', en: 'Timing' },
  minutes: { zh: '分钟', en: 'minutes' },
  seconds: { zh: '秒 / 题', en: 'seconds per question' },
  startDrill: { zh: '开始练习', en: 'Start the drill' },
  unfinishedTitle: { zh: '有一次未完成的练习', en: 'You have an unfinished drill' },
  unfinishedBody: {
    zh: '已答 {answered} / {total} 题，已用时 {time}。回到练习后仍处于暂停状态，按「继续」才开始计时。',
    en: '{answered} of {total} answered, {time} used. It stays paused until you press Resume.',
  },
  continueDrill: { zh: '回到这次练习', en: 'Back to this drill' },
  submitNow: { zh: '直接交卷', en: 'Submit it now' },
  confirmSubmit: { zh: '确定交卷', en: 'Submit' },
  keepGoing: { zh: '继续作答', en: 'Keep going' },
  grid: { zh: '题目导航', en: 'Questions' },
  resultTitle: { zh: '练习结果', en: 'Result' },
  percentCorrect: { zh: '正确率 {percent}%', en: '{percent}% correct' },
  newDrill: { zh: '新的练习', en: 'New drill' },
  whyOption: { zh: '选项分析', en: 'Why each option' },
  chosenByYou: { zh: '你的选择', en: 'your choice' },
  rightOption: { zh: '正确选项', en: 'right answer' },
  historyEmpty: {
    zh: '还没有练习记录。完成一次练习后，成绩会显示在这里。',
    en: 'No drills yet. When you finish one, its score appears here.',
  },
  scoreHeading: { zh: '得分', en: 'Score' },
  scoreLineTitle: { zh: '最近 {count} 次练习的成绩', en: 'Scores of the last {count} drills' },
  scoreLineOne: {
    zh: '再完成一次练习，这里就会画出成绩的走势。',
    en: 'Finish one more drill and your scores show here as a line.',
  },
  scoreLineLabel: { zh: '每次练习的正确率，从早到晚', en: 'The share right of each drill, oldest first' },
  scorePoint: {
    zh: '{date}：{score} / {total}（{percent}%），{mode}',
    en: '{date}: {score} / {total} ({percent}%), {mode}',
  },
  /** A label before its value: the colon is full-width in Chinese (GLOSSARY.md). */
  labelled: { zh: '{label}：', en: '{label}: ' },
  scoreCell: { zh: '{score} / {total}（{percent}%）', en: '{score} / {total} ({percent}%)' },
  scoreLineOther: { zh: '其他模式', en: 'Other modes' },
  scoreLineAxis: { zh: '纵轴为正确率（0 到 100%）', en: 'Height: the share right, 0 to 100%' },
  review: { zh: '回顾', en: 'Review' },
  reviewMissing: { zh: '找不到这次练习的记录。', en: 'That drill could not be found.' },
  resultPending: {
    zh: '成绩还没有保存（无法写入磁盘）。它保留在这个窗口中，能写入时会自动保存，请先不要关闭这个窗口。',
    en: 'The result is not saved yet (the disk cannot be written). It is kept in this window and saved as soon as writing works again: keep this window open until then.',
  },
  elsewhereTitle: { zh: '这次练习已在另一个窗口中打开', en: 'This drill is open in another window' },
  elsewhereBody: {
    zh: '已答 {answered} / {total} 题。同一次练习只能在一个窗口中作答，以免互相覆盖。在这里继续后，另一个窗口会停止作答。',
    en: '{answered} of {total} answered. A drill is answered in one window at a time, so that neither overwrites the other. If you take it over here, the other window stops.',
  },
  takeOver: { zh: '在这里继续', en: 'Take it over here' },
  limitInvalid: { zh: '请输入 1 到 600 之间的整数。', en: 'Enter a whole number from 1 to 600.' },
  countInvalid: {
    zh: '请输入 1 到 {max} 之间的整数，或留空。',
    en: 'Enter a whole number from 1 to {max}, or leave it empty.',
  },
} satisfies Record<string, LocalizedText>;
