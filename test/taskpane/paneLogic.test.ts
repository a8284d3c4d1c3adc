import { ReportError, type SheetGrid } from "../../src/report/types";
import { completeSettings } from "../../src/taskpane/completeSettings";
import { computeReport } from "../../src/taskpane/computeReport";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/defaultPaneSettings";
import { errorMessage } from "../../src/taskpane/errorMessage";
import { WorkbookAdvice } from "../../src/workbook/WorkbookAdvice";
import { officeAdvice } from "../../src/workbook/office/officeAdvice";
import { isDarkColor } from "../../src/taskpane/isDarkColor";
import { legacyWebviewMessage } from "../../src/taskpane/legacyWebviewMessage";
import { paneReducer } from "../../src/taskpane/paneReducer";
import { INITIAL_PANE_STATE } from "../../src/taskpane/paneState";
import { paneIsDark } from "../../src/taskpane/paneTheme";
import { sheetNameProblem } from "../../src/taskpane/sheetNameProblem";
import { toReportOptions } from "../../src/taskpane/toReportOptions";
import { withColumnRole } from "../../src/taskpane/withColumnRole";
import { columnLetters } from "../../src/workbook/a1Address";
import type { PaneSettings } from "../../src/workbook/workbookPort";

describe("toReportOptions", () => {
  test("maps the pane's settings and a corrected layout to engine options", () => {
    expect(
      toReportOptions(
        { ...DEFAULT_PANE_SETTINGS, periodLabel: " 前三季度 ", decimals: 2, convertUnits: false },
        { headerRow: 2, columns: { name: 0, current: 3 } },
      ),
    ).toEqual({
      decimals: 2,
      convertUnits: false,
      clauses: {
        change: false,
        completion: true,
        progress: true,
        highlights: false,
        placeRanking: true,
        contribution: false,
        pull: false,
      },
      periodLabel: "前三季度",
      layout: { headerRow: 2, columns: { name: 0, current: 3 } },
    });
  });

  test("a blank period label keeps the sheet's period and no layout means detection", () => {
    expect(toReportOptions({ ...DEFAULT_PANE_SETTINGS, periodLabel: "  " })).toEqual({
      decimals: 1,
      convertUnits: true,
      clauses: {
        change: false,
        completion: true,
        progress: true,
        highlights: false,
        placeRanking: true,
        contribution: false,
        pull: false,
      },
    });
  });
});

describe("completeSettings", () => {
  const cases: [string, Partial<PaneSettings> | undefined, PaneSettings][] = [
    ["nothing stored", undefined, DEFAULT_PANE_SETTINGS],
    ["bad decimals and mode", { decimals: 9, mode: "macro" } as never, DEFAULT_PANE_SETTINGS],
    ["blank sheet name", { outputSheetName: "  " }, DEFAULT_PANE_SETTINGS],
    [
      "partial clauses",
      { clauses: { highlights: true } } as never,
      { ...DEFAULT_PANE_SETTINGS, clauses: { ...DEFAULT_PANE_SETTINGS.clauses, highlights: true } },
    ],
    ["a place order", { placeOrder: "growth" }, { ...DEFAULT_PANE_SETTINGS, placeOrder: "growth" }],
    ["an unknown place order", { placeOrder: "alphabet" } as never, DEFAULT_PANE_SETTINGS],
    [
      "everything",
      { decimals: 2, convertUnits: false, outputSheetName: "汇总", mode: "formulas", periodLabel: "全年" },
      {
        ...DEFAULT_PANE_SETTINGS,
        decimals: 2,
        convertUnits: false,
        outputSheetName: "汇总",
        mode: "formulas",
        periodLabel: "全年",
      },
    ],
  ];
  test.each(cases)("%s", (_name, stored, expected) => {
    expect(completeSettings(stored)).toEqual(expected);
  });
});

