import type { WorkbookPort } from "../../workbook/workbookPort";
import { usePane } from "../usePane";
import { DetectionSection, RereadActions } from "./DetectionSection";
import { GenerateSection } from "./GenerateSection";
import { MoreSection } from "./MoreSection";
import { ColumnsSection, OptionsSection, PreviewSection, StructureSection, WarningsSection } from "./ReportSections";
import { TaskStatus } from "./TaskStatus";
import { usePaneStyles } from "./paneStyles";

export interface AppProps {
  readonly port: WorkbookPort;
}

/** The task pane: detection, options, preview and the actions, over a WorkbookPort. */
export function App({ port }: AppProps) {
  const styles = usePaneStyles();
  const pane = usePane(port);
  return (
    <main className={styles.main} aria-label="统计助手" aria-busy={pane.busy}>
      <h1 className={styles.title}>统计助手</h1>
      <TaskStatus pane={pane} />
      <DetectionSection pane={pane} actions={<RereadActions pane={pane} />} />
      <GenerateSection pane={pane} />
      <PreviewSection pane={pane} />
      <WarningsSection pane={pane} />
      <ColumnsSection pane={pane} />
      <StructureSection pane={pane} />
      <OptionsSection pane={pane} />
      <MoreSection pane={pane} />
    </main>
  );
}
