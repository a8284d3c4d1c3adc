import { Button } from "@fluentui/react-components";
import { DetectionSection } from "../../taskpane/components/DetectionSection";
import { GenerateSection } from "../../taskpane/components/GenerateSection";
import {
  ColumnsSection,
  OptionsSection,
  PreviewSection,
  StructureSection,
  WarningsSection,
} from "../../taskpane/components/ReportSections";
import { TaskStatus } from "../../taskpane/components/TaskStatus";
import { WEB_SHEET_ADVICE } from "../../taskpane/errorMessage";
import { usePane } from "../../taskpane/usePane";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { warningCell } from "../warningCell";
import type { ReactNode } from "react";

export interface WebPaneProps {
  readonly port: WorkbookPort;
  /** The sheet list, shown with the detection. */
  readonly sheetPicker: ReactNode;
}

/**
 * The task pane's sections over the picked file: the summary workbook and the Word report are downloaded,
 * a warning shows its cell.
 */
export function WebPane({ port, sheetPicker }: WebPaneProps) {
  const pane = usePane(port, WEB_SHEET_ADVICE);
  const { source, report } = pane;
  const nameColumn = report?.analysis.layout.columns.name ?? 0;
  const disabled = pane.busy || report === undefined;
  return (
    <>
      <TaskStatus pane={pane} />
      <DetectionSection pane={pane} actions={sheetPicker} />
      <GenerateSection
        pane={pane}
        primary={
          <Button appearance="primary" disabled={disabled} onClick={() => void pane.generate()}>
            下载汇总表
          </Button>
        }
        word={
          <Button disabled={disabled} onClick={() => void pane.exportWord()}>
            下载Word报告
          </Button>
        }
      />
      <PreviewSection pane={pane} />
      <WarningsSection
        pane={pane}
        selectable={false}
        {...(source !== undefined ? { detail: (warning) => warningCell(warning, source, nameColumn) } : {})}
      />
      <ColumnsSection pane={pane} />
      <StructureSection pane={pane} />
      <OptionsSection pane={pane} />
    </>
  );
}
