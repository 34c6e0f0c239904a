import type { ItemKind } from '../../../shared/deck/item.ts';
import type { ItemField } from '../../../shared/deck/import/import-plan.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { ItemFate } from './import-preview.ts';

/** The words of the Decks screen. Chinese follows GLOSSARY.md (牌组, 导入, 导出, 卡片, 解析). */
export const decksMessages = {
  title: { zh: '牌组', en: 'Decks' },
  importHeading: { zh: '导入牌组', en: 'Import a deck' },
  chooseFile: { zh: '选择牌组文件…', en: 'Choose a deck file…' },
  dropHint: {
    zh: '或把文件拖到这里：Markdown（作业格式或问答、填空卡片）、CSV 或 DeepDrill 的 JSON。导入前会先显示预览。',
    en: "or drop a file here: Markdown (the homework's format, or Q/A and cloze cards), CSV or DeepDrill's JSON. You see a preview before anything is stored.",
  },
  dropZone: { zh: '把牌组文件拖到这里', en: 'Drop a deck file here' },
  reading: { zh: '正在读取…', en: 'Reading…' },
  importing: { zh: '正在导入…', en: 'Importing…' },
  previewHeading: { zh: '导入预览：{file}', en: 'Import preview: {file}' },
  previewDeck: { zh: '牌组「{title}」：', en: 'Deck "{title}": ' },
  previewSummary: {
    zh: '将新增 {added} 项，更新 {updated} 项，{unchanged} 项不变。',
    en: '{added} to add, {updated} to update, {unchanged} left alone.',
  },
  previewKept: {
    zh: '牌组中另有 {kept} 项不在这个文件里，将保留。',
    en: '{kept} stored items are not in this file and are kept.',
  },
  previewNothingYet: {
    zh: '确认导入之前不会保存任何内容；已更新的卡片保留复习进度。',
    en: 'Nothing is stored until you confirm; updated cards keep their review progress.',
  },
  refusedHeading: {
    zh: '「{file}」有 {count} 处错误，没有导入任何内容',
    en: '"{file}" has {count} errors: nothing was imported',
  },
  refusedHeadingOne: {
    zh: '「{file}」有 1 处错误，没有导入任何内容',
    en: '"{file}" has 1 error: nothing was imported',
  },
  refusedHint: {
    zh: '改正文件中的这些问题后，再选择它导入。',
    en: 'Correct these in the file, then choose it again.',
  },
  wholeFile: { zh: '整个文件', en: 'whole file' },
  notesHeading: { zh: '已跳过', en: 'Skipped' },
  confirm: { zh: '导入', en: 'Import' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: { zh: '关闭', en: 'Close' },
  changes: { zh: '更改：{fields}', en: 'changes: {fields}' },
  line: { zh: '第 {line} 行', en: 'line {line}' },
  imported: {
    zh: '已导入「{title}」：新增 {added} 项，更新 {updated} 项，{unchanged} 项不变。',
    en: 'Imported "{title}": {added} added, {updated} updated, {unchanged} left alone.',
  },
  importFailed: {
    zh: '导入失败，没有保存任何内容：{detail}',
    en: 'The import failed and stored nothing: {detail}',
  },
  readFailed: {
    zh: '无法读取文件「{file}」：{detail}',
    en: 'Could not read the file "{file}": {detail}',
  },
  oneFileOnly: { zh: '请一次只拖入一个文件。', en: 'Drop one file at a time.' },
  listHeading: { zh: '你的牌组', en: 'Your decks' },
  listEmpty: { zh: '还没有牌组。', en: 'No decks yet.' },
  columnDeck: { zh: '牌组', en: 'Deck' },
  columnItems: { zh: '项数', en: 'Items' },
  columnSource: { zh: '来源', en: 'Source' },
  columnExport: { zh: '导出', en: 'Export' },
  sourceSeed: { zh: '内置', en: 'Built in' },
  sourceImport: { zh: '导入', en: 'Imported' },
  exportJson: { zh: 'JSON', en: 'JSON' },
  exportMarkdown: { zh: 'Markdown', en: 'Markdown' },
  exportLabel: { zh: '把「{title}」导出为 {format}', en: 'Export "{title}" as {format}' },
  exportFailed: { zh: '导出失败：{detail}', en: 'The export failed: {detail}' },
  fates: {
    added: { zh: '新增', en: 'add' },
    updated: { zh: '更新', en: 'update' },
    unchanged: { zh: '不变', en: 'unchanged' },
    kept: { zh: '保留', en: 'kept' },
  } satisfies Record<ItemFate, LocalizedText>,
  kinds: {
    mcq: { zh: '选择题', en: 'question' },
    basic: { zh: '问答卡片', en: 'card' },
    cloze: { zh: '填空卡片', en: 'cloze' },
    problem: { zh: '计算题', en: 'problem' },
  } satisfies Record<ItemKind, LocalizedText>,
  fields: {
    kind: { zh: '类型', en: 'kind' },
    tags: { zh: '标签', en: 'tags' },
    stem: { zh: '题干', en: 'stem' },
    options: { zh: '选项', en: 'options' },
    answer: { zh: '答案', en: 'answer' },
    explanation: { zh: '解析', en: 'explanation' },
    front: { zh: '正面', en: 'front' },
    back: { zh: '背面', en: 'back' },
    text: { zh: '填空文本', en: 'text' },
    extra: { zh: '补充说明', en: 'extra' },
    template: { zh: '题型', en: 'template' },
    parameters: { zh: '参数', en: 'parameters' },
  } satisfies Record<ItemField, LocalizedText>,
};
