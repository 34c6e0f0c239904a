import { DslError, NetworkError } from '../errors.ts';
import { fieldDefault, readFieldText, type Field, type FieldValue } from '../fields.ts';
import type { Attributes, LayerKind } from '../layer-kind.ts';
import { limits } from '../limits.ts';
import { layerNamePattern, networkInputName, type LayerSpec, type NetworkSpec } from '../network.ts';
import { findKeyword, layerKeywords } from '../registry.ts';
import type { Shape } from '../shape.ts';
import { tokenize, type Token } from './tokens.ts';

/** More layers than the analyser accepts: refused as a whole (the engine answers INPUT_TOO_LARGE). */
export class DslTooLargeError extends DslError {}

/** The word that introduces a reference list: `sum: add <- a b`. */
export const referenceArrow = '<-';

/** "pool max k3 s2" reads as "maxpool k3 s2" (the issue's spelling). */
const twoWordKeywords: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pool: { max: 'maxpool', avg: 'avgpool' },
};

/**
 * Reads the network description language into a network graph. Grammar (statements end at a newline or ";"):
 *
 *     network NAME                      optional, the model's name
 *     input 3x224x224                   optional, the input shape (C x H x W, or a feature count)
 *     [name:] op attributes [<- a b]    a layer; `<-` names its inputs, else it reads the previous layer
 *     [name:] concat|add {              a block of parallel branches joined at the end
 *       [branch] { statements }         a branch; {} is the identity (a residual shortcut)
 *     }
 *
 * Names are scoped: inside block `g`, a layer `x` is `g.x`, or `g.b.x` in branch `b`; unnamed layers are
 * numbered per keyword (conv1, conv2, ...). Throws DslError with the line and column of the problem.
 */
export function parseNetworkText(text: string, fallbackName = 'network'): NetworkSpec {
  return parseNetworkLines(text, fallbackName).network;
}

/**
 * The network and the 1-based line where each layer is defined, so an editor can point at the line of a layer
 * the analyser rejects (its errors name the layer, not the line).
 */
export function parseNetworkLines(
  text: string,
  fallbackName = 'network',
): { network: NetworkSpec; lines: ReadonlyMap<string, number> } {
  if (text.length > limits.textLength) {
    throw new DslTooLargeError(
      1,
      1,
      `the text has ${text.length} characters, over the limit of ${limits.textLength}`,
    );
  }
  const parser = new Parser(tokenize(text), fallbackName);
  return { network: parser.parse(), lines: parser.lines() };
}

