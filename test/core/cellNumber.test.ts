import { cellNumber } from "../../src/core/cellNumber";
import type { RawCellValue } from "../../src/core/cellValue";

describe("cellNumber: a number, or a Chinese message naming the input", () => {
  test.each<[RawCellValue, number, boolean]>([
    [37.57, 37.57, false],
    ["1,234.5", 1234.5, false],
    ["１２３", 123, false],
    ["12.3%", 0.123, true],
    ["(12)", -12, false],
    ["37.57亿元", 37.57, false],
  ])("reads %p as %p", (raw, value, percent) => {
    expect(cellNumber(raw, "本期数")).toEqual({ ok: true, value, percent });
  });

  test.each<[RawCellValue, string, string]>([
    [null, "missing", "缺少上年同期数"],
    [undefined, "missing", "缺少上年同期数"],
    ["", "missing", "缺少上年同期数"],
    ["—", "dash", "缺少上年同期数(单元格为“—”)"],
    ["-", "dash", "缺少上年同期数(单元格为“-”)"],
    ["#DIV/0!", "error", "上年同期数是错误值#DIV/0!"],
    [true, "boolean", "上年同期数应为数字,不是TRUE"],
    ["abc", "text", "上年同期数“abc”不是数字"],
    ["约5亿元", "text", "上年同期数“约5亿元”不是数字"],
  ])("%p gives the problem %p and the message %p", (raw, problem, message) => {
    expect(cellNumber(raw, "上年同期数")).toEqual({ ok: false, problem, message });
  });
});
