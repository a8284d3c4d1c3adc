import { act, screen, waitFor, within } from "@testing-library/react";
import { SAVE_DELAY_MS } from "../../src/taskpane/usePane";
import { toGrid } from "../fixtures/fixtureSheet";
import { groupsIndent } from "../fixtures/sheets/groupsIndent";
import { monthCumulativeTwoLevel } from "../fixtures/sheets/monthCumulativeTwoLevel";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { taxInWan } from "./taxInWan";
import { findMessage, previewParagraphs, renderPane } from "./renderPane";

const first = (): string => previewParagraphs()[0] ?? "";
/** The first clause of the first paragraph (up to the first ";"). */
const firstClause = (): string => first().split(";")[0] ?? "";

describe("column roles", () => {
  test("making column D the current period moves 本期 off column C and changes the figures in the preview", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    expect(firstClause()).toBe(
      "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,完成全年目标的84.1%,快于时序进度0.8个百分点",
    );
    const columns = screen.getByRole("region", { name: "各列的含义" });
    await user.click(within(columns).getByRole("combobox", { name: "D列 上年同期" }));
    await user.click(screen.getByRole("option", { name: "本期" }));
    expect(firstClause()).toBe(
      "1-10月,实现规上工业总产值150.31亿元,同比增长11.9%,完成全年目标的84.1%,快于时序进度0.8个百分点",
    );
    expect(within(columns).getByRole("combobox", { name: "C列 1-10月" }).textContent).toBe("不使用");
    expect(within(columns).getByRole("combobox", { name: "D列 上年同期" }).textContent).toBe("本期");
  });

  test("a column set to 不使用 is no longer read: without 全年目标 and 完成目标 no completion is stated", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    const columns = screen.getByRole("region", { name: "各列的含义" });
    for (const label of ["F列 全年目标", "G列 完成目标(%)"]) {
      await user.click(within(columns).getByRole("combobox", { name: label }));
      await user.click(screen.getByRole("option", { name: "不使用" }));
    }
    expect(firstClause()).toBe("1-10月,实现规上工业总产值168.24亿元,同比增长11.9%");
  });
});

describe("column names come from the engine's reading of the header", () => {
  test("a two-level header names each column by both rows, the name column by the upper one", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(monthCumulativeTwoLevel)));
    const columns = screen.getByRole("region", { name: "各列的含义" });
    const names = [
      "A列 指标名称",
      "B列 本月 绝对值",
      "C列 本月 增速(%)",
      "D列 1-8月累计 绝对值",
      "E列 1-8月累计 增速(%)",
      "F列 上年同期累计",
    ];
    expect(within(columns).getAllByRole("combobox")).toHaveLength(names.length);
    for (const name of names) expect(within(columns).getByRole("combobox", { name })).toBeTruthy();
    expect(within(columns).getByRole("combobox", { name: "D列 1-8月累计 绝对值" }).textContent).toBe("本期");
  });
});

describe("options change the preview", () => {
  test.each([
    {
      option: "增减额(同比增加/减少)",
      clause:
        "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,同比增加17.93亿元,完成全年目标的84.1%,快于时序进度0.8个百分点",
    },
    { option: "与时序进度比较", clause: "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,完成全年目标的84.1%" },
  ])("checkbox $option", async ({ option, clause }) => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    await user.click(screen.getByRole("checkbox", { name: option }));
    expect(firstClause()).toBe(clause);
  });

  test("亮点与不足 adds the highlights paragraph", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    expect(previewParagraphs()).toHaveLength(1);
    await user.click(screen.getByRole("checkbox", { name: "亮点与不足段落" }));
    expect(previewParagraphs()[1]).toBe(
      "从主要指标看,实际利用外资增长最快,同比增长19.7%;一般公共预算收入同比下降;一般公共预算收入、实际利用外资完成进度慢于时序进度。",
    );
  });

  test("the period label replaces the one found in the sheet", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    const period = screen.getByRole("textbox", { name: /^期间/ });
    expect(period.getAttribute("placeholder")).toBe("1-10月");
    await user.type(period, "前十个月");
    expect(first().startsWith("前十个月,实现规上工业总产值168.24亿元")).toBe(true);
    await user.clear(period);
    expect(first().startsWith("1-10月,实现规上工业总产值168.24亿元")).toBe(true);
  });

  test("decimals apply to computed growth", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(groupsIndent)));
    expect(firstClause()).toContain("实现规上工业总产值312.45亿元,同比增长12.9%");
    await user.selectOptions(screen.getByRole("combobox", { name: "百分比小数位数" }), "2");
    expect(firstClause()).toContain("实现规上工业总产值312.45亿元,同比增长12.88%");
  });

  test("unit conversion off keeps 万元 as the sheet writes it", async () => {
    const grid = toGrid(taxInWan);
    const { user } = await renderPane(new MemoryWorkbookPort(grid));
    expect(first()).toBe("1-6月,实现税收收入4.5亿元,同比增长12.5%。");
    await user.click(screen.getByRole("switch", { name: "金额换算单位(如45000万元写作4.5亿元)" }));
    expect(first()).toBe("1-6月,实现税收收入45000万元,同比增长12.5%。");
  });

  test("a sheet name Excel refuses is explained and 生成汇总表 reports it instead of writing", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    const { user } = await renderPane(port);
    const name = screen.getByRole("textbox", { name: "汇总表名称" });
    await user.clear(name);
    await user.type(name, "汇总/2024");
    expect(screen.getByText("工作表名称不能包含字符“/”(不能用 : \\ / ? * [ ])")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    expect(await findMessage("汇总表名称不可用")).toBe(
      "工作表名称不能包含字符“/”(不能用 : \\ / ? * [ ])。请在“选项”中修改名称。",
    );
    expect(port.writes).toHaveLength(0);
  });
});

describe("settings persist in the workbook", () => {
  test("stored settings are applied on open, and opening saves nothing", async () => {
    // The pane's clock is moved, not waited for: a save scheduled on open would run within SAVE_DELAY_MS.
    jest.useFakeTimers();
    try {
      const port = new MemoryWorkbookPort(toGrid(standardFilled));
      port.stored = {
        clauses: {
          change: true,
          completion: true,
          progress: false,
          highlights: false,
          placeRanking: true,
          contribution: false,
          pull: false,
        },
        outputSheetName: "汇总",
      };
      await renderPane(port);
      expect(firstClause()).toBe(
        "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,同比增加17.93亿元,完成全年目标的84.1%",
      );
      expect(screen.getByRole<HTMLInputElement>("textbox", { name: "汇总表名称" }).value).toBe("汇总");
      await act(async () => {
        await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 10);
      });
      expect(port.saved).toHaveLength(0);
    } finally {
      jest.useRealTimers();
    }
  });

  test("changed options are saved, whole", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("checkbox", { name: "增减额(同比增加/减少)" }));
    await user.click(screen.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }));
    await waitFor(() =>
      expect(port.saved.at(-1)).toEqual({
        decimals: 1,
        convertUnits: true,
        clauses: {
          change: true,
          completion: true,
          progress: true,
          highlights: false,
          placeRanking: true,
          contribution: false,
          pull: false,
        },
        outputSheetName: "指标汇总",
        mode: "formulas",
      }),
    );
  });
});
