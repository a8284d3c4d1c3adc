/**
 * A small evaluator of the formulas the adapter writes (references, numbers, strings, + - * /,
 * comparisons, IF, IFERROR, OR, ASC, ROUND, RANK.EQ and RANK over a range of the formula's own sheet,
 * `_xlfn.` prefixes as files store them), with Excel's rules for blanks (0 in arithmetic), text in arithmetic
 * (#VALUE!), division by zero (#DIV/0!) and text compared with numbers (text is greater). It lets the
 * tests check that live formulas give what the values mode writes. Any other function name throws.
 */

export type Scalar = number | string | boolean | { readonly error: string };

/** Looks up a cell: `sheet` undefined for a reference on the formula's own sheet. */
export type CellLookup = (sheet: string | undefined, address: string) => Scalar | null;

type Token =
  | { kind: "ref"; sheet: string | undefined; address: string }
  | { kind: "range"; from: string; to: string }
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)/.exec(rest))) {
      tokens.push({ kind: "ref", sheet: m[1]!.replace(/''/g, "'"), address: `${m[2]}${m[3]}` });
    } else if ((m = /^(?:_xlfn\.)?([A-Z][A-Z0-9.]*)\(/.exec(rest))) {
      tokens.push({ kind: "name", value: m[1]! });
      m = /^(?:_xlfn\.)?[A-Z][A-Z0-9.]*/.exec(rest);
    } else if ((m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/.exec(rest))) {
      tokens.push({ kind: "range", from: `${m[1]}${m[2]}`, to: `${m[3]}${m[4]}` });
    } else if ((m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(rest))) {
      tokens.push({ kind: "ref", sheet: undefined, address: `${m[1]}${m[2]}` });
    } else if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      tokens.push({ kind: "number", value: Number(m[0]) });
    } else if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      tokens.push({ kind: "string", value: m[1]!.replace(/""/g, '"') });
    } else if ((m = /^(<=|>=|<>|[-+*/(),<>=])/.exec(rest))) {
      tokens.push({ kind: "op", value: m[1]! });
    } else {
      throw new Error(`cannot read formula at: ${rest}`);
    }
    i += m![0].length;
  }
  return tokens;
}

const isError = (value: Scalar): value is { error: string } => typeof value === "object";

function toNumber(value: Scalar): Scalar {
  if (isError(value) || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string") return value;
  // Excel reads numeric text in arithmetic, thousands separators and a percent sign included
  // ("1,234.5", "12.3%" is 0.123).
  const percent = value.trim().endsWith("%");
  const n = Number(value.replace(/,/g, "").replace(/%\s*$/, "")) / (percent ? 100 : 1);
  return value.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function compare(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Scalar): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === "string" && typeof b === "string") order = a.localeCompare(b);
  else order = Number(a) - Number(b);
  switch (op) {
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case ">=":
      return order >= 0;
    case ">":
      return order > 0;
    case "=":
      return order === 0;
    default:
      return order !== 0;
  }
}

