import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { ColumnRole } from "../report/roles/columnRoles";
import type { Report, ReportWarning, SheetGrid } from "../report/types";
import type { PaneSettings, WorkbookPort } from "../workbook/workbookPort";
import { FILE_FORMATS } from "../output/formats";
import { buildSummaryDocument } from "../output/summaryDocument";
import { childCount } from "./childCount";
import { completeSettings } from "./completeSettings";
import { computeReport, type ReportOutcome } from "./computeReport";
import { copyText } from "./copyText";
import { errorMessage, type SheetAdvice } from "./errorMessage";
import type { PaneMessage } from "./paneMessage";
import { omit } from "./omit";
import { paneReducer } from "./paneReducer";
import { INITIAL_PANE_STATE, type PaneState } from "./paneState";
import { sheetNameProblem } from "./sheetNameProblem";
import { usePreviousSheet, type PreviousSheet } from "./usePreviousSheet";
import { withColumnRole } from "./withColumnRole";

/** How long settings wait after the last change before they are saved in the workbook. */
export const SAVE_DELAY_MS = 300;
/** The header texts before any sheet is read. */
const NO_HEADERS: readonly string[] = [];

/** A file name from a sheet name: the characters Windows forbids in names become "_". */
function fileStem(sheetName: string): string {
  return sheetName.replace(/[\\/:*?"<>|]/g, "_").trim() || "统计助手";
}

/** The pane's state, what is computed from it, and the commands its sections call. */
export interface Pane {
  readonly state: PaneState;
  readonly busy: boolean;
  readonly report?: Report;
  /** The engine could not read the sheet: the message to show instead of a report. */
  readonly failure?: PaneMessage;
  readonly source?: SheetGrid;
  /** Where the grid read starts in its sheet (0-based). */
  readonly origin: { readonly row: number; readonly column: number };
  /** The texts of the header row, one per column of the grid. */
  readonly headers: readonly string[];
  /** How many indicators are sub-items of another. */
  readonly children: number;
  /** 与上期比较: the workbook's other indicator sheets and the one compared with. */
  readonly previous: PreviousSheet;
  readonly read: (selectionOnly: boolean) => Promise<void>;
  readonly setSelectionOnly: (selectionOnly: boolean) => void;
  readonly changeSettings: (settings: PaneSettings) => void;
  readonly changeRole: (column: number, role: ColumnRole | undefined) => void;
  readonly selectWarning: (warning: ReportWarning) => void;
  readonly generate: () => Promise<void>;
  readonly copy: () => Promise<void>;
  /** 导出 Word: hands the Word report to the host where it can download, else says how to get the text. */
  readonly exportWord: () => Promise<void>;
  readonly deleteGenerated: () => void;
  readonly insertTemplate: () => void;
  readonly dismissMessage: () => void;
  /** Runs a piece of work with a progress bar; its result is shown as a success message, an error as a failure. */
  readonly runTask: (label: string, action: string, work: () => Promise<string>) => Promise<void>;
}

/**
 * The pane over a WorkbookPort: reads the sheet on open (after the stored settings), computes the report
 * as the options change, saves changed settings shortly after the last change, and runs the commands.
 * `sheetAdvice` says what to do when the sheet holds no indicator table (the face's own steps).
 */
export function usePane(port: WorkbookPort, sheetAdvice?: SheetAdvice): Pane {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  const { source, settings, override, task } = state;
  const previous = usePreviousSheet(port, source, settings.previousSheet, (message) =>
    dispatch({ type: "taskFinished", message }),
  );
  const busy = task !== undefined || previous.pending;

  // The engine runs again only when what it reads changes: typing the output sheet's name or switching
  // between values and formulas leaves the report as it is.
  const { decimals, convertUnits, clauses, periodLabel, place, placeOrder } = settings;
  const previousPeriod = previous.grid;
  const computed = useMemo(() => {
    if (source === undefined) return undefined;
    const reportSettings = {
      decimals,
      convertUnits,
      clauses,
      ...(periodLabel !== undefined ? { periodLabel } : {}),
      ...(place !== undefined ? { place } : {}),
      ...(placeOrder !== undefined ? { placeOrder } : {}),
      ...(previousPeriod !== undefined ? { previousPeriod } : {}),
    };
    return computeReport(source, reportSettings, override, sheetAdvice);
  }, [source, override, decimals, convertUnits, clauses, periodLabel, place, placeOrder, previousPeriod, sheetAdvice]);
  // While the sheet to compare with is read, the report shown stays as it was (none before the first).
  const shown = useRef<ReportOutcome | undefined>(undefined);
  if (!previous.pending) shown.current = computed;
  const outcome = shown.current;
  const report = outcome !== undefined && "report" in outcome ? outcome.report : undefined;
  const failure = outcome !== undefined && "failure" in outcome ? outcome.failure : undefined;

  const read = useCallback(
    async (selectionOnly: boolean) => {
      dispatch({ type: "taskStarted", label: selectionOnly ? "正在读取选中区域…" : "正在读取工作表…" });
      try {
        const grid = await port.readSource(selectionOnly);
        dispatch({ type: "sourceRead", source: grid });
        dispatch({ type: "taskFinished" });
      } catch (error) {
        dispatch({ type: "taskFinished", message: errorMessage(error, "读取工作表") });
      }
    },
    [port],
  );

  // On open: the settings stored in the workbook, then the active sheet.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let stored: Partial<PaneSettings> | undefined;
      try {
        stored = await port.loadSettings();
      } catch {
        stored = undefined;
      }
      if (cancelled) return;
      dispatch({ type: "settingsLoaded", settings: completeSettings(stored) });
      await read(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [port, read]);

  // Changed settings are saved in the workbook shortly after the last change.
  const savedSettings = useRef<PaneSettings | undefined>(undefined);
  useEffect(() => {
    if (!state.settingsLoaded) return;
    if (savedSettings.current === undefined) {
      savedSettings.current = settings;
      return;
    }
    if (savedSettings.current === settings) return;
    const timer = setTimeout(() => {
      savedSettings.current = settings;
      // The focus place belongs to the sheet read, not to the workbook's settings.
      port.saveSettings(omit(settings, "place")).catch((error: unknown) => {
        dispatch({ type: "taskFinished", message: errorMessage(error, "保存设置") });
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [port, settings, state.settingsLoaded]);

  const layout = report?.analysis.layout;
  const origin = source?.origin ?? { row: 0, column: 0 };
  const headers = report?.analysis.headerTexts ?? NO_HEADERS;

  const changeRole = (column: number, role: ColumnRole | undefined) => {
    if (layout === undefined) return;
    dispatch({
      type: "layoutOverridden",
      override: { headerRow: layout.headerRow, columns: withColumnRole(layout.columns, column, role) },
    });
  };

  const selectWarning = (warning: ReportWarning) => {
    if (source === undefined) return;
    const column = warning.column ?? layout?.columns.name ?? 0;
    port.selectCell(source.sheetName, origin.row + warning.row, origin.column + column).catch((error: unknown) => {
      dispatch({ type: "taskFinished", message: errorMessage(error, "选中单元格") });
    });
  };

  const generate = async () => {
    if (report === undefined || source === undefined) return;
    const nameProblem = sheetNameProblem(settings.outputSheetName);
    if (nameProblem !== undefined) {
      dispatch({
        type: "taskFinished",
        message: { intent: "error", title: "汇总表名称不可用", body: `${nameProblem}。请在“选项”中修改名称。` },
      });
      return;
    }
    const wished = settings.outputSheetName.trim();
    dispatch({ type: "taskStarted", label: "正在生成汇总表…" });
    try {
      const result = await port.writeSummary(buildSummaryDocument(report), source, {
        sheetName: wished,
        mode: settings.mode,
        onProgress: (percent, step) => dispatch({ type: "taskProgress", percent, step }),
      });
      const renamed =
        result.sheetName === wished ? "" : `已有名为“${wished}”的工作表(不是统计助手生成的),所以写入了新表。`;
      const counts = `共${report.table.rows.length}个指标、${report.paragraphs.length}段文字;原始指标表没有改动。`;
      dispatch({
        type: "taskFinished",
        message:
          result.file === undefined
            ? { intent: "success", title: `已生成汇总表“${result.sheetName}”`, body: `${renamed}${counts}` }
            : { intent: "success", title: `已下载汇总表“${result.file}”`, body: counts },
      });
    } catch (error) {
      dispatch({ type: "taskFinished", message: errorMessage(error, "生成汇总表") });
    }
  };

  const copy = async () => {
    if (report === undefined) return;
    const copied = await copyText(report.paragraphs.join("\n"));
    dispatch({
      type: "taskFinished",
      message: copied
        ? { intent: "success", title: "文字已复制", body: `共${report.paragraphs.length}段,可以粘贴到 Word 报告中。` }
        : { intent: "error", title: "无法写入剪贴板", body: "请在“文字预览”中选中文字,按 Ctrl+C(Mac 上按 ⌘+C)复制。" },
    });
  };

  const exportWord = async () => {
    if (report === undefined || source === undefined) return;
    const download = port.download;
    if (download === undefined) {
      dispatch({
        type: "taskFinished",
        message: {
          intent: "info",
          title: "这里不能下载 Word 文件",
          body: "Excel 桌面版的任务窗格不能保存下载的文件。请点“复制文字”,再粘贴到 Word 中;在 Excel 网页版中打开这个工作簿,可以直接导出 Word 报告。",
        },
      });
      return;
    }
    dispatch({ type: "taskStarted", label: "正在生成 Word 报告…" });
    try {
      const document = buildSummaryDocument(report);
      const format = FILE_FORMATS.docx;
      const name = `${port.outputStem ?? fileStem(document.sheetName)}${format.suffix}${format.extension}`;
      const bytes = await format.render(document, { source, formulas: false, notes: false });
      await download({ name, bytes, mediaType: format.mediaType });
      dispatch({
        type: "taskFinished",
        message: {
          intent: "success",
          title: `已导出 Word 报告“${name}”`,
          body: `共${document.table.rows.length}个指标、${document.paragraphs.length}段文字;请在浏览器的下载中查看。`,
        },
      });
    } catch (error) {
      dispatch({ type: "taskFinished", message: errorMessage(error, "导出 Word") });
    }
  };

  const runTask = async (label: string, action: string, work: () => Promise<string>) => {
    dispatch({ type: "taskStarted", label });
    try {
      const done = await work();
      dispatch({ type: "taskFinished", message: { intent: "success", title: done, body: "" } });
    } catch (error) {
      dispatch({ type: "taskFinished", message: errorMessage(error, action) });
    }
  };

  const deleteGenerated = () =>
    void runTask("正在删除生成的表…", "删除生成的表", async () => {
      const count = await port.deleteGenerated();
      return count === 0 ? "没有统计助手生成的表" : `已删除${count}张生成的表`;
    });

  const insertTemplate = () =>
    void runTask(
      "正在插入标准指标表…",
      "插入标准指标表",
      async () => `已插入“${await port.insertTemplate()}”,填好数据后点“重新识别”`,
    );

  return {
    state,
    busy,
    ...(report !== undefined ? { report } : {}),
    ...(failure !== undefined ? { failure } : {}),
    ...(source !== undefined ? { source } : {}),
    origin,
    headers,
    children: childCount(report?.analysis.indicators ?? []),
    previous,
    read,
    setSelectionOnly: (selectionOnly) => dispatch({ type: "selectionOnlyChanged", selectionOnly }),
    changeSettings: (next) => dispatch({ type: "settingsChanged", settings: next }),
    changeRole,
    selectWarning,
    generate,
    copy,
    exportWord,
    deleteGenerated,
    insertTemplate,
    dismissMessage: () => dispatch({ type: "messageDismissed" }),
    runTask,
  };
}
