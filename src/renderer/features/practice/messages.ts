import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/**
 * The practice screen's own strings (terms as GLOSSARY.md: 提示、解题过程、参考答案、部分得分、不重复扣分、
 * 错因分析); the mistakes' messages are the catalogue's (src/shared/problems/mistakes.ts), the reading notes
 * and reasons the shared reader's (src/shared/input/messages.ts).
 */
export const practiceMessages = {
  title: { zh: '计算题', en: 'Practice' },
  intro: {
    zh: '选一道作业题或一种题型。每个空格边输入边判分；题型每次给出新的数字。',
    en: 'Choose a homework problem or a problem type. Each box is graded as you type; a type gives fresh numbers each time.',
  },
  homework: { zh: '作业二·计算题', en: 'Homework 2 problems' },
  templates: { zh: '题型', en: 'Problem types' },
  mastery: { zh: '上次得分 {percent}%', en: 'last score {percent}%' },
  neverTried: { zh: '未练过', en: 'not tried yet' },
  choose: { zh: '选择题目', en: 'Choose a problem' },
  variant: { zh: '第 {seed} 号变式', en: 'variant {seed}' },
  newVariant: { zh: '换一组数字', en: 'New variant' },
  back: { zh: '返回题目列表', en: 'Back to the list' },
  answers: { zh: '作答', en: 'Your answers' },
  right: { zh: '正确', en: 'Right' },
  followThrough: {
    zh: '不重复扣分：按你前面的结果计算是对的',
    en: 'Follow-through: right from your own earlier answer',
  },
  wrong: { zh: '不对', en: 'Not right' },
  expected: { zh: '参考答案：{value}', en: 'Expected: {value}' },
  diagnosis: { zh: '错因分析', en: 'What went wrong' },
  cellsWrong: { zh: '{count} 个格子不对', en: '{count} cells not right' },
  cellsToFill: { zh: '还有 {count} 个格子没填', en: '{count} cells still empty' },
  windowOf: {
    zh: '第 {row} 行第 {column} 列用到的输入窗口',
    en: 'The input window of row {row}, column {column}',
  },
  cellLabel: {
    zh: '{field}：第 {row} 行第 {column} 列',
    en: '{field}: row {row}, column {column}',
  },
  homeworkProblem: { zh: '作业二·计算题 {number}', en: 'Homework 2, problem {number}' },
  inputMatrix: { zh: '输入矩阵', en: 'Input matrix' },
  hint: { zh: '提示', en: 'Hint' },
  hintNumber: { zh: '提示 {number}/{count}', en: 'Hint {number} of {count}' },
  nextHint: { zh: '下一条提示', en: 'Next hint' },
  noMoreHints: { zh: '提示已全部显示', en: 'No more hints' },
  showSolution: { zh: '显示解题过程', en: 'Show the solution' },
  solution: { zh: '解题过程', en: 'Worked solution' },
  finish: { zh: '完成', en: 'Finish' },
  score: {
    zh: '部分得分：{right}/{count} 个空正确（{percent}%）',
    en: 'Score: {right} of {count} answers right ({percent}%)',
  },
  ratingGiven: {
    zh: '自动评分：{rating}，下次复习在 {interval} 后',
    en: 'Graded {rating}: next review in {interval}',
  },
  notDue: {
    zh: '已保存。这个题型还没到期，这次不改变复习安排。',
    en: 'Saved. This skill is not due yet, so its schedule is unchanged.',
  },
  saveFailed: {
    zh: '这次作答没有保存：{detail}。请再按一次「完成」。',
    en: 'This attempt was not saved: {detail}. Press Finish again.',
  },
  nextCard: { zh: '下一张', en: 'Next card' },
  keysTitle: { zh: '快捷键', en: 'Keys' },
  keys: {
    zh: 'Tab 切换空格 · 回车键到下一空 · Esc 离开空格 · H 提示 · S 解题过程（在空格外） · Ctrl+Enter 完成／换一组数字',
    en: 'Tab between boxes · Enter next box · Esc leaves a box · H hint · S solution (outside a box) · Ctrl+Enter finish / new variant',
  },
  unknownProblem: {
    zh: '找不到这道题：{id}。',
    en: 'This problem cannot be found: {id}.',
  },
} satisfies Record<string, LocalizedText>;
