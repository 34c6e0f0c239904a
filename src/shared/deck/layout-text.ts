/**
 * Whitespace clean-up for text that came out of a PDF → Markdown conversion, such as the homework: runs of
 * whitespace (the doubled spaces around `$…$`, line breaks) become one space, and the spaces the converter put
 * beside full-width Chinese punctuation are dropped. Only whitespace ever changes, never another character.
 * Curly quotes are not in the list: English uses them too, and “one word” needs its spaces.
 */
const fullWidthPunctuation = '、，。：；？！「」『』（）【】《》';
const spaceBesidePunctuation = new RegExp(` ?([${fullWidthPunctuation}]) ?`, 'g');

export function normalizeLayout(text: string): string {
  return text.replace(/\s+/g, ' ').replace(spaceBesidePunctuation, '$1').trim();
}

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Joins a line broken by a page break back onto the text before it: Chinese needs no space at the join,
 * other text does.
 */
export function joinBrokenLine(before: string, after: string): string {
  const touchesChinese = cjk.test(before.trimEnd().slice(-1)) || cjk.test(after.trimStart().charAt(0));
  return touchesChinese
    ? `${before.trimEnd()}${after.trimStart()}`
    : `${before.trimEnd()} ${after.trimStart()}`;
}
