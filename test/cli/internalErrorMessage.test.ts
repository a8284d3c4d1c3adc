import { internalErrorMessage } from "../../src/cli/internalErrorMessage";

describe("the message for an error of the program itself", () => {
  test.each([
    [
      "a JavaScript error keeps its text in brackets, after the Chinese explanation",
      new TypeError("Cannot read properties of undefined (reading 'cells')"),
      "内部错误:统计助手出现了程序问题,没有完成这次处理(Cannot read properties of undefined (reading 'cells'))。输入文件没有被改动。请把这条提示和所用的指标表发给维护人员。\n",
    ],
    [
      "something thrown that is not an Error is shown as text",
      "stack overflow",
      "内部错误:统计助手出现了程序问题,没有完成这次处理(stack overflow)。输入文件没有被改动。请把这条提示和所用的指标表发给维护人员。\n",
    ],
    [
      "an error without a message gets no empty brackets",
      new Error(""),
      "内部错误:统计助手出现了程序问题,没有完成这次处理。输入文件没有被改动。请把这条提示和所用的指标表发给维护人员。\n",
    ],
  ])("%s", (_case, error, message) => {
    expect(internalErrorMessage(error)).toBe(message);
  });
});
