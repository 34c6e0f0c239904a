import type { Language, LocalizedText } from '../shared/deck/localized-text.ts';
import { wordProblem } from '../shared/word-problem.ts';
import type { ReadProblem, ReadProblemCode } from './read-input.ts';

/**
 * The words for every ReadProblem, in both languages. Keyed by the closed union, so a new code without its
 * wording fails to compile. Chinese follows the course glossary (「」 around what the user typed).
 */
export const readInputMessages = {
  NOT_FOUND: { zh: '找不到文件「{path}」。', en: '{path}: no such file' },
  FOLDER: { zh: '「{path}」是文件夹，不是文件。', en: '{path} is a folder, not a file' },
  FIFO: {
    zh: '「{path}」是管道（FIFO），不是普通文件：请先把内容存成文件。',
    en: '{path} is a pipe (FIFO), not a regular file: save its content to a file first',
  },
  SPECIAL_FILE: {
    zh: '「{path}」是设备或套接字，不是普通文件。',
    en: '{path} is a device or a socket, not a regular file',
  },
  NO_PERMISSION: { zh: '没有读取「{path}」的权限。', en: '{path}: permission denied' },
  UNREADABLE: { zh: '无法读取「{path}」（{reason}）。', en: '{path} cannot be read ({reason})' },
  TOO_LARGE: {
    zh: '「{path}」太大：{size} 字节，上限为 {limit} 字节。',
    en: '{path} is too large: {size} bytes, the limit is {limit} bytes',
  },
  GREW_TOO_LARGE: {
    zh: '「{path}」读出的内容超过上限 {limit} 字节（读取前无法得知其大小）。',
    en: '{path} gives more than the limit of {limit} bytes (its size was not known before reading)',
  },
  NOT_TEXT: { zh: '「{path}」不是 UTF-8 文本。', en: '{path} is not UTF-8 text' },
} satisfies Record<ReadProblemCode, LocalizedText>;

export function wordReadProblem(problem: ReadProblem, language: Language): string {
  return wordProblem(readInputMessages[problem.code][language], problem);
}
