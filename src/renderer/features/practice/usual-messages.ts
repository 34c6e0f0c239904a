import type { LocalizedText } from '../../../shared/deck/localized-text.ts';

/** "Your usual mistakes here" (GLOSSARY.md: 错因分析 names the catalogue; these are the student's own). */
export const usualMessages = {
  title: { zh: '你在这类题上常犯的错', en: 'Your usual mistakes here' },
  line: { zh: '{mistake}：最近 {of} 次中有 {count} 次', en: '{mistake}: {count} of the last {of}' },
  none: {
    zh: '最近 {of} 次都没有出现已知的错误。',
    en: 'No catalogued mistake in your last {of} attempts.',
  },
  noAttempts: {
    zh: '做完几道这类题后，这里会列出你最常犯的错误。',
    en: 'Finish a few problems of this type and the mistakes you make most show here.',
  },
} satisfies Record<string, LocalizedText>;
