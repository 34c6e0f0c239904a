/**
 * An answer that is a formula in x (homework-1's derivative), where σ stands for the Sigmoid function of x,
 * σ(x) = 1/(1 + e^{-x}). Built from a parse tree (expression.ts), only of the pieces listed here: a formula
 * is never run as code, and nothing a student types can name anything else.
 */
export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'x' }
  | { kind: 'sigma' }
  | { kind: 'e' }
  | { kind: 'negate'; operand: Expression }
  | { kind: 'exp'; operand: Expression }
  | { kind: BinaryKind; left: Expression; right: Expression };

export type BinaryKind = 'add' | 'subtract' | 'multiply' | 'divide' | 'power';

/** σ(x) = 1/(1 + e^{-x}) (homework2.md, 计算题 1). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The formula's value at x, σ being σ(x). */
export function evaluate(expression: Expression, x: number): number {
  switch (expression.kind) {
    case 'number':
      return expression.value;
    case 'x':
      return x;
    case 'sigma':
      return sigmoid(x);
    case 'e':
      return Math.E;
    case 'negate':
      return -evaluate(expression.operand, x);
    case 'exp':
      return Math.exp(evaluate(expression.operand, x));
    default: {
      const left = evaluate(expression.left, x);
      const right = evaluate(expression.right, x);
      return binary[expression.kind](left, right);
    }
  }
}

const binary: Readonly<Record<BinaryKind, (left: number, right: number) => number>> = {
  add: (left, right) => left + right,
  subtract: (left, right) => left - right,
  multiply: (left, right) => left * right,
  divide: (left, right) => left / right,
  power: (left, right) => left ** right,
};

/**
 * Where two formulas are compared: spread over both signs and the homework's x = 0, where σ runs from about
 * 0.05 to 0.92, so σ(1 − σ), σ² and 1 − σ all differ at most of them.
 */
export const samplePoints: readonly number[] = [-3, -1.5, -0.5, 0, 0.5, 1.25, 2.5];

/**
 * The same function of x: equal at every sample point within 10⁻⁹, relative to the values' size (so
 * `e^-x/(1+e^-x)^2` and `σ(1-σ)` agree, which differ in the last bits). A value that is not finite at a sample
 * point (`1/x` at 0) matches nothing.
 */
export function sameFunction(first: Expression, second: Expression): boolean {
  return samplePoints.every((x) => {
    const a = evaluate(first, x);
    const b = evaluate(second, x);
    return (
      Number.isFinite(a) &&
      Number.isFinite(b) &&
      Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
    );
  });
}

/**
 * Binding strength for printing, as mathjs parses: a negation binds tighter than a product and looser than a
 * power (`-x/x` is (-x)/x, `-x^2` is -(x^2)). A child that binds less than its place asks is put in parentheses.
 */
const strength = { sum: 1, product: 2, negation: 3, power: 4, atom: 5 } as const;

function strengthOf(expression: Expression): number {
  switch (expression.kind) {
    case 'add':
    case 'subtract':
      return strength.sum;
    case 'multiply':
    case 'divide':
      return strength.product;
    case 'negate':
      return strength.negation;
    case 'power':
    case 'exp':
      return strength.power;
    default:
      return strength.atom;
  }
}

const binarySigns: Readonly<Record<BinaryKind, string>> = {
  add: ' + ',
  subtract: ' - ',
  multiply: '·',
  divide: '/',
  power: '^',
};

/**
 * Each side's least strength without parentheses: left-associative (`a/(b·c)`), except the power (`2^3^2` is
 * 2^(3^2)), and a negation on the right is always bracketed, for the eye (`1 + (-x)`, `σ·(-x)`).
 */
const sideStrengths: Readonly<Record<BinaryKind, readonly [left: number, right: number]>> = {
  add: [strength.sum, strength.product],
  subtract: [strength.sum, strength.product],
  multiply: [strength.product, strength.power],
  divide: [strength.product, strength.power],
  power: [strength.atom, strength.power],
};

/** The formula as "read as" shows it, with σ, `·` for every product and the parentheses it needs. */
export function printExpression(expression: Expression): string {
  const placed = (child: Expression, least: number) =>
    strengthOf(child) >= least ? printExpression(child) : `(${printExpression(child)})`;
  switch (expression.kind) {
    case 'number':
      return String(expression.value);
    case 'x':
      return 'x';
    case 'sigma':
      return 'σ';
    case 'e':
      return 'e';
    case 'negate':
      return `-${placed(expression.operand, strength.power)}`;
    case 'exp':
      return `e^${placed(expression.operand, strength.power)}`;
    default: {
      const [left, right] = sideStrengths[expression.kind];
      const sign = binarySigns[expression.kind];
      const rightSide = expression.right.kind === 'negate' ? strength.atom : right;
      return `${placed(expression.left, left)}${sign}${placed(expression.right, rightSide)}`;
    }
  }
}
