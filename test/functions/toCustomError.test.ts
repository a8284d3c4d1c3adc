import { NonFiniteError } from "../../src/core/nonFiniteError";
import { DetachedFunctionError } from "../../src/functions/functionError";
import { toCustomError } from "../../src/functions/toCustomError";

/** What a cell shows when a function fails: an Excel error value with a Chinese reason, never a bare exception. */
describe("toCustomError", () => {
  it.each([
    [
      "a bug of the program says so in Chinese and whom to tell",
      new TypeError("Cannot read properties of undefined (reading 'value')"),
      "#VALUE!",
      "统计助手出现了程序问题,没能算出结果(Cannot read properties of undefined (reading 'value'))。请把这个公式和它引用的数发给维护人员。",
    ],
    [
      "a thrown value without words still gets the Chinese reason",
      "",
      "#VALUE!",
      "统计助手出现了程序问题,没能算出结果。请把这个公式和它引用的数发给维护人员。",
    ],
    [
      "an overflowing figure keeps core's words",
      new NonFiniteError(Number.POSITIVE_INFINITY),
      "#VALUE!",
      "数值过大,无法计算",
    ],
    [
      "a function's own error passes unchanged",
      new DetachedFunctionError("#N/A", "缺少上年同期数"),
      "#N/A",
      "缺少上年同期数",
    ],
  ])("%s", (_case, thrown, code, message) => {
    const error = toCustomError(thrown);
    expect({ code: error.code, message: error.message }).toEqual({ code, message });
  });
});
