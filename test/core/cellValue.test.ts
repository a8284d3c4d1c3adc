import { numberOf, readCellValue, toHalfWidth, type CellReading, type RawCellValue } from "../../src/core/cellValue";

describe("readCellValue: numbers as they arrive in statistics sheets", () => {
  test.each<[RawCellValue, number]>([
    [37.57, 37.57],
    [0, 0],
    [-12.5, -12.5],
    ["37.57", 37.57],
    [" 7534 ", 7534],
    ["+5", 5],
    ["-12", -12],
    ["12.", 12],
    [".5", 0.5],
    ["1.2e3", 1200],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["１２３", 123],
    ["１２３．５", 123.5],
    ["１，２３４．５", 1234.5],
    ["－１２", -12],
    ["−12", -12],
    ["(12)", -12],
    ["（12）", -12],
    ["(1,234.5)", -1234.5],
  ])("reads %p as the number %p", (raw, expected) => {
    expect(readCellValue(raw)).toEqual({ kind: "number", value: expected, percent: false });
  });

  test.each<[string, number]>([
    ["12.3%", 0.123],
    ["9.29%", 0.0929],
    ["-10%", -0.1],
    ["12.3％", 0.123],
    ["１２．３％", 0.123],
    ["12.3 %", 0.123],
    ["(12.3%)", -0.123],
    ["240%", 2.4],
    ["5‰", 0.005],
    ["1.5‰", 0.0015],
    ["(5‰)", -0.005],
    ["1e-7%", 1e-9],
  ])("reads %p as the fraction %p (percent and per-mille signs)", (raw, expected) => {
    expect(readCellValue(raw)).toEqual({ kind: "number", value: expected, percent: true });
  });

  test.each<[string, number, string]>([
    ["37.57亿元", 37.57, "亿元"],
    ["7534万元", 7534, "万元"],
    ["5992.25万美元", 5992.25, "万美元"],
    ["1.3亿美元", 1.3, "亿美元"],
    ["11家", 11, "家"],
    ["81个", 81, "个"],
    ["29项", 29, "项"],
    ["2600亩", 2600, "亩"],
    ["3.85平方公里", 3.85, "平方公里"],
    ["1,200人次", 1200, "人次"],
    ["5 万元", 5, "万元"],
    ["１２万元", 12, "万元"],
    ["37.57亿", 37.57, "亿"],
    ["7534万", 7534, "万"],
    ["12.5 亿元", 12.5, "亿元"],
  ])("reads %p as %p with the unit %p", (raw, value, unit) => {
    expect(readCellValue(raw)).toEqual({ kind: "number", value, percent: false, unit });
  });

  test.each<[RawCellValue]>([[null], [undefined], [""], ["   "], ["\u3000"], ["\u00A0"]])(
    "%p is blank: missing data, never zero",
    (raw) => {
      expect(readCellValue(raw)).toEqual({ kind: "blank" });
      expect(numberOf(readCellValue(raw))).toBeUndefined();
    },
  );

  test.each<[string, string]>([
    ["—", "—"],
    ["-", "-"],
    ["--", "--"],
    ["——", "——"],
    ["－", "－"],
    ["…", "…"],
    ["……", "……"],
    ["/", "/"],
    [" — ", "—"],
    ["...", "..."],
  ])("%p is a dash: the sheet says there is no figure", (raw, text) => {
    expect(readCellValue(raw)).toEqual({ kind: "dash", text });
  });

  test.each<[string, string]>([
    ["#DIV/0!", "#DIV/0!"],
    ["#N/A", "#N/A"],
    ["#VALUE!", "#VALUE!"],
    ["#REF!", "#REF!"],
    ["#NAME?", "#NAME?"],
    ["#NUM!", "#NUM!"],
    ["#NULL!", "#NULL!"],
    ["#SPILL!", "#SPILL!"],
    ["#div/0!", "#DIV/0!"],
  ])("%p is an Excel error", (raw, text) => {
    expect(readCellValue(raw)).toEqual({ kind: "error", text });
  });

  test.each<[boolean]>([[true], [false]])("the boolean %p is never a statistic", (raw) => {
    expect(readCellValue(raw)).toEqual({ kind: "boolean", value: raw });
    expect(numberOf(readCellValue(raw))).toBeUndefined();
  });

  test.each<[RawCellValue, string]>([
    ["abc", "abc"],
    ["约5亿元", "约5亿元"],
    ["xxx亿元", "xxx亿元"],
    ["1,23", "1,23"],
    ["12.3%%", "12.3%%"],
    ["5斤", "5斤"],
    ["1e400", "1e400"],
    ["Infinity", "Infinity"],
    ["12.3.4", "12.3.4"],
    ["  待统计 ", "待统计"],
    ["100 200", "100 200"],
    ["12\u00A0345", "12\u00A0345"],
    ["37.57 28.78", "37.57 28.78"],
    ["1, 234", "1, 234"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("%p is text, not a number", (raw, text) => {
    expect(readCellValue(raw)).toEqual({ kind: "text", text });
    expect(numberOf(readCellValue(raw))).toBeUndefined();
  });

  it("never changes the value it reads", () => {
    const raw = "１，２３４．５";
    readCellValue(raw);
    expect(raw).toBe("１，２３４．５");
  });
});

describe("numberOf", () => {
  test.each<[CellReading, number | undefined]>([
    [{ kind: "number", value: 12, percent: false }, 12],
    [{ kind: "number", value: 0.123, percent: true }, 0.123],
    [{ kind: "dash", text: "—" }, undefined],
    [{ kind: "error", text: "#N/A" }, undefined],
  ])("numberOf(%p) = %p", (reading, expected) => {
    expect(numberOf(reading)).toBe(expected);
  });
});

describe("toHalfWidth", () => {
  test.each<[string, string]>([
    ["１２３", "123"],
    ["１２．３％", "12.3%"],
    ["（亿元）", "(亿元)"],
    ["单位：万元", "单位:万元"],
    ["\u3000工业投资", " 工业投资"],
    ["工业总产值", "工业总产值"],
  ])("toHalfWidth(%p) = %p", (text, expected) => {
    expect(toHalfWidth(text)).toBe(expected);
  });
});
