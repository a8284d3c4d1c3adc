import { loadBundle, loadMetadata, type MetadataFunction } from "./functionsBundle";

const HAN = /[\u4e00-\u9fff]/;

/** The public ids (TJ.<id> in Excel) with their parameters in order, optional ones in brackets. */
const SIGNATURES: Readonly<Record<string, { params: readonly string[]; result: "number" | "string" }>> = {
  YOY: { params: ["current", "previous"], result: "number" },
  YOYTEXT: { params: ["current", "previous", "[decimals]"], result: "string" },
  GROWTHTEXT: { params: ["growth", "[decimals]", "[percentNumber]"], result: "string" },
  RATE: { params: ["part", "whole"], result: "number" },
  COMPLETION: { params: ["actual", "target"], result: "number" },
  COMPLETIONTEXT: { params: ["actual", "target", "[months]", "[decimals]"], result: "string" },
  PROGRESSGAP: { params: ["actual", "target", "months"], result: "number" },
  PPCHANGE: { params: ["rate", "reference", "[percentNumber]"], result: "number" },
  PPTEXT: { params: ["rate", "reference", "[decimals]", "[percentNumber]"], result: "string" },
  CONTRIB: { params: ["partNow", "partBefore", "totalNow", "totalBefore"], result: "number" },
  CONTRIBTEXT: { params: ["partNow", "partBefore", "totalNow", "totalBefore", "[totalName]"], result: "string" },
  GROWTHVSTEXT: {
    params: ["growth", "previousGrowth", "[previousName]", "[decimals]", "[percentNumber]"],
    result: "string",
  },
  PULL: { params: ["partNow", "partBefore", "totalBefore"], result: "number" },
  CAGR: { params: ["end", "start", "years"], result: "number" },
  AVG2Y: { params: ["current", "twoYearsBefore"], result: "number" },
  PREVIOUS: { params: ["current", "growth"], result: "number" },
  AMOUNT: { params: ["value", "unit", "[decimals]"], result: "string" },
  SENTENCE: {
    params: ["name", "value", "unit", "previous", "[growth]", "[decimals]", "[percentNumber]"],
    result: "string",
  },
  RANKTEXT: { params: ["value", "range", "[scope]", "[descending]"], result: "string" },
  SHARETEXT: { params: ["part", "whole", "[scope]", "[decimals]"], result: "string" },
};

/** The parameters that take a range (a 2-D array): every other one is a single cell. */
const RANGES: ReadonlySet<string> = new Set(["RANKTEXT.range", "SHARETEXT.whole"]);

const bundle = loadBundle();
const metadata = loadMetadata();
const byId = new Map<string, MetadataFunction>(metadata.map((f) => [f.id, f]));

describe("registration: the built bundle associates exactly the functions in functions.json", () => {
  it("every metadata id is associated and every associated id is in the metadata", () => {
    const associated = [...new Set(bundle.associations.map(([id]) => id))].sort();
    expect(associated).toEqual(metadata.map((f) => f.id).sort());
  });

  it("the ids are the public API, ASCII, and each is associated once", () => {
    expect(bundle.associations.map(([id]) => id).sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const f of metadata) {
      expect(f.id).toMatch(/^[A-Z0-9._]+$/);
      expect(f.name).toBe(f.id);
    }
  });

  it("loads where there is no CustomFunctions runtime (a plain browser) without throwing", () => {
    expect(() => loadBundle(false)).not.toThrow();
  });
});

describe("metadata: Chinese help, optional parameters, types", () => {
  it.each(Object.entries(SIGNATURES))("%s", (id, signature) => {
    const f = byId.get(id);
    expect(f).toBeDefined();
    expect(f!.description).toMatch(HAN);
    const shown = f!.parameters.map((p) => (p.optional === true ? `[${p.name}]` : p.name));
    expect(shown).toEqual(signature.params);
    for (const p of f!.parameters) {
      // "any" so that a blank cell arrives as null and "1,234.5" arrives as text.
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe(RANGES.has(`${id}.${p.name}`) ? "matrix" : undefined);
      expect(p.description).toMatch(HAN);
    }
    expect(f!.result.type).toBe(signature.result);
    expect(f!.result.dimensionality).toBeUndefined();
  });

  it("the optional parameters say so in their help and give the default", () => {
    const decimals = metadata.flatMap((f) => f.parameters.filter((p) => p.name === "decimals"));
    expect(decimals).toHaveLength(8);
    for (const p of decimals) {
      expect(p.description).toMatch(/^可选,.*默认 [12]/);
    }
  });

  it("the text functions, PPCHANGE and GROWTHVSTEXT document the percent-number flag, last and optional", () => {
    const flags = metadata.flatMap((f) =>
      f.parameters.filter((p) => p.name === "percentNumber").map((flag) => ({ id: f.id, flag })),
    );
    expect(flags.map(({ id }) => id)).toEqual(["GROWTHTEXT", "PPCHANGE", "PPTEXT", "GROWTHVSTEXT", "SENTENCE"]);
    for (const { id, flag } of flags) {
      expect(byId.get(id)!.parameters.at(-1)).toBe(flag);
      expect(flag.optional).toBe(true);
      expect(flag.description).toMatch(
        /^可选,TRUE 表示.*百分数的数值\(\d+(\.\d+)? 表示 \d+(\.\d+)?%\);省略或 FALSE 表示小数。$/,
      );
    }
    expect(byId.get("GROWTHTEXT")!.parameters[2]!.description).toBe(
      "可选,TRUE 表示增速是百分数的数值(9.29 表示 9.29%);省略或 FALSE 表示小数。",
    );
  });
});
