import type { ImageFormat } from '../../../shared/conv/image/image-header.ts';
import { fillTemplate, type LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { ImageRefusal } from './image-messages.ts';

/** Why a file did not open: the worker's refusal, or "unreadable" (the file or the worker failed us). */
export type OpenProblem = ImageRefusal | { code: 'unreadable' };

const formatNames: Record<ImageFormat, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
};

/** Each problem's words; every one ends by saying the open image is kept, since nothing else changed. */
const openProblemTemplates = {
  empty: {
    zh: '这个文件是空的。原来的图片保持不变。',
    en: 'This file is empty. The previous image is still open.',
  },
  'unknown-format': {
    zh: '无法识别这个文件的格式：支持 PNG、JPEG、GIF、WebP 和 BMP。原来的图片保持不变。',
    en: 'This file is not a PNG, JPEG, GIF, WebP or BMP image. The previous image is still open.',
  },
  truncated: {
    zh: '这个 {format} 文件不完整：只有 {length} 字节，在文件头中间就结束了。原来的图片保持不变。',
    en: 'This {format} file is cut short: it ends inside its header, after {length} bytes. The previous image is still open.',
  },
  damaged: {
    zh: '这个 {format} 文件的文件头已损坏（第 {offset} 字节处）。原来的图片保持不变。',
    en: 'The header of this {format} file is damaged (at byte {offset}). The previous image is still open.',
  },
  'too-large': {
    zh: '图片太大：{width}×{height}，共 {pixels} 像素，超过了上限 {limit} 像素。没有解码这张图片，原来的图片保持不变。',
    en: 'The image is too large: {width} × {height} = {pixels} pixels, over the limit of {limit} pixels. It was not decoded; the previous image is still open.',
  },
  undecodable: {
    zh: '这个 {format} 文件的文件头正常，但图像数据无法解码（文件可能已损坏）。原来的图片保持不变。',
    en: 'This {format} file has a sound header, but its image data could not be decoded (the file may be damaged). The previous image is still open.',
  },
  unreadable: {
    zh: '读取图片失败。原来的图片保持不变，请再试一次。',
    en: 'Reading the image failed. The previous image is still open; please try again.',
  },
} satisfies Record<OpenProblem['code'], LocalizedText>;

const grouped = (count: number) => count.toLocaleString('en-US');

/** The values a problem's words name: the format by its usual name, pixel counts with thousands separators. */
function openProblemValues(problem: OpenProblem): Record<string, string | number> {
  const { code: _code, ...values } = problem;
  if (!('format' in problem)) return values;
  const named = { ...values, format: formatNames[problem.format] };
  if (problem.code !== 'too-large') return named;
  return { ...named, pixels: grouped(problem.width * problem.height), limit: grouped(problem.limit) };
}

export function openProblemText(problem: OpenProblem): LocalizedText {
  const template = openProblemTemplates[problem.code];
  const values = openProblemValues(problem);
  return { zh: fillTemplate(template.zh, values), en: fillTemplate(template.en, values) };
}
