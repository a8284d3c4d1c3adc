import { cleanSheetName, sheetNameProblem, uniqueSheetName } from "../../src/workbook/sheetName";
import { validSheetName } from "../fakes/fakeProxies";

describe("sheet names follow Excel's rules", () => {
  test.each([
    ["指标汇总", "指标汇总"],
    ["汇总:1-6月/全年", "汇总_1-6月_全年"],
    ["[草稿]汇总?*", "_草稿_汇总__"],
    ["  '汇总'  ", "汇总"],
    ["\u0007汇总\t表", "汇总表"],
    ["", "指标汇总"],
    ["///", "指标汇总"],
    ["history", "history_"],
    [
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超出",
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超",
    ],
  ])("%j is cleaned to %j, which Excel accepts", (wish, expected) => {
    const name = cleanSheetName(wish);
    expect(name).toBe(expected);
    expect(sheetNameProblem(name)).toBeUndefined();
    expect(validSheetName(name)).toBe(true);
  });

  test.each([
    ["", "工作表名称不能为空"],
    ["a".repeat(32), "工作表名称不能超过31个字符"],
    ["1:2", "工作表名称不能包含 : \\ / ? * [ ] 这些字符"],
    ["'汇总", "工作表名称不能以单引号开头或结尾"],
    ["HISTORY", "“History”是Excel保留的名称,不能用作工作表名称"],
  ])("%j is refused with a Chinese reason", (name, reason) => {
    expect(sheetNameProblem(name)).toBe(reason);
    expect(validSheetName(name)).toBe(false);
  });

  test("a taken name gets the next free number, compared without case", () => {
    expect(uniqueSheetName("指标汇总", ["指标汇总"])).toBe("指标汇总 (2)");
    expect(uniqueSheetName("指标汇总", ["指标汇总", "指标汇总 (2)"])).toBe("指标汇总 (3)");
    expect(uniqueSheetName("Summary", ["SUMMARY"])).toBe("Summary (2)");
    expect(uniqueSheetName("汇总", ["数据"])).toBe("汇总");
  });

  test("a long taken name is shortened so that the numbered name fits 31 characters", () => {
    const long = "长".repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe(`${"长".repeat(27)} (2)`);
    expect([...name]).toHaveLength(31);
  });
});
