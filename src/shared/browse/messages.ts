import type { ItemKind } from '../deck/item.ts';
import { fillTemplate, type Language, type LocalizedText } from '../deck/localized-text.ts';
import { srsMessages } from '../srs/messages.ts';
import type { BrowseOrder, StateFilter } from './browse-rows.ts';
import type { EditField, EditRefusal, EditRefusalCode } from './item-edit.ts';

/**
 * The Browse screen's strings in both languages (terms as GLOSSARY.md, Anki's zh-CN words: 卡片、牌组、
 * 到期、难度、记忆稳定期、暂停…). Keyed by the domain's own unions, so a new filter, order, field or refusal
 * without its strings fails to compile. Templates take `{name}` placeholders (fillTemplate).
 */
export const browseMessages = {
  /** The four FSRS states worded as the review words them, plus the two filters of Browse's own. */
  stateFilters: {
    all: { zh: '全部状态', en: 'Any state' },
    ...srsMessages.states,
    suspended: srsMessages.labels.suspended,
  } satisfies Record<StateFilter, LocalizedText>,

  orders: {
    deck: { zh: '按牌组顺序', en: 'Deck order' },
    due: { zh: '按到期时间', en: 'By due date' },
    difficulty: { zh: '按难度', en: 'By difficulty' },
    stability: { zh: '按记忆稳定期', en: 'By stability' },
  } satisfies Record<BrowseOrder, LocalizedText>,

  kinds: {
    basic: { zh: '问答', en: 'Basic' },
    cloze: { zh: '填空', en: 'Cloze' },
    mcq: { zh: '选择题', en: 'Multiple choice' },
    problem: { zh: '计算题', en: 'Problem' },
  } satisfies Record<ItemKind, LocalizedText>,

  fields: {
    front: { zh: '正面', en: 'Front' },
    back: { zh: '背面', en: 'Back' },
    text: { zh: '填空文本', en: 'Cloze text' },
    extra: { zh: '补充说明', en: 'Extra' },
    stem: { zh: '题干', en: 'Question' },
    explanation: { zh: '解析', en: 'Explanation' },
  } satisfies Record<EditField, LocalizedText>,

  refusals: {
    FIELD_NOT_EDITABLE: {
      zh: '「{field}」不能在{kind}卡片上编辑。',
      en: '“{field}” cannot be edited on a {kind} card.',
    },
    EMPTY_TEXT: { zh: '「{field}」（{language}）不能为空。', en: '“{field}” ({language}) cannot be empty.' },
    CLOZE_UNREADABLE: {
      zh: '{language}填空文本无法读取：每个「{{c1::」都要用「}}」闭合，且挖空不能为空。',
      en: 'The {language} cloze text cannot be read: every “{{c1::” needs its “}}”, and no blank may be empty.',
    },
    CLOZE_DELETIONS_CHANGED: {
      zh: '{language}填空文本的挖空从 {before} 变成了 {after}：每个挖空是一张有自己进度的卡片，编辑时请保留原有的挖空编号。',
      en: 'The {language} cloze text now hides {after} instead of {before}: each blank is a card with its own progress, so keep the blank numbers when editing.',
    },
  } satisfies Record<EditRefusalCode, LocalizedText>,

  languages: {
    zh: { zh: '中文', en: 'Chinese' },
    en: { zh: '英文', en: 'English' },
  } satisfies Record<Language, LocalizedText>,

  columns: {
    card: { zh: '卡片', en: 'Card' },
    deck: { zh: '牌组', en: 'Deck' },
    tags: { zh: '标签', en: 'Tags' },
    state: { zh: '状态', en: 'State' },
    due: { zh: '到期', en: 'Due' },
    difficulty: srsMessages.labels.difficulty,
    stability: srsMessages.labels.stability,
  } satisfies Record<string, LocalizedText>,

  actions: {
    edit: { zh: '编辑', en: 'Edit' },
    save: { zh: '保存', en: 'Save' },
    cancel: { zh: '取消', en: 'Cancel' },
    suspend: { zh: '暂停', en: 'Suspend' },
    unsuspend: { zh: '取消暂停', en: 'Unsuspend' },
    reset: { zh: '重置为新卡片', en: 'Reset to new' },
    delete: { zh: '删除', en: 'Delete' },
    undo: { zh: '撤销删除', en: 'Undo delete' },
  } satisfies Record<string, LocalizedText>,

  labels: {
    search: { zh: '搜索卡片', en: 'Search cards' },
    searchHint: {
      zh: '按 / 搜索，↑ ↓ 选择，Enter 编辑，Ctrl+Z 撤销删除',
      en: '/ to search, ↑ ↓ to move, Enter to edit, Ctrl+Z to undo a delete',
    },
    anyTag: { zh: '全部标签', en: 'Any tag' },
    count: { zh: '{shown} / {total} 张卡片', en: '{shown} of {total} cards' },
    empty: { zh: '没有符合条件的卡片。', en: 'No card matches.' },
    history: { zh: '复习记录', en: 'Review history' },
    noHistory: { zh: '这张卡片还没有复习过。', en: 'This card has not been reviewed yet.' },
    reviews: { zh: '复习 {reps} 次，遗忘 {lapses} 次', en: '{reps} reviews, {lapses} lapses' },
    deletion: { zh: '挖空 c{number}', en: 'Blank c{number}' },
    notYet: { zh: '—', en: '—' },
    deleted: {
      zh: '已删除「{preview}」及其 {cards} 张卡片。',
      en: 'Deleted “{preview}” and its {cards} cards.',
    },
    resetDone: { zh: '已重置为新卡片，复习记录保留。', en: 'Reset to new; its review history is kept.' },
    saved: { zh: '已保存，进度不变。', en: 'Saved; its progress is unchanged.' },
    fromDrill: { zh: '练习', en: 'drill' },
    intervalAfter: { zh: '之后间隔 {days} 天', en: 'next interval {days} d' },
    problemNotEditable: {
      zh: '计算题的文本由题目模板生成，不能编辑。',
      en: 'A problem’s text is made by its template and cannot be edited.',
    },
  } satisfies Record<string, LocalizedText>,
};

/** A refused edit worded in `language`: the field, kind and language names in that language too. */
export function refusalText(refusal: EditRefusal, language: Language): string {
  const values: Record<string, string> = {};
  if ('field' in refusal) values.field = browseMessages.fields[refusal.field][language];
  if ('kind' in refusal) values.kind = browseMessages.kinds[refusal.kind][language];
  if ('language' in refusal) values.language = browseMessages.languages[refusal.language][language];
  if ('before' in refusal) Object.assign(values, { before: refusal.before, after: refusal.after });
  return fillTemplate(browseMessages.refusals[refusal.code][language], values);
}
