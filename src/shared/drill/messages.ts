import type { LocalizedText } from '../deck/localized-text.ts';
import type { DrillModeKind, DrillSelectionKind } from './drill-config.ts';
import type { DrillErrorCode } from './drill-error.ts';
import type { DrillStatus, FinishReason } from './drill-state.ts';
import type { QuestionOutcome } from './result.ts';
import type { GridStatus } from './views.ts';

/**
 * The drill's UI strings in both languages. Keyed by the domain's own unions, so adding a mode, status or
 * error code without its strings fails to compile. Templates take `{name}` placeholders (fillTemplate).
 */
export const drillMessages = {
  modes: {
    exam: { zh: '考试模式', en: 'Exam mode' },
    'per-question': { zh: '逐题计时', en: 'Timed per question' },
    practice: { zh: '自由练习（不计时）', en: 'Practice (no timer)' },
  } satisfies Record<DrillModeKind, LocalizedText>,

  modeDescriptions: {
    exam: {
      zh: '整套题一个倒计时，时间到自动交卷。',
      en: 'One countdown for the whole drill; it submits itself when time is up.',
    },
    'per-question': {
      zh: '每道题单独计时，时间到该题锁定并进入下一题。',
      en: 'Each question has its own countdown; when it runs out the question locks and the drill moves on.',
    },
    practice: { zh: '不限时间，随时交卷。', en: 'No time limit; submit whenever you are ready.' },
  } satisfies Record<DrillModeKind, LocalizedText>,

  selections: {
    all: { zh: '全部题目', en: 'All questions' },
    topic: { zh: '按主题', en: 'By topic' },
    missed: { zh: '只练错题', en: 'Only ones missed before' },
    items: { zh: '重做错题', en: 'Retry the wrong ones' },
  } satisfies Record<DrillSelectionKind, LocalizedText>,

  statuses: {
    running: { zh: '进行中', en: 'In progress' },
    paused: { zh: '已暂停', en: 'Paused' },
    finished: { zh: '已交卷', en: 'Finished' },
  } satisfies Record<DrillStatus, LocalizedText>,

  gridStatuses: {
    answered: { zh: '已答', en: 'Answered' },
    unanswered: { zh: '未答', en: 'Unanswered' },
    'timed-out': { zh: '超时', en: 'Timed out' },
  } satisfies Record<GridStatus, LocalizedText>,

  outcomes: {
    correct: { zh: '正确', en: 'Correct' },
    wrong: { zh: '错误', en: 'Wrong' },
    unanswered: { zh: '未作答', en: 'Not answered' },
  } satisfies Record<QuestionOutcome, LocalizedText>,

  finishReasons: {
    submitted: { zh: '已交卷', en: 'Submitted' },
    'time-up': { zh: '时间到，自动交卷', en: 'Time ran out: submitted automatically' },
    abandoned: { zh: '未完成（开始了新的练习）', en: 'Abandoned (a new drill was started)' },
  } satisfies Record<FinishReason, LocalizedText>,

  actions: {
    start: { zh: '开始', en: 'Start' },
    next: { zh: '下一题', en: 'Next' },
    previous: { zh: '上一题', en: 'Previous' },
    submit: { zh: '交卷', en: 'Submit' },
    mark: { zh: '标记待复查', en: 'Mark for review' },
    unmark: { zh: '取消标记', en: 'Unmark' },
    clear: { zh: '清除选择', en: 'Clear choice' },
    pause: { zh: '暂停', en: 'Pause' },
    resume: { zh: '继续', en: 'Resume' },
    retryWrong: { zh: '重做错题', en: 'Retry the wrong ones' },
    reviewAll: { zh: '查看全部', en: 'Review all' },
    reviewMissed: { zh: '只看错题（{count}）', en: 'Only the missed ones ({count})' },
  } satisfies Record<string, LocalizedText>,

  labels: {
    questionOf: { zh: '第 {index} 题，共 {total} 题', en: 'Question {index} of {total}' },
    timeLeft: { zh: '剩余时间', en: 'Time left' },
    timeSpent: { zh: '用时', en: 'Time spent' },
    totalTime: { zh: '总用时', en: 'Total time' },
    score: { zh: '得分：{score} / {total}', en: 'Score: {score} / {total}' },
    yourAnswer: { zh: '你的答案', en: 'Your answer' },
    correctAnswer: { zh: '正确答案', en: 'Correct answer' },
    explanation: { zh: '解析', en: 'Explanation' },
    multipleAnswers: { zh: '多选题：选出所有正确选项', en: 'Choose every correct option' },
    marked: { zh: '已标记', en: 'Marked' },
    current: { zh: '当前题', en: 'Current question' },
    locked: { zh: '本题时间已到', en: "This question's time is up" },
    pausedHint: {
      zh: '已暂停，题目已隐藏。按 P 继续。',
      en: 'Paused: the questions are hidden. Press P to resume.',
    },
    unansweredWarning: {
      zh: '还有 {count} 道题未作答，确定交卷吗？',
      en: '{count} questions are still unanswered. Submit anyway?',
    },
    allCorrect: { zh: '全部正确，没有需要重做的题。', en: 'All correct: nothing to retry.' },
    history: { zh: '练习记录', en: 'Drill history' },
    date: { zh: '日期', en: 'Date' },
    duration: { zh: '时长', en: 'Duration' },
    mode: { zh: '模式', en: 'Mode' },
    questionCount: { zh: '题数', en: 'Questions' },
    timeLimit: { zh: '时间限制', en: 'Time limit' },
    shuffleOptions: { zh: '打乱选项顺序', en: 'Shuffle the options' },
    shuffleQuestions: { zh: '打乱题目顺序', en: 'Shuffle the questions' },
  } satisfies Record<string, LocalizedText>,

  keyboardHelp: {
    choose: { zh: '1–4 或 A–D：选择', en: '1–4 or A–D: choose' },
    next: { zh: 'Enter：下一题（最后一题时交卷）', en: 'Enter: next (submit on the last)' },
    mark: { zh: 'M：标记待复查', en: 'M: mark for review' },
    navigate: { zh: '← →：上一题 / 下一题', en: '← →: previous / next' },
    pause: { zh: 'P：暂停 / 继续', en: 'P: pause / resume' },
  } satisfies Record<string, LocalizedText>,

  errors: {
    INVALID_CONFIG: { zh: '练习设置无效。', en: 'These drill settings cannot be used.' },
    NO_QUESTIONS: {
      zh: '所选范围内没有选择题。',
      en: 'There are no multiple-choice questions in this selection.',
    },
    DRILL_FINISHED: { zh: '本次练习已经交卷。', en: 'This drill is already finished.' },
    DRILL_PAUSED: { zh: '练习已暂停，请先继续。', en: 'The drill is paused: resume it first.' },
    DRILL_NOT_PAUSED: { zh: '练习没有暂停。', en: 'The drill is not paused.' },
    DRILL_NOT_FINISHED: { zh: '练习还没有交卷。', en: 'The drill is not finished yet.' },
    QUESTION_OUT_OF_RANGE: { zh: '没有这道题。', en: 'There is no such question.' },
    NOT_CURRENT_QUESTION: {
      zh: '这道题已不在当前页面（时间已到）。',
      en: 'That question is no longer on screen (its time ran out).',
    },
    QUESTION_LOCKED: {
      zh: '这道题的时间已到，不能再作答。',
      en: "This question's time is up; it can no longer be answered.",
    },
    UNKNOWN_OPTION: { zh: '这道题没有这个选项。', en: 'This question has no such option.' },
    NO_NEXT_QUESTION: { zh: '后面没有可作答的题了。', en: 'There is no open question after this one.' },
    NO_PREVIOUS_QUESTION: { zh: '前面没有可作答的题了。', en: 'There is no open question before this one.' },
    UNKNOWN_ACTION: { zh: '无法识别的操作。', en: 'Unknown action.' },
    INVALID_STATE: {
      zh: '保存的练习已损坏，无法继续。',
      en: 'The saved drill is damaged and cannot be resumed.',
    },
    STALE_REVISION: {
      zh: '这次练习已在另一个窗口中更改，这里显示的是最新保存的内容。',
      en: 'This drill was changed in another window; what it saved last is shown here.',
    },
  } satisfies Record<DrillErrorCode, LocalizedText>,
};

/** A duration as the countdown shows it: m:ss, or h:mm:ss from an hour up. Rounds up, so 0:00 means done. */
export function formatClock(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
