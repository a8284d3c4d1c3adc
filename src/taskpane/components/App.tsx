import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { ColumnRole, ReportWarning } from "../../report/types";
import type { PaneSettings, WorkbookPort } from "../../workbook/workbookPort";
import { completeSettings } from "../completeSettings";
import { computeReport } from "../computeReport";
import { copyText } from "../copyText";
import { errorMessage } from "../errorMessage";
import { headerTexts } from "../headerTexts";
import { childCount } from "../childCount";
import { paneReducer } from "../paneReducer";
import { INITIAL_PANE_STATE } from "../paneState";
import { sheetNameProblem } from "../sheetNameProblem";
import { withColumnRole } from "../withColumnRole";
import { ColumnRoleEditor } from "./ColumnRoleEditor";
import { OptionsPanel } from "./OptionsPanel";
import { PreviewPanel } from "./PreviewPanel";
import { WarningList } from "./WarningList";

const StructureList = lazy(() => import("./StructureList"));
const MaintenanceActions = lazy(() => import("./MaintenanceActions"));

/** How long settings wait after the last change before they are saved in the workbook. */
const SAVE_DELAY_MS = 300;

const useStyles = makeStyles({
  main: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  title: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, margin: "0" },
  fact: { margin: "0" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  readonly port: WorkbookPort;
}

/** The task pane: detection, options, preview and the actions, over a WorkbookPort. */
export function App({ port }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  const { source, settings, override, task, message } = state;
  const busy = task !== undefined;

  // The engine runs again only when what it reads changes: typing the output sheet's name or switching
  // between values and formulas leaves the report as it is.
  const { decimals, convertUnits, clauses, periodLabel } = settings;
  const outcome = useMemo(() => {
    if (source === undefined) return undefined;
    const reportSettings = { decimals, convertUnits, clauses, ...(periodLabel !== undefined ? { periodLabel } : {}) };
    return computeReport(source, reportSettings, override);
  }, [source, override, decimals, convertUnits, clauses, periodLabel]);
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
      port.saveSettings(settings).catch((error: unknown) => {
        dispatch({ type: "taskFinished", message: errorMessage(error, "保存设置") });
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [port, settings, state.settingsLoaded]);

  const layout = report?.analysis.layout;
  const origin = source?.origin ?? { row: 0, column: 0 };
  const headers = useMemo(
    () => (source === undefined || layout === undefined ? [] : headerTexts(source, layout.headerRow)),
    [source, layout],
  );

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

  const nameProblem = sheetNameProblem(settings.outputSheetName);

  const generate = async () => {
    if (report === undefined || source === undefined) return;
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
      const result = await port.writeSummary(report, source, {
        sheetName: wished,
        mode: settings.mode,
        onProgress: (percent, step) => dispatch({ type: "taskProgress", percent, step }),
      });
      const renamed =
        result.sheetName === wished ? "" : `已有名为“${wished}”的工作表(不是统计助手生成的),所以写入了新表。`;
      dispatch({
        type: "taskFinished",
        message: {
          intent: "success",
          title: `已生成汇总表“${result.sheetName}”`,
          body: `${renamed}共${report.table.rows.length}个指标、${report.paragraphs.length}段文字;原始指标表没有改动。`,
        },
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

  const indicators = report?.analysis.indicators ?? [];
  const children = childCount(indicators);

  return (
    <main className={styles.main} aria-label="统计助手" aria-busy={busy}>
      <h1 className={styles.title}>统计助手</h1>

      {task !== undefined ? (
        <Field label={task.label} hint={task.step ?? ""}>
          {task.percent === undefined ? (
            <ProgressBar aria-label={task.label} thickness="large" />
          ) : (
            <ProgressBar value={task.percent / 100} aria-label={task.label} thickness="large" />
          )}
        </Field>
      ) : null}

      {message !== undefined ? (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>
            {message.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="关闭提示"
                onClick={() => dispatch({ type: "messageDismissed" })}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}

      {failure !== undefined ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.body}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={styles.section} aria-labelledby="tj-detected">
        <h2 id="tj-detected" className={styles.heading}>
          识别结果
        </h2>
        {report !== undefined && layout !== undefined && source !== undefined ? (
          <dl className={styles.facts}>
            <dt>工作表</dt>
            <dd className={styles.fact}>{source.sheetName}</dd>
            <dt>表头</dt>
            <dd className={styles.fact}>第{origin.row + layout.headerRow + 1}行</dd>
            <dt>期间</dt>
            <dd className={styles.fact}>
              {report.period.label === "" ? "未识别(可在选项中填写)" : report.period.label}
              {report.period.months !== undefined ? `(${report.period.months}个月)` : ""}
            </dd>
            <dt>指标</dt>
            <dd className={styles.fact}>
              {indicators.length}项{children > 0 ? `,其中分项${children}项` : ""}
            </dd>
          </dl>
        ) : source === undefined && !busy ? (
          <p className={styles.fact}>尚未读取工作表。</p>
        ) : null}
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void read(state.selectionOnly)}>
            重新识别
          </Button>
          <Switch
            label="仅分析选中区域"
            checked={state.selectionOnly}
            disabled={busy}
            onChange={(_event, data) => dispatch({ type: "selectionOnlyChanged", selectionOnly: data.checked })}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="tj-actions">
        <h2 id="tj-actions" className={styles.heading}>
          生成
        </h2>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || report === undefined} onClick={() => void generate()}>
            生成汇总表
          </Button>
          <Button disabled={busy || report === undefined} onClick={() => void copy()}>
            复制文字
          </Button>
        </div>
      </section>

      {report !== undefined ? (
        <section className={styles.section} aria-labelledby="tj-preview">
          <h2 id="tj-preview" className={styles.heading}>
            文字预览
          </h2>
          <PreviewPanel paragraphs={report.paragraphs} />
        </section>
      ) : null}

      {report !== undefined && report.warnings.length > 0 ? (
        <section className={styles.section} aria-labelledby="tj-warnings">
          <h2 id="tj-warnings" className={styles.heading}>
            需要核对({report.warnings.length}处)
          </h2>
          <WarningList warnings={report.warnings} onSelect={selectWarning} />
        </section>
      ) : null}

      {report !== undefined && layout !== undefined ? (
        <section className={styles.section} aria-labelledby="tj-columns">
          <h2 id="tj-columns" className={styles.heading}>
            各列的含义
          </h2>
          <ColumnRoleEditor
            headers={headers}
            firstColumn={origin.column}
            columns={layout.columns}
            disabled={busy}
            onChange={changeRole}
          />
        </section>
      ) : null}

      {report !== undefined ? (
        <section className={styles.section} aria-labelledby="tj-structure">
          <h2 id="tj-structure" className={styles.heading}>
            指标结构
          </h2>
          <Suspense fallback={<p className={styles.fact}>正在加载…</p>}>
            <StructureList indicators={indicators} />
          </Suspense>
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby="tj-options">
        <h2 id="tj-options" className={styles.heading}>
          选项
        </h2>
        <OptionsPanel
          settings={settings}
          detectedPeriod={report?.analysis.period.label ?? ""}
          disabled={busy}
          onChange={(next) => dispatch({ type: "settingsChanged", settings: next })}
        />
      </section>

      <section className={styles.section} aria-labelledby="tj-more">
        <h2 id="tj-more" className={styles.heading}>
          更多
        </h2>
        <Suspense fallback={null}>
          <MaintenanceActions disabled={busy} onDelete={deleteGenerated} onInsertTemplate={insertTemplate} />
        </Suspense>
      </section>
    </main>
  );
}