class Parser {
  private at = 0;
  private name: string;
  private input: Shape | null = null;
  private readonly layers: LayerSpec[] = [];
  private readonly defined = new Map<string, Token>();
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly tokens: Token[],
    fallbackName: string,
  ) {
    this.name = fallbackName;
  }

  parse(): NetworkSpec {
    this.sequence('', networkInputName, null);
    return { name: this.name, input: this.input, layers: this.layers };
  }

  lines(): Map<string, number> {
    return new Map([...this.defined].map(([name, token]) => [name, token.line]));
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.at += 1;
    return token;
  }

  private fail(token: Token, reason: string): never {
    throw new DslError(token.line, token.column, reason);
  }

  private skipEnds(): void {
    while (this.peek().type === 'end') this.next();
  }

  /** Statements until the closing brace (or the end of text at top level); returns the last layer's name. */
  private sequence(scope: string, start: string, opened: Token | null): string {
    let current = start;
    for (;;) {
      this.skipEnds();
      const token = this.peek();
      if (token.type === 'eof') {
        if (opened)
          this.fail(
            token,
            `missing "}" for the block opened at line ${opened.line}, column ${opened.column}`,
          );
        return current;
      }
      if (token.type === '}') {
        if (!opened) this.fail(token, 'unexpected "}" with no block open');
        this.next();
        return current;
      }
      current = this.statement(scope, current, opened === null);
      const after = this.peek();
      if (after.type !== 'end' && after.type !== 'eof' && after.type !== '}') {
        this.fail(after, `unexpected "${after.text}": one statement per line (or separate them with ";")`);
      }
    }
  }

  private statement(scope: string, current: string, topLevel: boolean): string {
    const first = this.next();
    if (first.type !== 'word') this.fail(first, `expected a layer, got "${first.text}"`);
    const named = this.peek().type === ':';
    if (!named && topLevel && (first.text === 'network' || first.text === 'input')) {
      this.header(first);
      return current;
    }
    let keywordToken = first;
    let localName: string | null = null;
    if (named) {
      this.next();
      localName = first.text;
      keywordToken = this.next();
      if (keywordToken.type !== 'word') this.fail(keywordToken, `expected a layer after "${first.text}:"`);
    }
    const layerKind = this.keyword(keywordToken);
    const nameToken = named ? first : keywordToken;
    const name = this.layerName(scope, localName, layerKind.keyword, nameToken);
    if (layerKind.inputs === 'many' && this.peek().type === '{') {
      return this.block(name, layerKind, current, nameToken);
    }
    const attributes = this.attributes(layerKind, keywordToken);
    const inputs = this.references(current);
    if (layerKind.inputs === 'many' && inputs.length < 2) {
      this.fail(
        keywordToken,
        `${layerKind.keyword} joins branches: write "${layerKind.keyword} { ... }" or "${layerKind.keyword} <- a b"`,
      );
    }
    if (layerKind.inputs === 'one' && inputs.length !== 1) {
      this.fail(keywordToken, `${layerKind.keyword} takes one input, got ${inputs.length}`);
    }
    this.push({ name, kind: layerKind.kind, inputs, attributes }, nameToken);
    return name;
  }

  private header(keyword: Token): void {
    const value = this.next();
    if (value.type !== 'word') this.fail(value, `expected a value after "${keyword.text}"`);
    if (keyword.text === 'network') {
      this.name = value.text;
      return;
    }
    const parts = value.text.split('x');
    if (!parts.every((part) => /^\d{1,9}$/.test(part)) || (parts.length !== 3 && parts.length !== 1)) {
      this.fail(
        value,
        `expected an input shape like 3x224x224 (C x H x W) or 784 (features), got "${value.text}"`,
      );
    }
    this.input = parts.map(Number);
  }

  private keyword(token: Token): LayerKind {
    let word = token.text;
    const pair = twoWordKeywords[word];
    if (pair && this.peek().type === 'word' && Object.hasOwn(pair, this.peek().text)) {
      word = pair[this.next().text]!;
    } else if (pair) {
      this.fail(this.peek(), `"${word}" is followed by ${Object.keys(pair).join(' or ')}`);
    }
    const layerKind = findKeyword(word);
    if (!layerKind) {
      const guess = closest(word, [...layerKeywords(), ...Object.keys(twoWordKeywords)]);
      this.fail(token, `unknown layer "${word.slice(0, 40)}"${guess ? ` (did you mean ${guess}?)` : ''}`);
    }
    return layerKind;
  }

  private layerName(scope: string, localName: string | null, keyword: string, token: Token): string {
    if (localName !== null) {
      if (!layerNamePattern.test(localName)) {
        this.fail(
          token,
          `"${localName.slice(0, 40)}" is not a layer name: use letters, digits, "_", "." and "-"`,
        );
      }
      return scope + localName;
    }
    for (;;) {
      const count = (this.counters.get(keyword) ?? 0) + 1;
      this.counters.set(keyword, count);
      const name = `${scope}${keyword}${count}`;
      if (!this.defined.has(name)) return name;
    }
  }

  private push(layer: LayerSpec, token: Token): void {
    if (layer.name.length > limits.nameLength)
      this.fail(token, `the name is longer than ${limits.nameLength} characters`);
    if (layer.name === networkInputName)
      this.fail(token, '"input" names the network input; choose another name');
    const earlier = this.defined.get(layer.name);
    if (earlier) this.fail(token, `a layer named "${layer.name}" is already defined at line ${earlier.line}`);
    if (this.layers.length >= limits.layers) {
      throw new DslTooLargeError(token.line, token.column, `more than ${limits.layers} layers`);
    }
    this.defined.set(layer.name, token);
    this.layers.push(layer);
  }

  /** `name: concat { [branch] { ... } ... }`: each branch starts from `current`; the join reads their ends. */
  private block(name: string, layerKind: LayerKind, current: string, nameToken: Token): string {
    const opened = this.next();
    const ends: string[] = [];
    for (;;) {
      this.skipEnds();
      const token = this.next();
      if (token.type === '}') break;
      if (token.type === 'eof')
        this.fail(token, `missing "}" for the ${layerKind.keyword} block opened at line ${opened.line}`);
      let scope = `${name}.`;
      let brace = token;
      if (token.type === 'word') {
        if (!layerNamePattern.test(token.text))
          this.fail(token, `"${token.text.slice(0, 40)}" is not a branch name`);
        scope = `${name}.${token.text}.`;
        brace = this.next();
      }
      if (brace.type !== '{')
        this.fail(brace, `expected "{" to open a branch of ${layerKind.keyword}, got "${brace.text}"`);
      ends.push(this.sequence(scope, current, brace));
    }
    if (ends.length < 2)
      this.fail(opened, `${layerKind.keyword} needs at least two branches, got ${ends.length}`);
    if (ends.length > limits.joinInputs)
      this.fail(opened, `${layerKind.keyword} joins at most ${limits.joinInputs} branches`);
    this.push({ name, kind: layerKind.kind, inputs: ends, attributes: {} }, nameToken);
    return name;
  }

  /** `<- a b`: explicit inputs by full name, each defined earlier. */
  private references(current: string): string[] {
    if (this.peek().text !== referenceArrow) return [current];
    this.next();
    const names: string[] = [];
    while (this.peek().type === 'word') {
      const token = this.next();
      if (token.text !== networkInputName && !this.defined.has(token.text)) {
        this.fail(token, `"${token.text.slice(0, 40)}" is not a layer defined before this line`);
      }
      names.push(token.text);
    }
    if (names.length === 0) this.fail(this.peek(), `expected layer names after "${referenceArrow}"`);
    return names;
  }

  /** Attribute words until `<-` or the end of the statement, matched against the kind's fields. */
  private attributes(layerKind: LayerKind, keywordToken: Token): Attributes {
    const values: Record<string, FieldValue> = {};
    const seen = new Map<string, Token>();
    const positional = layerKind.fields.filter((field) => 'positional' in field && field.positional);
    const prefixed = layerKind.fields
      .filter(
        (field): field is Field & { prefix: string } => 'prefix' in field && typeof field.prefix === 'string',
      )
      .sort((left, right) => right.prefix.length - left.prefix.length);
    while (this.peek().type === 'word' && this.peek().text !== referenceArrow) {
      const token = this.next();
      const [field, value] = this.matchField(layerKind, token, prefixed, positional, seen);
      if (seen.has(field.key))
        this.fail(token, `${field.key} is given twice (first at column ${seen.get(field.key)!.column})`);
      seen.set(field.key, token);
      values[field.key] = value;
    }
    for (const field of layerKind.fields) {
      if (field.key in values) continue;
      const fallback = fieldDefault(field);
      if (fallback === undefined) {
        this.fail(keywordToken, `${layerKind.keyword} needs ${field.key}: ${field.summary}`);
      }
      values[field.key] = fallback;
    }
    return values;
  }

  private matchField(
    layerKind: LayerKind,
    token: Token,
    prefixed: readonly (Field & { prefix: string })[],
    positional: readonly Field[],
    seen: ReadonlyMap<string, Token>,
  ): [Field, FieldValue] {
    const word = token.text;
    try {
      for (const field of layerKind.fields) {
        if (field.type === 'flag' && word === field.word) return [field, !field.default];
        if (field.type === 'groups' && word === field.word) return [field, 'depthwise'];
        if (field.type === 'padding' && (word === 'same' || word === 'valid')) return [field, word];
      }
      for (const field of prefixed) {
        const rest = word.slice(field.prefix.length);
        if (word.startsWith(field.prefix) && /^[-.\d]/.test(rest)) return [field, readFieldText(field, rest)];
      }
      const open = positional.find((field) => !seen.has(field.key));
      if (open && /^[-.\d]/.test(word)) return [open, readFieldText(open, word)];
    } catch (thrown) {
      if (thrown instanceof NetworkError) this.fail(token, `${layerKind.keyword}: ${thrown.reason}`);
      throw thrown;
    }
    const accepted = layerKind.fields.map((field) => describeSyntax(field)).join(', ') || 'no attributes';
    return this.fail(
      token,
      `${layerKind.keyword} does not understand "${word.slice(0, 40)}" (it takes ${accepted})`,
    );
  }
}

function describeSyntax(field: Field): string {
  if (field.type === 'flag') return field.word;
  if (field.type === 'groups') return `${field.prefix}N or ${field.word}`;
  if ('prefix' in field && field.prefix) return `${field.prefix}N`;
  return field.key;
}

/** The keyword nearest to a misspelling (edit distance at most 2), for "did you mean". */
function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.slice(0, 40), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      current[column] = Math.min(
        previous[column]! + 1,
        current[column - 1]! + 1,
        previous[column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[right.length]!;
}
