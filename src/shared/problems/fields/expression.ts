import { create, parseDependencies } from 'mathjs/number';
import type { ReadNote } from '../../input/index.ts';
import { characterNotes, toSource } from '../../input/source.ts';
import type { FieldReason, FieldSpec, FieldValue } from '../problem.ts';
import { printExpression, sameFunction, type BinaryKind, type Expression } from './expression-tree.ts';
import type { FieldKindModule } from './field-kind.ts';

/**
 * Only mathjs's parser, from its plain-number build: no evaluator, no BigNumber, Complex or Fraction, so it
 * adds about 143 kB minified (40 kB gzipped) to a bundle. The parse tree is walked here (expression-tree.ts);
 * mathjs never evaluates what a student types.
 */
let parser: ((text: string) => unknown) | undefined;

/** mathjs's parser, made at the first formula read: not at the app's start, which loads every template. */
function parse(text: string): unknown {
  parser ??= create({ parseDependencies: present(parseDependencies, 'parseDependencies') }).parse;
  return parser(text);
}

/** mathjs's types declare every dependency map as optional; its plain-number build has this one. */
function present<Value>(value: Value | undefined, name: string): Value {
  if (value === undefined) throw new Error(`mathjs/number has no ${name}`);
  return value;
}

/** A derivative is a short formula; past this length the text is refused before it is parsed. */
export const expressionLengthLimit = 200;

/** The names a formula may use: the variable, the Sigmoid function of it, Euler's number. */
const names: Readonly<Record<string, Expression>> = {
  x: { kind: 'x' },
  σ: { kind: 'sigma' },
  s: { kind: 'sigma' },
  sigma: { kind: 'sigma' },
  e: { kind: 'e' },
};

const operators: Readonly<Record<string, BinaryKind>> = {
  add: 'add',
  subtract: 'subtract',
  multiply: 'multiply',
  divide: 'divide',
  pow: 'power',
};

/** Signs a student types that mathjs does not know, each one character for one (places stay true). */
const signs: Readonly<Record<string, string>> = { '·': '*', '⋅': '*', '∙': '*', '×': '*', '÷': '/' };
/** Superscript powers, as `^2`: the one place the text grows, so each character keeps its place in `origin`. */
const superscripts: Readonly<Record<string, string>> = { '²': '^2', '³': '^3' };

/** What the parser reads, with where each of its characters was in the typed text. */
interface Plain {
  text: string;
  origin: number[];
  notes: ReadNote[];
}

/** The typed text as mathjs reads it: full-width forms and minus signs as the shared reader reads them. */
function plainText(text: string): Plain {
  const source = toSource(text);
  let plain = '';
  const origin: number[] = [];
  for (let index = 0; index < source.plain.length; index++) {
    const character = source.plain[index]!;
    const replaced = superscripts[character] ?? signs[character] ?? character;
    plain += replaced;
    for (let unit = 0; unit < replaced.length; unit++) origin.push(index);
  }
  return { text: plain, origin, notes: characterNotes(source, 0, text.length) };
}

/** The parts of mathjs's parse nodes this module reads. */
interface ParsedNode {
  type: string;
  name?: string;
  value?: unknown;
  fn?: string | ParsedNode;
  args?: readonly ParsedNode[];
  content?: ParsedNode;
}

type Built = { ok: true; expression: Expression } | { ok: false; name: string | null };

/**
 * The formula of a parse node, or what stopped it: an unknown name, or a construct a formula in x has no use
 * for (assignments, matrices, strings, property access, factorials, …: name null).
 */
function build(node: ParsedNode): Built {
  switch (node.type) {
    case 'ConstantNode':
      return typeof node.value === 'number'
        ? { ok: true, expression: { kind: 'number', value: node.value } }
        : { ok: false, name: null };
    case 'SymbolNode': {
      const name = node.name ?? '';
      const expression = Object.hasOwn(names, name) ? names[name] : undefined;
      return expression ? { ok: true, expression } : { ok: false, name };
    }
    case 'ParenthesisNode':
      return node.content ? build(node.content) : { ok: false, name: null };
    case 'OperatorNode':
      return buildOperator(node);
    case 'FunctionNode':
      return buildCall(node);
    default:
      return { ok: false, name: null };
  }
}

function buildOperator(node: ParsedNode): Built {
  const args = node.args ?? [];
  const operator = typeof node.fn === 'string' ? node.fn : '';
  if (args.length === 1 && (operator === 'unaryMinus' || operator === 'unaryPlus')) {
    const operand = build(args[0]!);
    if (!operand.ok || operator === 'unaryPlus') return operand;
    return { ok: true, expression: { kind: 'negate', operand: operand.expression } };
  }
  const kind = Object.hasOwn(operators, operator) ? operators[operator] : undefined;
  if (!kind || args.length !== 2) return { ok: false, name: null };
  const left = build(args[0]!);
  if (!left.ok) return left;
  const right = build(args[1]!);
  if (!right.ok) return right;
  return { ok: true, expression: { kind, left: left.expression, right: right.expression } };
}