describe("withColumnRole", () => {
  test.each([
    ["gives a free column a role", { name: 0, current: 2 }, 3, "previous", { name: 0, current: 2, previous: 3 }],
    [
      "moves a role from the column that held it",
      { name: 0, current: 2, previous: 3 },
      3,
      "current",
      { name: 0, current: 3 },
    ],
    ["不使用 removes the column's role", { name: 0, current: 2 }, 2, undefined, { name: 0 }],
  ] as const)("%s", (_name, columns, column, role, expected) => {
    expect(withColumnRole(columns, column, role)).toEqual(expected);
  });
});

describe("sheetNameProblem", () => {
  test.each([
    ["指标汇总", undefined],
    ["", "请填写汇总表的工作表名称"],
    ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "工作表名称最多31个字符,现在有32个"],
    ["汇总[1]", "工作表名称不能包含字符“[”(不能用 : \\ / ? * [ ])"],
    ["'汇总'", "工作表名称不能以单引号开头或结尾"],
    ["History", "“历史记录”(History)是 Excel 保留的名称"],
  ])("%s", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});

describe("theme", () => {
  test.each([
    ["#FFFFFF", false],
    ["#262626", true],
    ["#333", true],
    ["#E6E6E6", false],
    ["not a color", false],
  ])("%s is dark: %s", (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });

  test("Office's theme wins over the system's; without one the system decides", () => {
    expect(paneIsDark({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(false);
    expect(paneIsDark({ bodyBackgroundColor: "#1F1F1F" }, false)).toBe(true);
    expect(paneIsDark(undefined, true)).toBe(true);
    expect(paneIsDark({}, false)).toBe(false);
  });
});

describe("legacyWebviewMessage", () => {
  test.each([
    ["Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", "Internet Explorer"],
    ["Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)", "Internet Explorer"],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
      "旧版 Edge",
    ],
  ])("%s", (userAgent, engine) => {
    expect(legacyWebviewMessage(userAgent)).toBe(
      `统计助手需要较新版本的 Office:Microsoft 365 或 Office 2021 及以上(Windows 上需已安装 Microsoft Edge WebView2 运行时),或者 Mac 版 Excel、网页版 Excel。当前的 Office 使用旧版浏览器内核(${engine}),无法显示统计助手。请升级 Office,或在网页版 Excel 中使用。`,
    );
  });

  test("WebView2 (Chromium Edge) and Safari are modern", () => {
    expect(
      legacyWebviewMessage(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
      ),
    ).toBeUndefined();
    expect(
      legacyWebviewMessage("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"),
    ).toBeUndefined();
  });
});

describe("errorMessage", () => {
  test("an unreadable sheet says why and what to do", () => {
    expect(errorMessage(new ReportError("empty-sheet", "工作表“Sheet1”是空的"), "识别指标表")).toEqual({
      intent: "error",
      title: "没有识别出指标表",
      body: "工作表“Sheet1”是空的。请切换到指标表所在的工作表后点“重新识别”;也可以点“插入标准指标表”,填好数据后再识别。",
    });
  });

  test("the adapter's Chinese advice is shown as it is", () => {
    const advice = "表格太大,超出了Excel单次读取的上限(5 MB)。请只选中指标表所在的区域,勾选“仅分析选中区域”后重试。";
    expect(errorMessage(new WorkbookAdvice(advice), "读取工作表")).toEqual({
      intent: "error",
      title: "读取工作表失败",
      body: advice,
    });
  });

  test.each([
    [
      "AccessDenied",
      "工作簿受保护或是只读的,统计助手不能新建或删除工作表。请在“审阅”选项卡中点“保护工作簿”撤消保护(或另存一份可以编辑的副本),然后重试。(AccessDenied)",
    ],
    [
      "InvalidOperationInCellEditMode",
      "Excel 正在编辑一个单元格。请按 Enter 或 Esc 结束编辑,然后重试。(InvalidOperationInCellEditMode)",
    ],
  ])("the adapter gives Excel's %s its own advice, whatever Office's localized message says", (code, body) => {
    const error = Object.assign(new Error("您无法执行请求的操作。"), { code });
    expect(errorMessage(officeAdvice(error), "生成汇总表")).toEqual({ intent: "error", title: "生成汇总表失败", body });
  });

  test("a Chinese Excel's own message is not taken for the add-in's advice: the general advice comes first", () => {
    const error = Object.assign(new Error("无法执行请求的操作。"), { code: "GeneralException" });
    expect(errorMessage(error, "删除生成的表").body).toBe(
      "Excel 没有完成这一步(无法执行请求的操作。)。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。",
    );
  });

  test("an Excel error gets the generic advice with its detail", () => {
    expect(errorMessage(new Error("GeneralException"), "生成汇总表").body).toBe(
      "Excel 没有完成这一步(GeneralException)。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。",
    );
  });
});

describe("computeReport", () => {
  test("a sheet without an indicator table gets the engine's reason and what to do", () => {
    expect(computeReport({ sheetName: "Sheet1", cells: [] }, DEFAULT_PANE_SETTINGS)).toEqual({
      failure: {
        intent: "error",
        title: "没有识别出指标表",
        body: "工作表“Sheet1”是空的,没有可以读取的指标。请切换到指标表所在的工作表后点“重新识别”;也可以点“插入标准指标表”,填好数据后再识别。",
      },
    });
  });

  test("an error of the engine itself is not blamed on Excel: no advice about editing cells", () => {
    // A grid whose cells are null where the engine expects cells makes it fail as a bug would.
    const broken = { sheetName: "指标", cells: [[null]] } as unknown as SheetGrid;
    const outcome = computeReport(broken, DEFAULT_PANE_SETTINGS);
    if (!("failure" in outcome)) throw new Error("the broken grid gave a report");
    expect(outcome.failure.title).toBe("识别指标表失败");
    // The engine's own message (whatever the bug says) stays in brackets for whoever fixes it.
    expect(outcome.failure.body).toMatch(
      /^统计助手出现了程序问题,没能读完这张表(.+)。原始指标表没有改动。请点“重新识别”再试;如果仍然出错,请把这条提示和这张表发给维护人员。$/,
    );
  });
});

describe("columnLetters (the column editor's letters)", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i → %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe("paneReducer", () => {
  const grid = { sheetName: "表", cells: [] };
  test("a new read drops the user's column correction (it was made for another table)", () => {
    let state = paneReducer(INITIAL_PANE_STATE, { type: "sourceRead", source: grid });
    state = paneReducer(state, { type: "layoutOverridden", override: { headerRow: 1, columns: { name: 0 } } });
    expect(state.override).toEqual({ headerRow: 1, columns: { name: 0 } });
    state = paneReducer(state, { type: "sourceRead", source: grid });
    expect(state.override).toBeUndefined();
  });

  test("a task clears the last message, shows progress, and its end shows its message", () => {
    let state = paneReducer(INITIAL_PANE_STATE, {
      type: "taskFinished",
      message: { intent: "error", title: "旧", body: "" },
    });
    state = paneReducer(state, { type: "taskStarted", label: "正在生成汇总表…" });
    expect(state.message).toBeUndefined();
    state = paneReducer(state, { type: "taskProgress", percent: 50, step: "写入表格" });
    expect(state.task).toEqual({ label: "正在生成汇总表…", percent: 50, step: "写入表格" });
    state = paneReducer(state, { type: "taskFinished", message: { intent: "success", title: "已生成", body: "" } });
    expect([state.task, state.message?.title]).toEqual([undefined, "已生成"]);
  });

  test("progress without a task is ignored", () => {
    expect(paneReducer(INITIAL_PANE_STATE, { type: "taskProgress", percent: 10, step: "x" })).toBe(INITIAL_PANE_STATE);
  });
});
