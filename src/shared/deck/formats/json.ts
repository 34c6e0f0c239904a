import type { Deck } from '../deck.ts';
import { deckError, type DeckExpectation, type DeckIssue } from '../import/deck-issue.ts';
import type { DraftItem, FormatRead } from '../import/deck-read.ts';
import type { Item, McqOption } from '../item.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { DeckFormat } from './deck-format.ts';
import { jsonItemLines, placeOf } from './json-lines.ts';

/** The app's own deck file: `{ "format": "deepdrill-deck", "version": 1, "deck": {…} }` (docs/decks.md). */
export const deckFormatName = 'deepdrill-deck';
export const deckFormatVersion = 1;

type JsonObject = Record<string, unknown>;

/** Checks every field of a JSON deck, naming each wrong one by its path and its item's line. */
class JsonDeckReader {
  readonly errors: DeckIssue[] = [];
  line: number | null = null;

  invalid(path: string, expected: DeckExpectation): undefined {
    this.errors.push(deckError('FIELD_INVALID', this.line, { field: path, expected }));
    return undefined;
  }

  object(value: unknown, path: string): JsonObject | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonObject;
    return this.invalid(path, 'object');
  }

  /** Refuses keys the schema does not have (a typo such as `explaination` would otherwise vanish). */
  known(object: JsonObject, path: string, keys: readonly string[]): void {
    for (const key of Object.keys(object)) {
      if (!keys.includes(key))
        this.errors.push(deckError('FIELD_UNKNOWN', this.line, { field: `${path}.${key}` }));
    }
  }

  text(value: unknown, path: string): string | undefined {
    return typeof value === 'string' ? value : this.invalid(path, 'text');
  }

  /** A text in both languages: `{"zh": …, "en": …}`, or one string for both. */
  localized(value: unknown, path: string): LocalizedText | undefined {
    if (typeof value === 'string') return { zh: value, en: value };
    const object =
      typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
    if (object === null || typeof object['zh'] !== 'string' || typeof object['en'] !== 'string') {
      return this.invalid(path, 'localizedText');
    }
    this.known(object, path, ['zh', 'en']);
    return { zh: object['zh'], en: object['en'] };
  }

  list(value: unknown, path: string): unknown[] | undefined {
    return Array.isArray(value) ? value : this.invalid(path, 'list');
  }

  texts(value: unknown, path: string): string[] | undefined {
    const list = this.list(value, path);
    if (list === undefined) return undefined;
    if (list.every((entry) => typeof entry === 'string')) return list as string[];
    return this.invalid(path, 'list');
  }

  item(value: unknown, path: string): Item | undefined {
    const object = this.object(value, path);
    if (object === undefined) return undefined;
    const id = object['id'] === undefined ? '' : this.text(object['id'], `${path}.id`);
    const tags = object['tags'] === undefined ? [] : this.texts(object['tags'], `${path}.tags`);
    const common = { id: id ?? '', tags: tags ?? [] };
    const at = (key: string) => `${path}.${key}`;
    switch (object['kind']) {
      case 'mcq': {
        this.known(object, path, ['id', 'kind', 'tags', 'stem', 'options', 'answer', 'explanation']);
        const options = this.list(object['options'], at('options'))?.map((option, index) =>
          this.option(option, `${path}.options[${index}]`),
        );
        const answer = this.texts(object['answer'], at('answer'));
        const stem = this.localized(object['stem'], at('stem'));
        const explanation =
          object['explanation'] === undefined
            ? { zh: '', en: '' }
            : this.localized(object['explanation'], at('explanation'));
        if (!stem || !options || options.some((option) => !option) || !answer || !explanation)
          return undefined;
        return { ...common, kind: 'mcq', stem, options: options as McqOption[], answer, explanation };
      }
      case 'basic': {
        this.known(object, path, ['id', 'kind', 'tags', 'front', 'back']);
        const front = this.localized(object['front'], at('front'));
        const back = this.localized(object['back'], at('back'));
        return front && back ? { ...common, kind: 'basic', front, back } : undefined;
      }
      case 'cloze': {
        this.known(object, path, ['id', 'kind', 'tags', 'text', 'extra']);
        const text = this.localized(object['text'], at('text'));
        const extra =
          object['extra'] === undefined ? undefined : this.localized(object['extra'], at('extra'));
        if (!text || (object['extra'] !== undefined && !extra)) return undefined;
        return { ...common, kind: 'cloze', text, ...(extra ? { extra } : {}) };
      }
      case 'problem': {
        this.known(object, path, ['id', 'kind', 'tags', 'template', 'parameters']);
        const template = this.text(object['template'], at('template'));
        const parameters =
          object['parameters'] === undefined
            ? undefined
            : this.parameters(object['parameters'], at('parameters'));
        if (template === undefined || (object['parameters'] !== undefined && !parameters)) return undefined;
        return { ...common, kind: 'problem', template, ...(parameters ? { parameters } : {}) };
      }
      default:
        this.errors.push(deckError('KIND_UNKNOWN', this.line, { kind: String(object['kind']) }));
        return undefined;
    }
  }

  option(value: unknown, path: string): McqOption | undefined {
    const object = this.object(value, path);
    if (object === undefined) return undefined;
    this.known(object, path, ['letter', 'text', 'rationale']);
    const letter = this.text(object['letter'], `${path}.letter`);
    if (letter !== undefined && !/^[A-Z]$/.test(letter)) return this.invalid(`${path}.letter`, 'letter');
    const text = this.localized(object['text'], `${path}.text`);
    const rationale =
      object['rationale'] === undefined
        ? { zh: '', en: '' }
        : this.localized(object['rationale'], `${path}.rationale`);
    return letter !== undefined && text && rationale ? { letter, text, rationale } : undefined;
  }

  parameters(value: unknown, path: string): Record<string, number> | undefined {
    const object = this.object(value, path);
    if (object === undefined) return undefined;
    const entries = Object.entries(object);
    if (entries.every(([, number]) => typeof number === 'number' && Number.isFinite(number))) {
      return Object.fromEntries(entries) as Record<string, number>;
    }
    return this.invalid(path, 'parameters');
  }
}

