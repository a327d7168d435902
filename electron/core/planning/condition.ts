/**
 * The small, safe condition language of step templates (`applies_if`), from the checklist research §4.2:
 *   expr := term (('and' | 'or') term)*      ('and' binds tighter than 'or')
 *   term := 'not' term | '(' expr ')' | fact op value | fact
 *   op   := == != > >= < <= in contains
 * Evaluation is three-valued: a fact the scan could not establish is 'unknown', and a step whose condition
 * is unknown stays in the plan marked "verify" (unknowns hide work; they must not silently drop it).
 */

export type FactValue = number | boolean | string | readonly string[];
export type Facts = ReadonlyMap<string, FactValue>;
export type Truth = true | false | 'unknown';

type Node =
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'not'; operand: Node }
  | { type: 'compare'; fact: string; op: string; value: FactValue }
  | { type: 'fact'; fact: string };

const TOKEN = /\s*(\(|\)|==|!=|>=|<=|>|<|'[^']*'|"[^"]*"|\[[^\]]*\]|[A-Za-z_][\w.]*|-?\d+(?:\.\d+)?)/y;

export class ConditionError extends Error {}

function tokenize(source: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(source);
    if (!match) throw new ConditionError(`cannot read "${source.slice(index).trim()}" in condition "${source}"`);
    out.push(match[1]!);
    index = TOKEN.lastIndex;
  }
  return out;
}

function literal(token: string | undefined, source: string): FactValue {
  if (token === undefined) throw new ConditionError(`missing value at the end of "${source}"`);
  if (/^['"]/.test(token)) return token.slice(1, -1);
  if (token.startsWith('[')) return token.slice(1, -1).split(',').map((v) => v.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean);
  if (token === 'true' || token === 'false') return token === 'true';
  if (/^-?\d/.test(token)) return Number(token);
  return token;
}

export function parseCondition(source: string): Node {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];

  function expression(): Node {
    let left = conjunction();
    while (peek() === 'or') { next(); left = { type: 'or', left, right: conjunction() }; }
    return left;
  }
  function conjunction(): Node {
    let left = term();
    while (peek() === 'and') { next(); left = { type: 'and', left, right: term() }; }
    return left;
  }
  function term(): Node {
    const token = next();
    if (token === undefined) throw new ConditionError(`condition "${source}" ends too early`);
    if (token === 'not') return { type: 'not', operand: term() };
    if (token === '(') {
      const inner = expression();
      if (next() !== ')') throw new ConditionError(`missing ")" in "${source}"`);
      return inner;
    }
    if (!/^[A-Za-z_]/.test(token)) throw new ConditionError(`expected a fact name, found "${token}" in "${source}"`);
    const op = peek();
    if (op && ['==', '!=', '>', '>=', '<', '<=', 'in', 'contains'].includes(op)) {
      next();
      return { type: 'compare', fact: token, op, value: literal(next(), source) };
    }
    return { type: 'fact', fact: token };
  }

  const tree = expression();
  if (position < tokens.length) throw new ConditionError(`unexpected "${tokens[position]}" in "${source}"`);
  return tree;
}

function compare(actual: FactValue, op: string, expected: FactValue): boolean {
  switch (op) {
    case '==': return actual === expected;
    case '!=': return actual !== expected;
    case '>': return Number(actual) > Number(expected);
    case '>=': return Number(actual) >= Number(expected);
    case '<': return Number(actual) < Number(expected);
    case '<=': return Number(actual) <= Number(expected);
    case 'in': return Array.isArray(expected) && expected.includes(String(actual));
    case 'contains': return Array.isArray(actual) ? actual.includes(String(expected)) : String(actual).includes(String(expected));
    default: return false;
  }
}

function evaluate(node: Node, facts: Facts): Truth {
  switch (node.type) {
    case 'fact': {
      const value = facts.get(node.fact);
      if (value === undefined) return 'unknown';
      return typeof value === 'number' ? value > 0 : Array.isArray(value) ? value.length > 0 : Boolean(value);
    }
    case 'compare': {
      const value = facts.get(node.fact);
      return value === undefined ? 'unknown' : compare(value, node.op, node.value);
    }
    case 'not': {
      const inner = evaluate(node.operand, facts);
      return inner === 'unknown' ? 'unknown' : !inner;
    }
    case 'and': {
      const left = evaluate(node.left, facts);
      const right = evaluate(node.right, facts);
      if (left === false || right === false) return false;
      return left === 'unknown' || right === 'unknown' ? 'unknown' : true;
    }
    case 'or': {
      const left = evaluate(node.left, facts);
      const right = evaluate(node.right, facts);
      if (left === true || right === true) return true;
      return left === 'unknown' || right === 'unknown' ? 'unknown' : false;
    }
  }
}

/** Empty or missing condition = always. */
export function evaluateCondition(source: string | null | undefined, facts: Facts): Truth {
  if (!source || !source.trim()) return true;
  return evaluate(parseCondition(source), facts);
}

/** The facts a condition reads, so the plan can say which unknown fact a "verify" step depends on. */
export function conditionFacts(source: string | null | undefined): string[] {
  if (!source || !source.trim()) return [];
  const names = new Set<string>();
  const walk = (node: Node) => {
    if (node.type === 'fact' || node.type === 'compare') names.add(node.fact);
    else if (node.type === 'not') walk(node.operand);
    else { walk(node.left); walk(node.right); }
  };
  walk(parseCondition(source));
  return [...names];
}
