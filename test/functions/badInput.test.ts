import { ERROR_CODE, loadMetadata } from "./functionsBundle";
import { call, IDS } from "./callFunction";

const HAN = /[\u4e00-\u9fff]/;

describe("blank arguments are missing data, never zero", () => {
  it.each<[string, unknown]>([
    ["null (Excel on the web, omitted arguments)", null],
    ["undefined", undefined],
    ["empty text", ""],
    ["spaces and a full-width space", "  \u3000"],
  ])("a blank base given as %s is #N/A 缺少上年同期数", (_case, blank) => {
    expect(call("YOY", 100, blank)).toEqual({ error: "#N/A", message: "缺少上年同期数" });
  });

  it("a blank current value names the current value", () => {
    expect(call("YOY", null, 100)).toEqual({ error: "#N/A", message: "缺少本期数" });
  });

  it("a blank that Excel desktop passes as 0 is a zero base: #DIV/0! in YOY, 上年同期为零 in YOYTEXT", () => {
    expect(call("YOY", 100, 0)).toEqual({ error: "#DIV/0!", message: undefined });
    expect(call("YOYTEXT", 100, 0)).toEqual({ value: "上年同期为零" });
  });

  it.each<[string, unknown[], string]>([
    ["RATE", [null, 81], "缺少分子(部分数)"],
    ["RATE", [80, null], "缺少分母(总数)"],
    ["COMPLETION", [5, null], "缺少全年目标"],
    ["COMPLETION", [null, 5], "缺少完成数"],
    ["PROGRESSGAP", [541, 1000, null], "缺少已过月数"],
    ["PPCHANGE", [null, 0.1], "缺少本期比率"],
    ["CONTRIB", [1, 2, 3, null], "缺少总量上年同期数"],
    ["CONTRIB", [1, null, 3, 4], "缺少分项上年同期数"],
    ["PULL", [1, 2, null], "缺少总量上年同期数"],
    ["CAGR", [121, 100, null], "缺少年数"],
    ["CAGR", [null, 100, 2], "缺少期末数"],
    ["AVG2Y", [121, null], "缺少两年前同期数"],
    ["PREVIOUS", [100, null], "缺少增速"],
  ])("TJ.%s(%j) is #N/A %s", (id, args, message) => {
    expect(call(id, ...args)).toEqual({ error: "#N/A", message });
  });
});

describe("what a cell holds instead of a number", () => {
  it.each<[string, unknown, string, string]>([
    ["text", "abc", "#VALUE!", "上年同期数“abc”不是数字"],
    ["text with spaces, quoted trimmed", "  增长  ", "#VALUE!", "上年同期数“增长”不是数字"],
    ["a dash: no figure", "-", "#N/A", "缺少上年同期数(单元格为“-”)"],
    ["a long dash", "—", "#N/A", "缺少上年同期数(单元格为“—”)"],
    ["TRUE", true, "#VALUE!", "上年同期数应为数字,不是TRUE"],
    ["an error text #N/A keeps its code", "#N/A", "#N/A", "上年同期数是错误值#N/A"],
    ["an error text #REF! is #VALUE!", "#REF!", "#VALUE!", "上年同期数是错误值#REF!"],
    ["an error cell value (data types)", { type: "Error", basicValue: "#N/A" }, "#N/A", "上年同期数是错误值#N/A"],
    ["NaN", Number.NaN, "#VALUE!", "上年同期数“NaN”不是数字"],
    ["Infinity", Number.POSITIVE_INFINITY, "#VALUE!", "上年同期数“Infinity”不是数字"],
    ["a range", [[1, 2]], "#VALUE!", "上年同期数应为单个单元格的值"],
    ["an object", {}, "#VALUE!", "上年同期数应为单个单元格的值"],
  ])("%s", (_case, raw, error, message) => {
    expect(call("YOY", 100, raw)).toEqual({ error, message });
  });

  it("a division error cell passes on as #DIV/0!", () => {
    expect(call("YOY", { type: "Error", basicValue: "#DIV/0!" }, 100)).toEqual({
      error: "#DIV/0!",
      message: undefined,
    });
  });

  it.each<[string, unknown, number]>([
    ["thousands separators", "1,234.5", 0.2345],
    ["full-width digits", "１２３４.５", 0.2345],
    ["a number in a formatted cell value (data types)", { type: "Double", basicValue: 1234.5 }, 0.2345],
    ["a percent text", "12.3%", -0.999877],
  ])("numeric text is read: %s", (_case, raw, expected) => {
    const result = call("YOY", raw, 1000);
    expect("value" in result && typeof result.value === "number" ? result.value : NaN).toBeCloseTo(expected, 6);
  });
});

describe("no exception but CustomFunctions.Error ever leaves a function", () => {
  const strange: readonly unknown[] = [
    undefined,
    null,
    "",
    0,
    -1,
    1e308,
    -0,
    "abc",
    "—",
    "#N/A",
    "#NAME?",
    true,
    false,
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    [[1]],
    [],
    {},
    { type: "Error" },
    { basicValue: { nested: true } },
    { type: "Empty", basicValue: "" },
    () => 1,
    Symbol("cell"),
    10n,
  ];
  const errorCodes = new Set<string>(Object.values(ERROR_CODE));
  const metadata = loadMetadata();

  it.each(IDS)("TJ.%s with every strange value in every argument", (id) => {
    const f = metadata.find((m) => m.id === id)!;
    const arity = f.parameters.length;
    for (let position = 0; position < arity; position++) {
      for (const raw of strange) {
        const args: unknown[] = Array.from({ length: arity }, (_, i) => (i === 0 ? 2 : i === 1 ? 1 : null));
        if (id === "SENTENCE" || id === "AMOUNT") {
          args.splice(0, 3, ...(id === "SENTENCE" ? ["工业总产值", 2, "亿元"] : [2, "亿元"]));
        }
        args[position] = raw;
        let thrown: unknown;
        let value: unknown;
        try {
          value = (call as (id: string, ...a: unknown[]) => unknown)(id, ...args);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeUndefined();
        const result = value as { value?: unknown; error?: string; message?: string };
        if (result.error !== undefined) {
          expect(errorCodes.has(result.error)).toBe(true);
          if (result.error === "#VALUE!" || result.error === "#N/A") {
            expect(result.message).toMatch(HAN);
          }
        } else if (f.result.type === "number") {
          expect(Number.isFinite(result.value)).toBe(true);
        } else {
          expect(typeof result.value).toBe("string");
          // Never an error-looking string: errors are CustomFunctions.Error objects.
          expect(result.value).not.toMatch(/#|NaN|undefined|Infinity|错误|无法/);
        }
      }
    }
  });
});