/** Reads the app's JSON deck file, checking the version and every field. */
export function readJsonDeck(text: string): FormatRead {
  const empty = { id: null, title: null, items: [], notes: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (thrown) {
    // V8 says where in its (English) message, in some versions only: take the place, word the rest ourselves.
    const position = /position (\d+)/.exec((thrown as Error).message);
    const place = position ? placeOf(text, Number(position[1])) : { line: null, column: null };
    return { ...empty, errors: [deckError('JSON_SYNTAX', place.line, {}, place.column)] };
  }
  const reader = new JsonDeckReader();
  const root = typeof document === 'object' && document !== null ? (document as JsonObject) : {};
  if (root['format'] !== deckFormatName) return { ...empty, errors: [deckError('JSON_NOT_A_DECK', 1)] };
  if (root['version'] !== deckFormatVersion) {
    const version = String(root['version']);
    return {
      ...empty,
      errors: [deckError('JSON_VERSION_UNSUPPORTED', 1, { version, supported: deckFormatVersion })],
    };
  }
  reader.known(root, '$', ['format', 'version', 'deck']);
  const deck = reader.object(root['deck'], '$.deck');
  if (deck === undefined) return { ...empty, errors: reader.errors };
  reader.known(deck, '$.deck', ['id', 'title', 'description', 'items']);
  const id = deck['id'] === undefined ? null : (reader.text(deck['id'], '$.deck.id') ?? null);
  const title = reader.localized(deck['title'], '$.deck.title') ?? null;
  const description =
    deck['description'] === undefined
      ? undefined
      : reader.localized(deck['description'], '$.deck.description');
  const lines = jsonItemLines(text);
  const items: DraftItem[] = [];
  reader.list(deck['items'], '$.deck.items')?.forEach((value, index) => {
    reader.line = lines[index] ?? null;
    const item = reader.item(value, `$.deck.items[${index}]`);
    if (item) items.push({ item, line: reader.line });
  });
  return { id, title, ...(description ? { description } : {}), items, notes: [], errors: reader.errors };
}

/** A deck as the app's JSON file; a text that is the same in both languages is written once. */
export function writeJsonDeck(deck: Deck): string {
  const texts = (_key: string, value: unknown): unknown => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const text = value as LocalizedText;
      if (keys.length === 2 && typeof text.zh === 'string' && text.zh === text.en) return text.zh;
    }
    return value;
  };
  return `${JSON.stringify({ format: deckFormatName, version: deckFormatVersion, deck }, texts, 2)}\n`;
}

export const jsonFormat: DeckFormat = {
  name: 'json',
  extensions: ['.json'],
  read: readJsonDeck,
  write: writeJsonDeck,
};
