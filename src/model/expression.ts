import type { Operator } from './certification.js';

/** A requirement's right-hand side as written: `>= 85%`, `== 0`, `<= 200ms`, `< 512MB`. */
export interface Expression {
  op: Operator;
  value: number;
  /** '%' for percent, '' for a plain number, else a unit such as 'ms' or 'MB'. */
  unit: string;
  text: string;
}

const OPERATORS: readonly Operator[] = ['>=', '<=', '==', '!=', '>', '<'];
const PATTERN = /^(>=|<=|==|!=|>|<)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([A-Za-zµμ%/]*(?:\/[A-Za-z]+)?)$/i;

export function parseExpression(raw: string): Expression | { error: string } {
  const text = raw.trim();
  const match = PATTERN.exec(text);
  if (!match) {
    const hint = OPERATORS.some((op) => text.startsWith(op))
      ? 'a number, optionally followed by % or a unit'
      : `an operator (${OPERATORS.join(' ')}) then a number, e.g. '>= 90%'`;
    return { error: `'${raw}' is not a requirement: expected ${hint}` };
  }
  const value = Number(match[2]);
  if (!Number.isFinite(value)) return { error: `'${raw}': the number is out of range` };
  return { op: match[1] as Operator, value, unit: match[3] ?? '', text };
}

export function compare(actual: number, op: Operator, target: number): boolean {
  // Figures are rounded to 2 decimals for display; compare with a tolerance far below that.
  const epsilon = 1e-9 * Math.max(1, Math.abs(target));
  switch (op) {
    case '>=':
      return actual >= target - epsilon;
    case '>':
      return actual > target + epsilon;
    case '<=':
      return actual <= target + epsilon;
    case '<':
      return actual < target - epsilon;
    case '==':
      return Math.abs(actual - target) <= epsilon;
    case '!=':
      return Math.abs(actual - target) > epsilon;
  }
}
