/**
 * Every example in docs/functions.md, evaluated with the built bundle: the user doc promises exact
 * results, so each table row "| `=TJ.ID(args)` | `result` |" is a test case.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDecimal } from "../../src/core/decimal";
import { loadMetadata } from "./functionsBundle";
import { call, valueOf } from "./callFunction";

const DOC = readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8");
const ROW = /^\|\s*`=TJ\.([A-Z0-9]+)\((.*)\)`\s*\|\s*`([^`]+)`(.*?)\s*\|$/;

interface Example {
  readonly formula: string;
  readonly id: string;
  readonly args: string;
  readonly result: string;
  /** After an error value, ":" and its message; after a value, a remark in brackets. */
  readonly message: string | undefined;
}

const examples: Example[] = DOC.split("\n").flatMap((line) => {
  const match = ROW.exec(line.trim());
  if (!match) return [];
  const [, id, args, result, rest] = match as unknown as [string, string, string, string, string];
  const message = rest.startsWith(":") ? rest.slice(1) : undefined;
  return [{ formula: `=TJ.${id}(${args})`, id, args, result, message }];
});

/** A constant of a formula: a number, "text" or TRUE/FALSE. */
function constant(text: string): unknown {
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return text.slice(1, -1);
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  const value = Number(text);
  if (text === "" || Number.isNaN(value)) throw new Error(`cannot read the constant ${text}`);
  return value;
}

/** An array constant {1,2;3,4} as Excel passes a range: rows split by ";", cells by ",". */
function arrayConstant(inner: string): unknown[][] {
  const rows: unknown[][] = [[]];
  let cell = "";
  let quoted = false;
  for (const char of inner) {
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === "," || char === ";")) {
      rows.at(-1)!.push(constant(cell));
      cell = "";
      if (char === ";") rows.push([]);
    } else {
      cell += char;
    }
  }
  rows.at(-1)!.push(constant(cell));
  return rows;
}

/** The positions of the parameters that take a range: Excel passes a single value there as [[value]]. */
const RANGE_PARAMETERS = new Map(
  loadMetadata().map((f) => [
    f.id,
    new Set(f.parameters.flatMap((p, i) => (p.dimensionality === "matrix" ? [i] : []))),
  ]),
);

/** The arguments as Excel hands them to function `id`. */
function asExcelPasses(id: string, args: unknown[]): unknown[] {
  const ranges = RANGE_PARAMETERS.get(id) ?? new Set<number>();
  return args.map((arg, i) => (ranges.has(i) && !Array.isArray(arg) ? [[arg]] : arg));
}

/** Evaluates the arguments of an Excel formula: numbers, "text", TRUE/FALSE, {arrays}, empty, nested TJ calls. */
function evaluateArgs(text: string): unknown[] {
  let at = 0;
  const args: unknown[] = [];
  const readArg = (): unknown => {
    if (text.startsWith("TJ.", at)) {
      const open = text.indexOf("(", at);
      const id = text.slice(at + 3, open);
      let depth = 0;
      let end = open;
      for (; end < text.length; end++) {
        if (text[end] === "(") depth++;
        if (text[end] === ")" && --depth === 0) break;
      }
      const inner = evaluateArgs(text.slice(open + 1, end));
      at = end + 1;
      return valueOf(id, ...asExcelPasses(id, inner));
    }
    if (text[at] === "{") {
      let end = at + 1;
      for (let quoted = false; end < text.length && (quoted || text[end] !== "}"); end++) {
        if (text[end] === '"') quoted = !quoted;
      }
      const value = arrayConstant(text.slice(at + 1, end));
      at = end + 1;
      return value;
    }
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      const value = text.slice(at + 1, close);
      at = close + 1;
      return value;
    }
    const match = /^[^,]*/.exec(text.slice(at))![0];
    at += match.length;
    if (match === "") return null;
    if (match === "TRUE" || match === "FALSE") return match === "TRUE";
    const value = Number(match);
    if (Number.isNaN(value)) throw new Error(`cannot read the argument ${match}`);
    return value;
  };
  if (text === "") return [];
  for (;;) {
    args.push(readArg());
    if (at >= text.length) return args;
    if (text[at] !== ",") throw new Error(`expected "," at ${at} in ${text}`);
    at++;
  }
}

describe("docs/functions.md: every example gives the result the doc shows", () => {
  it("documents every function with examples", () => {
    const documented = new Set(examples.map((e) => e.id));
    expect([...documented].sort()).toEqual(
      loadMetadata()
        .map((f) => f.id)
        .sort(),
    );
    expect(examples.length).toBeGreaterThanOrEqual(70);
  });

  it.each(examples.map((e) => [e.formula, e] as const))("%s", (_formula, example) => {
    const args = asExcelPasses(example.id, evaluateArgs(example.args));
    if (example.result.startsWith("#")) {
      expect(call(example.id, ...args)).toEqual({ error: example.result, message: example.message });
      return;
    }
    const value = valueOf(example.id, ...args);
    if (typeof value === "number") {
      // The doc shows the value rounded to the decimals it prints.
      const decimals = example.result.includes(".") ? example.result.split(".")[1]!.length : 0;
      expect(formatDecimal(value, decimals)).toBe(example.result);
    } else {
      expect(value).toBe(example.result);
    }
  });
});
