import { Suspense, lazy } from "react";
import type { ReportWarning } from "../../report/types";
import type { Pane } from "../usePane";
import { ColumnRoleEditor } from "./ColumnRoleEditor";
import { OptionsPanel } from "./OptionsPanel";
import { PaneSection } from "./PaneSection";
import { PreviewPanel } from "./PreviewPanel";
import { PreviousSheetField } from "./PreviousSheetField";
import { WarningList } from "./WarningList";
import { usePaneStyles } from "./paneStyles";

const StructureList = lazy(() => import("./StructureList"));

/** 文字预览: the paragraphs, once there is a report. */
export function PreviewSection({ pane }: { readonly pane: Pane }) {
  const { report } = pane;
  if (report === undefined) return null;
  return (
    <PaneSection id="tj-preview" title="文字预览">
      <PreviewPanel paragraphs={report.paragraphs} />
    </PaneSection>
  );
}

export interface WarningsSectionProps {
  readonly pane: Pane;
  /** A warning selects its cell (Excel); false where there is no sheet to select (the web page). */
  readonly selectable?: boolean;
  /** Shown after the warning's text (the web page: the cell's address and value). */
  readonly detail?: (warning: ReportWarning) => string;
}

/** 需要核对: the engine's warnings, when there are any. */
export function WarningsSection({ pane, selectable = true, detail }: WarningsSectionProps) {
  const { report } = pane;
  if (report === undefined || report.warnings.length === 0) return null;
  return (
    <PaneSection id="tj-warnings" title={`需要核对(${report.warnings.length}处)`}>
      <WarningList
        warnings={report.warnings}
        {...(selectable ? { onSelect: pane.selectWarning } : {})}
        {...(detail !== undefined ? { detail } : {})}
      />
    </PaneSection>
  );
}

/** 各列的含义: the column roles the user can correct. */
export function ColumnsSection({ pane }: { readonly pane: Pane }) {
  const layout = pane.report?.analysis.layout;
  if (layout === undefined) return null;
  return (
    <PaneSection id="tj-columns" title="各列的含义">
      <ColumnRoleEditor
        headers={pane.headers}
        firstColumn={pane.origin.column}
        columns={layout.columns}
        disabled={pane.busy}
        onChange={pane.changeRole}
      />
    </PaneSection>
  );
}

/** 指标结构: the indicators as a tree (a lazily loaded chunk). */
export function StructureSection({ pane }: { readonly pane: Pane }) {
  const styles = usePaneStyles();
  const { report } = pane;
  if (report === undefined) return null;
  return (
    <PaneSection id="tj-structure" title="指标结构">
      <Suspense fallback={<p className={styles.fact}>正在加载…</p>}>
        <StructureList indicators={report.analysis.indicators} />
      </Suspense>
    </PaneSection>
  );
}

/** 选项: the settings of the report and of the summary sheet. */
export function OptionsSection({ pane }: { readonly pane: Pane }) {
  return (
    <PaneSection id="tj-options" title="选项">
      {pane.report?.analysis.places === undefined && (
        <PreviousSheetField
          previous={pane.previous}
          settings={pane.state.settings}
          disabled={pane.busy}
          onChange={pane.changeSettings}
        />
      )}
      <OptionsPanel
        settings={pane.state.settings}
        detectedPeriod={pane.report?.analysis.period.label ?? ""}
        places={pane.report?.analysis.places?.places ?? []}
        disabled={pane.busy}
        onChange={pane.changeSettings}
      />
    </PaneSection>
  );
}
