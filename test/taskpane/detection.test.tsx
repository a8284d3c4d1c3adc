import { screen, within } from "@testing-library/react";
import { toGrid } from "../fixtures/fixtureSheet";
import { groupsIndent } from "../fixtures/sheets/groupsIndent";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { previewParagraphs, renderPane } from "./renderPane";

function facts(): Record<string, string> {
  const list = screen.getByRole("region", { name: "识别结果" }).querySelector("dl")!;
  const out: Record<string, string> = {};
  const terms = Array.from(list.querySelectorAll("dt"));
  for (const term of terms) out[term.textContent ?? ""] = term.nextElementSibling?.textContent ?? "";
  return out;
}

describe("detection shown on open", () => {
  test("the standard sheet: header row, period, indicators and the paragraph", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    await renderPane(port);
    expect(facts()).toEqual({ 工作表: "标准指标表", 表头: "第3行", 期间: "1-10月(10个月)", 指标: "4项" });
    expect(previewParagraphs()).toEqual([
      "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,完成全年目标的84.1%,快于时序进度0.8个百分点;完成固定资产投资52.80亿元,同比增长14.5%,完成全年目标的105.6%,超额完成5.6%;实现一般公共预算收入9.26亿元,同比下降4.6%,完成全年目标的74.1%,慢于时序进度9.2个百分点;完成实际利用外资1.58亿美元,同比增长19.7%,完成全年目标的79%,慢于时序进度4个百分点。",
    ]);
    expect(port.reads).toEqual([false]);
  });

  test("column roles are shown as dropdowns labelled with the column letter and header", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    const columns = screen.getByRole("region", { name: "各列的含义" });
    expect(within(columns).getAllByRole("combobox")).toHaveLength(7);
    const shown = [
      "A列 指标名称",
      "B列 计量单位",
      "C列 1-10月",
      "D列 上年同期",
      "E列 同比增长(%)",
      "F列 全年目标",
      "G列 完成目标(%)",
    ].map((label) => [label, within(columns).getByRole("combobox", { name: label }).textContent]);
    expect(shown).toEqual([
      ["A列 指标名称", "指标名称"],
      ["B列 计量单位", "计量单位"],
      ["C列 1-10月", "本期"],
      ["D列 上年同期", "上年同期"],
      ["E列 同比增长(%)", "同比增长(%)"],
      ["F列 全年目标", "全年目标"],
      ["G列 完成目标(%)", "完成目标(%)"],
    ]);
  });

  test("the 其中 structure under groups, with child counts", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(groupsIndent)));
    expect(facts()["指标"]).toBe("8项,其中分项4项");
    const tree = await screen.findByRole("list", { name: "指标结构" });
    const lines = Array.from(tree.querySelectorAll("li > span")).map((span) => {
      let depth = 0;
      for (let el = span.parentElement?.parentElement; el && el !== tree; el = el.parentElement) {
        if (el.tagName === "UL") depth++;
      }
      return `${"  ".repeat(depth)}${span.textContent}`;
    });
    expect(lines).toEqual([
      "一、工业经济",
      "  规上工业总产值(亿元)",
      "    其中:战略性新兴产业产值(亿元)",
      "  规上工业增加值(亿元)",
      "二、固定资产投资",
      "  固定资产投资(亿元)",
      "    其中:工业投资(亿元)",
      "    其中:房地产开发投资(亿元)",
      "三、财政收入",
      "  一般公共预算收入(亿元)",
      "    其中:税收收入(亿元)",
    ]);
  });
});
