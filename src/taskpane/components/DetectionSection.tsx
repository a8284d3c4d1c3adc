import { Button, Switch } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Pane } from "../usePane";
import { PaneSection } from "./PaneSection";
import { usePaneStyles } from "./paneStyles";

/** What the engine found: the sheet, the header row, the period, the indicators. */
export function DetectionFacts({ pane }: { readonly pane: Pane }) {
  const styles = usePaneStyles();
  const { report, source, origin, children, busy } = pane;
  const layout = report?.analysis.layout;
  if (report !== undefined && layout !== undefined && source !== undefined) {
    return (
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
          {report.analysis.indicators.length}项{children > 0 ? `,其中分项${children}项` : ""}
        </dd>
      </dl>
    );
  }
  return source === undefined && !busy ? <p className={styles.fact}>尚未读取工作表。</p> : null;
}

/** 识别结果: the detection, with what the face offers to read again (`actions`). */
export function DetectionSection({ pane, actions }: { readonly pane: Pane; readonly actions?: ReactNode }) {
  return (
    <PaneSection id="tj-detected" title="识别结果">
      <DetectionFacts pane={pane} />
      {actions}
    </PaneSection>
  );
}

/** Excel's way to read again: the active sheet, or only the selection. */
export function RereadActions({ pane }: { readonly pane: Pane }) {
  const styles = usePaneStyles();
  const { busy, state } = pane;
  return (
    <div className={styles.row}>
      <Button disabled={busy} onClick={() => void pane.read(state.selectionOnly)}>
        重新识别
      </Button>
      <Switch
        label="仅分析选中区域"
        checked={state.selectionOnly}
        disabled={busy}
        onChange={(_event, data) => pane.setSelectionOnly(data.checked)}
      />
    </div>
  );
}
