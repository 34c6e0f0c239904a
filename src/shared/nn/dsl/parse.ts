import { DslError, NetworkError, toProblem, type NetworkProblem } from '../errors.ts';
import { fieldDefault, readFieldText, type Field, type FieldValue } from '../fields.ts';
import type { Attributes, LayerKind } from '../layer-kind.ts';
import { limits } from '../limits.ts';
import { layerNamePattern, networkInputName, type LayerSpec, type NetworkSpec } from '../network.ts';
import { clip, type NetworkReason } from '../reason.ts';
import { findKeyword, layerKeywords } from '../registry.ts';
import type { Shape } from '../shape.ts';
import { tokenize, type Token } from './tokens.ts';

/** More layers than the analyser accepts: refused as a whole (the engine answers INPUT_TOO_LARGE). */
export class DslTooLargeError extends DslError {}

/** The word that introduces a reference list: `sum: add <- a b`. */
export const referenceArrow = '<-';

/**
 * "pool max k3 s2" reads as "maxpool k3 s2" (the spelling). Maps, not objects: the words are the user's,
 * and `__proto__` or `constructor` must find nothing rather than Object.prototype.
 */
const twoWordKeywords: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'pool',
    new Map([
      ['max', 'maxpool'],
      ['avg', 'avgpool'],
    ]),
  ],
]);

/** The text read, or why not; `tooLarge` marks a refusal by size (the engine's INPUT_TOO_LARGE). */
export type ParsedNetwork =
  | { ok: true; network: NetworkSpec; lines: ReadonlyMap<string, number> }
  | { ok: false; problem: NetworkProblem; tooLarge: boolean };

/**
 * Reads description-language text and never throws: the network with each layer's line, or the problem as
 * data. Every caller that reads what a person typed (the calculator, the engine job, the CLI) uses this.
 */
