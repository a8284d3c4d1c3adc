/**
 * Figures past the range of a double: the cell shows an error with core's own Chinese words, never
 * "Infinity" in a phrase and never a message that reads like a bug of the add-in.
 */
import { call } from "./callFunction";

describe("overflowing figures give #VALUE! with a plain Chinese reason", () => {
  test.each([
    ["PPTEXT", [1e308, 1]],
    ["YOYTEXT", [1e308, 1e-308]],
    ["COMPLETIONTEXT", [1e308, 1e-308, 6]],
    ["YOY", [1e308, 1e-308]],
    ["PPCHANGE", [1e308, -1e308]],
  ] as const)("TJ.%s(%j)", (id, args) => {
    expect(call(id, ...args)).toEqual({ error: "#VALUE!", message: "数值过大,无法计算" });
  });
});