/** "B" -> 1. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Evaluates formula text ("=…") with cells from `lookup`. */
export function evaluateFormula(formula: string, lookup: CellLookup): Scalar {
  /** The cells of a range on the formula's own sheet, row by row. */
  const rangeCells = (from: string, to: string): (Scalar | null)[] => {
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
    const cells: (Scalar | null)[] = [];
    for (let r = Number(r1); r <= Number(r2); r++)
      for (let c = columnIndex(c1!); c <= columnIndex(c2!); c++) cells.push(lookup(undefined, `${columnName(c)}${r}`));
    return cells;
  };
  const tokens = tokenize(formula.replace(/^=/, ""));
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const expectOp = (value: string): void => {
    const token = tokens[at++];
    if (token?.kind !== "op" || token.value !== value) throw new Error(`expected ${value} in ${formula}`);
  };

  const primary = (): Scalar => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`unexpected end of ${formula}`);
    switch (token.kind) {
      case "number":
      case "string":
        return token.value;
      case "ref": {
        const value = lookup(token.sheet, token.address);
        return value ?? 0;
      }
      case "range":
        throw new Error(`a range outside RANK in ${formula}`);
      case "op":
        if (token.value === "(") {
          const value = comparison();
          expectOp(")");
          return value;
        }
        if (token.value === "-") {
          const value = toNumber(primary());
          return isError(value) ? value : -(value as number);
        }
        throw new Error(`unexpected ${token.value} in ${formula}`);
      case "name": {
        expectOp("(");
        // Arguments are parsed eagerly; IF and IFERROR pick among the evaluated values as Excel would.
        // A range (B5:B9, only as RANK's second argument) is read as its cells.
        const values: Scalar[] = [];
        let range: (Scalar | null)[] | undefined;
        const argument = (): void => {
          const next = peek();
          if (next?.kind === "range") {
            at++;
            range = rangeCells(next.from, next.to);
            values.push(0);
          } else values.push(comparison());
        };
        if (!(peek()?.kind === "op" && (peek() as { value: string }).value === ")")) {
          argument();
          while (peek()?.kind === "op" && (peek() as { value: string }).value === ",") {
            at++;
            argument();
          }
        }
        expectOp(")");
        switch (token.value) {
          case "IF": {
            const condition = values[0]!;
            if (isError(condition)) return condition;
            return condition === true || (typeof condition === "number" && condition !== 0) ? values[1]! : values[2]!;
          }
          case "IFERROR":
            return isError(values[0]!) ? values[1]! : values[0]!;
          case "ASC": {
            const text = values[0]!;
            return typeof text === "string"
              ? text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
              : text;
          }
          case "ROUND": {
            // Excel's ROUND: half away from zero on the decimal value (the exponent shift keeps 1.005 exact).
            const [x, digits] = [toNumber(values[0]!), toNumber(values[1]!)];
            if (isError(x)) return x;
            if (isError(digits)) return digits;
            const shifted = Math.round(Number(`${Math.abs(x as number)}e${digits as number}`));
            return Math.sign(x as number) * Number(`${shifted}e${-(digits as number)}`);
          }
          case "RANK.EQ":
          case "RANK": {
            // 1 + the numbers of the range above the value (ties share a rank); text and blanks in the range
            // are skipped; a value that is no number is #VALUE!, one not in the range #N/A.
            const value = values[0]!;
            if (isError(value)) return value;
            if (typeof value !== "number") return { error: "#VALUE!" };
            const numbers = (range ?? []).filter((cell): cell is number => typeof cell === "number");
            if (!numbers.includes(value)) return { error: "#N/A" };
            return 1 + numbers.filter((n) => n > value).length;
          }
          case "OR": {
            const error = values.find(isError);
            return error ?? values.some((value) => value === true);
          }
          default:
            throw new Error(`function ${token.value} is not native to the evaluator`);
        }
      }
    }
  };

  const multiplicative = (): Scalar => {
    let left = primary();
    while (peek()?.kind === "op" && ["*", "/"].includes((peek() as { value: string }).value)) {
      const op = (tokens[at++] as { value: string }).value;
      const a = toNumber(left);
      const b = toNumber(primary());
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else if (op === "/" && b === 0) left = { error: "#DIV/0!" };
      else left = op === "*" ? (a as number) * (b as number) : (a as number) / (b as number);
    }
    return left;
  };

  const additive = (): Scalar => {
    let left = multiplicative();
    while (peek()?.kind === "op" && ["+", "-"].includes((peek() as { value: string }).value)) {
      const op = (tokens[at++] as { value: string }).value;
      const a = toNumber(left);
      const b = toNumber(multiplicative());
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else left = op === "+" ? (a as number) + (b as number) : (a as number) - (b as number);
    }
    return left;
  };

  function comparison(): Scalar {
    const left = additive();
    const token = peek();
    if (token?.kind === "op" && ["<=", ">=", "<", ">", "=", "<>"].includes(token.value)) {
      at++;
      return compare(token.value, left, additive());
    }
    return left;
  }

  const result = comparison();
  if (at !== tokens.length) throw new Error(`trailing text in ${formula}`);
  return result;
}