export function readNetworkText(text: string, fallbackName = 'network'): ParsedNetwork {
  try {
    return { ok: true, ...parseNetworkLines(text, fallbackName) };
  } catch (thrown) {
    if (thrown instanceof DslError || thrown instanceof NetworkError) {
      return { ok: false, problem: toProblem(thrown), tooLarge: thrown instanceof DslTooLargeError };
    }
    throw thrown;
  }
}

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
 * numbered per keyword (conv1, conv2, ...). Blocks nest at most `limits.nesting` deep. Throws DslError with the
 * line and column of the problem: for text known to be valid (presets, tests); user text goes to readNetworkText.
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
    throw new DslTooLargeError(1, 1, { code: 'textTooLong', length: text.length, limit: limits.textLength });
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
  /** Blocks open around the statement being read; bounded so that nesting cannot overflow the stack. */
  private depth = 0;

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

  private fail(token: Token, reason: NetworkReason): never {
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
        if (opened) this.fail(token, { code: 'missingBrace', keyword: null, openLine: opened.line });
        return current;
      }
      if (token.type === '}') {
        if (!opened) this.fail(token, { code: 'unexpectedBrace' });
        this.next();
        return current;
      }
      current = this.statement(scope, current, opened === null);
      const after = this.peek();
      if (after.type !== 'end' && after.type !== 'eof' && after.type !== '}') {
        this.fail(after, { code: 'oneStatementPerLine', text: clip(after.text) });
      }
    }
  }

  private statement(scope: string, current: string, topLevel: boolean): string {
    const first = this.next();
    if (first.type !== 'word') this.fail(first, { code: 'expectedLayer', text: first.text });
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
      if (keywordToken.type !== 'word')
        this.fail(keywordToken, { code: 'expectedLayerAfterName', name: clip(first.text) });
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
      this.fail(keywordToken, { code: 'joinNeedsBranches', keyword: layerKind.keyword });
    }
    if (layerKind.inputs === 'one' && inputs.length !== 1) {
      this.fail(keywordToken, { code: 'takesOneInput', kind: layerKind.keyword, count: inputs.length });
    }
    this.push({ name, kind: layerKind.kind, inputs, attributes }, nameToken);
    return name;
  }

  private header(keyword: Token): void {
    const value = this.next();
    if (value.type !== 'word') this.fail(value, { code: 'expectedHeaderValue', keyword: keyword.text });
    if (keyword.text === 'network') {
      this.name = value.text;
      return;
    }
    const parts = value.text.split('x');
    if (!parts.every((part) => /^\d{1,9}$/.test(part)) || (parts.length !== 3 && parts.length !== 1)) {
      this.fail(value, { code: 'inputShapeForm', text: clip(value.text) });
    }
    this.input = parts.map(Number);
  }

  private keyword(token: Token): LayerKind {
    let word = token.text;
    const pair = twoWordKeywords.get(word);
    const second = pair && this.peek().type === 'word' ? pair.get(this.peek().text) : undefined;
    if (second !== undefined) {
      this.next();
      word = second;
    } else if (pair) {
      this.fail(this.peek(), { code: 'twoWordKeyword', word, options: [...pair.keys()] });
    }
    const layerKind = findKeyword(word);
    if (!layerKind) {
      const guess = closest(word, [...layerKeywords(), ...twoWordKeywords.keys()]);
      this.fail(token, { code: 'unknownLayer', word: clip(word), guess });
    }
    return layerKind;
  }

  private layerName(scope: string, localName: string | null, keyword: string, token: Token): string {
    if (localName !== null) {
      if (!layerNamePattern.test(localName)) {
        this.fail(token, { code: 'badLayerName', name: clip(localName), limit: limits.nameLength });
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
      this.fail(token, { code: 'badLayerName', name: clip(layer.name), limit: limits.nameLength });
    if (layer.name === networkInputName) this.fail(token, { code: 'inputNameTaken' });
    const earlier = this.defined.get(layer.name);
    if (earlier) this.fail(token, { code: 'duplicateName', name: clip(layer.name), line: earlier.line });
    if (this.layers.length >= limits.layers) {
      throw new DslTooLargeError(token.line, token.column, {
        code: 'tooManyLayers',
        count: null,
        limit: limits.layers,
      });
    }
    this.defined.set(layer.name, token);
    this.layers.push(layer);
  }

  /** `name: concat { [branch] { ... } ... }`: each branch starts from `current`; the join reads their ends. */
  private block(name: string, layerKind: LayerKind, current: string, nameToken: Token): string {
    const opened = this.next();
    if (this.depth >= limits.nesting) this.fail(opened, { code: 'tooDeep', limit: limits.nesting });
    this.depth += 1;
    const ends: string[] = [];
    for (;;) {
      this.skipEnds();
      const token = this.next();
      if (token.type === '}') break;
      if (token.type === 'eof')
        this.fail(token, { code: 'missingBrace', keyword: layerKind.keyword, openLine: opened.line });
      let scope = `${name}.`;
      let brace = token;
      if (token.type === 'word') {
        if (!layerNamePattern.test(token.text))
          this.fail(token, { code: 'badBranchName', name: clip(token.text) });
        scope = `${name}.${token.text}.`;
        brace = this.next();
      }
      if (brace.type !== '{')
        this.fail(brace, {
          code: 'expectedBranchBrace',
          keyword: layerKind.keyword,
          text: clip(brace.text),
        });
      ends.push(this.sequence(scope, current, brace));
    }
    this.depth -= 1;
    if (ends.length < 2)
      this.fail(opened, { code: 'tooFewBranches', keyword: layerKind.keyword, count: ends.length });
    if (ends.length > limits.joinInputs)
      this.fail(opened, { code: 'tooManyBranches', keyword: layerKind.keyword, limit: limits.joinInputs });
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
        this.fail(token, { code: 'undefinedReference', name: clip(token.text) });
      }
      names.push(token.text);
    }
    if (names.length === 0) this.fail(this.peek(), { code: 'expectedReferences' });
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
        this.fail(token, { code: 'fieldTwice', field: field.key, column: seen.get(field.key)!.column });
      seen.set(field.key, token);
      values[field.key] = value;
    }
    for (const field of layerKind.fields) {
      if (Object.hasOwn(values, field.key)) continue;
      const fallback = fieldDefault(field);
      if (fallback === undefined) {
        this.fail(keywordToken, { code: 'fieldMissing', keyword: layerKind.keyword, field: field.key });
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
      if (thrown instanceof NetworkError) this.fail(token, thrown.reason);
      throw thrown;
    }
    return this.fail(token, {
      code: 'notUnderstood',
      keyword: layerKind.keyword,
      text: clip(word),
      accepted: layerKind.fields.flatMap((field) => describeSyntax(field)),
    });
  }
}

/** How a field is written, in the language's own tokens (never a field key: those are not for students). */
function describeSyntax(field: Field): string[] {
  if (field.type === 'flag') return [field.word];
  if (field.type === 'groups') return [`${field.prefix}N`, field.word];
  if (field.type === 'padding') return [`${field.prefix}N`, 'same', 'valid'];
  if ('prefix' in field && field.prefix) return [`${field.prefix}N`];
  return ['N'];
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
