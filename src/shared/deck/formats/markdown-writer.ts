import type { Deck } from '../deck.ts';
import type { Item } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';

/**
 * A deck as Markdown that readMarkdownDeck reads back to the same deck. Chinese is written in the item's own
 * place; where the English differs it follows as a `> key.en:` field, so both languages survive. Markdown
 * keeps no line breaks inside a text (the reader joins lines): a text with line breaks comes back joined.
 */
export function writeMarkdownDeck(deck: Deck): string {
  const head = [`# ${deck.title.zh}`, ...otherLanguage('title', deck.title), `> id: ${deck.id}`];
  if (deck.description) head.push(...fieldLines('description', deck.description));
  let number = 0;
  const blocks = deck.items.map((item) => writeItem(item, item.kind === 'mcq' ? ++number : 0));
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}

function writeItem(item: Item, number: number): string {
  const lines: string[] = [];
  const fields: string[] = [`> id: ${item.id}`];
  if (item.tags.length > 0) fields.push(`> tags: ${item.tags.join(', ')}`);
  switch (item.kind) {
    case 'mcq':
      lines.push(`${number}. ${item.stem.zh} (${item.answer.join('')})`);
      fields.push(...otherLanguage('stem', item.stem));
      for (const option of item.options) {
        lines.push(`   - ${option.letter}. ${option.text.zh}`);
        fields.push(...otherLanguage(option.letter, option.text));
        fields.push(...fieldLines(`${option.letter}.why`, option.rationale));
      }
      fields.push(...fieldLines('explanation', item.explanation));
      break;
    case 'basic':
      lines.push(`Q: ${item.front.zh}`, `A: ${item.back.zh}`);
      fields.push(...otherLanguage('front', item.front), ...otherLanguage('back', item.back));
      break;
    case 'cloze':
      lines.push(`C: ${item.text.zh}`);
      fields.push(...otherLanguage('text', item.text));
      if (item.extra) fields.push(...fieldLines('extra', item.extra));
      break;
    case 'problem':
      lines.push(`P: ${item.template}`);
      if (item.parameters) {
        const pairs = Object.entries(item.parameters).map(([name, value]) => `${name}=${value}`);
        fields.push(`> parameters: ${pairs.join(', ')}`);
      }
      break;
  }
  const indent = item.kind === 'mcq' ? '   ' : '';
  return [...lines, ...fields.map((line) => `${indent}${line}`)].join('\n');
}

/** `> key.en: …` when the English differs from the Chinese written in the item's own place. */
function otherLanguage(key: string, text: LocalizedText): string[] {
  return text.en === text.zh ? [] : [`> ${key}.en: ${text.en}`];
}

/** A text that lives only in fields: one `> key:` when both languages agree, else one line per language. */
function fieldLines(key: string, text: LocalizedText): string[] {
  if (text.zh === text.en) return text.zh === '' ? [] : [`> ${key}: ${text.zh}`];
  return [
    ...(text.zh === '' ? [] : [`> ${key}.zh: ${text.zh}`]),
    ...(text.en === '' ? [] : [`> ${key}.en: ${text.en}`]),
  ];
}