function unwrapped(node: ParsedNode): ParsedNode {
  return node.type === 'ParenthesisNode' && node.content ? unwrapped(node.content) : node;
}

/**
 * `name(…)` as mathjs parses it. `exp(…)` is e to the power; σ of exactly x is σ(x), the Sigmoid function;
 * otherwise the parentheses multiply (`σ(1-σ)`, `s(1-s)`, `x(1-x)`): a formula in x has no other functions.
 */
function buildCall(node: ParsedNode): Built {
  const args = node.args ?? [];
  const callee = typeof node.fn === 'object' ? node.fn : undefined;
  const name = callee?.type === 'SymbolNode' ? (callee.name ?? '') : null;
  if (!callee || args.length !== 1) return { ok: false, name };
  const argument = build(args[0]!);
  if (!argument.ok) return argument;
  if (name === 'exp') return { ok: true, expression: { kind: 'exp', operand: argument.expression } };
  const factor = build(callee);
  if (!factor.ok) return factor;
  const inner = unwrapped(args[0]!);
  if (factor.expression.kind === 'sigma' && inner.type === 'SymbolNode' && inner.name === 'x') return factor;
  return { ok: true, expression: { kind: 'multiply', left: factor.expression, right: argument.expression } };
}

/** Where a name stands in the typed text: its first whole-word occurrence. */
function placeOfName(plain: Plain, name: string): number | null {
  const wordCharacter = /[\p{L}\p{N}_]/u;
  for (let at = plain.text.indexOf(name); at >= 0; at = plain.text.indexOf(name, at + 1)) {
    const before = plain.text[at - 1];
    const after = plain.text[at + name.length];
    if (!(before && wordCharacter.test(before)) && !(after && wordCharacter.test(after)))
      return plain.origin[at]!;
  }
  return null;
}

/** mathjs's syntax errors say where, as `char`, counted from 1 in the text it parsed. */
function syntaxErrorPlace(error: unknown, plain: Plain, typed: string): number | null {
  const char = (error as { char?: unknown } | null)?.char;
  if (typeof char !== 'number' || !Number.isInteger(char) || char < 1) return null;
  return plain.origin[char - 1] ?? typed.length;
}

export type ExpressionReading =
  { ok: true; expression: Expression; notes: ReadNote[] } | { ok: false; reason: FieldReason };

/**
 * Reads a formula in x or σ: `s(1-s)`, `σ(1−σ)`, `sigma*(1-sigma)`, `σ(x)·(1 − σ(x))`, `e^-x/(1+e^-x)^2`,
 * `exp(-x)/(1+exp(-x))^2`, `σ²`. What cannot be read is `expression-unreadable` with the place (an index into
 * the typed text) where the parser stopped or the unknown name stands, when known.
 */
export function readExpression(text: string): ExpressionReading {
  const unreadable = (at: number | null): ExpressionReading => ({
    ok: false,
    reason: { code: 'expression-unreadable', text, at },
  });
  if (text.length > expressionLengthLimit) return unreadable(expressionLengthLimit);
  if (text.trim() === '') return unreadable(null);
  const plain = plainText(text);
  let node: ParsedNode;
  try {
    node = parse(plain.text) as unknown as ParsedNode;
  } catch (error) {
    return unreadable(syntaxErrorPlace(error, plain, text));
  }
  const built = build(node);
  if (!built.ok) return unreadable(built.name === null ? null : placeOfName(plain, built.name));
  return { ok: true, expression: built.expression, notes: plain.notes };
}

/**
 * An expression answer (homework-1's derivative): right when it is the same function of x as the expected
 * one, checked at sample points (expression-tree.ts), so `s(1-s)` and `e^-x/(1+e^-x)^2` are both right. The
 * value kept is the formula as printed, which reads back to the same formula.
 */
export const expressionKind: FieldKindModule = {
  kind: 'expression',

  read(text) {
    const reading = readExpression(text);
    if (!reading.ok) return reading;
    const printed = printExpression(reading.expression);
    return { ok: true, value: printed, text: printed, notes: reading.notes };
  },

  matches(expected, actual, field) {
    return sameFunction(formula(expected, field), formula(actual, field));
  },

  print(value, field) {
    return printExpression(formula(value, field));
  },
};

/** A stored formula (a template's expected value or mistake, or a value read before): unreadable is a bug. */
function formula(value: FieldValue, field: FieldSpec): Expression {
  if (typeof value !== 'string') {
    throw new Error(`expression field ${field.id}: ${JSON.stringify(value)} is not a formula's text`);
  }
  const reading = readExpression(value);
  if (!reading.ok) throw new Error(`expression field ${field.id}: cannot read the formula «${value}»`);
  return reading.expression;
}
