import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Pane } from "../usePane";
import { PaneSection } from "./PaneSection";
import { usePaneStyles } from "./paneStyles";

export interface GenerateSectionProps {
  readonly pane: Pane;
  /** The primary command: 生成汇总表 in Excel. */
  readonly primary?: ReactNode;
  /** The Word report's command: 导出 Word in Excel. */
  readonly word?: ReactNode;
  /** Further commands after the Word report's. */
  readonly more?: ReactNode;
}

/** 生成: the summary sheet, the text and the Word report. */
export function GenerateSection({ pane, primary, word, more }: GenerateSectionProps) {
  const styles = usePaneStyles();
  const disabled = pane.busy || pane.report === undefined;
  return (
    <PaneSection id="tj-actions" title="生成">
      <div className={styles.row}>
        {primary ?? (
          <Button appearance="primary" disabled={disabled} onClick={() => void pane.generate()}>
            生成汇总表
          </Button>
        )}
        <Button disabled={disabled} onClick={() => void pane.copy()}>
          复制文字
        </Button>
        {word ?? (
          <Button disabled={disabled} onClick={() => void pane.exportWord()}>
            导出 Word
          </Button>
        )}
        {more}
      </div>
    </PaneSection>
  );
}
