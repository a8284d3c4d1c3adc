import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { WORKBOOK_EXTENSIONS } from "../../workbook/workbookFormat";
import { PaneSection } from "../../taskpane/components/PaneSection";

const useStyles = makeStyles({
  drop: {
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { margin: "0", color: tokens.colorNeutralForeground2 },
});

/** Reading the picked file: how far it is. */
export interface FileProgress {
  readonly percent: number;
  readonly step: string;
}

export interface FileSectionProps {
  readonly fileName?: string;
  readonly progress?: FileProgress;
  /** Why the last file could not be read. */
  readonly error?: string;
  readonly onFile: (file: File) => void;
}

/** 指标表文件: the file input and the drop zone; nothing is uploaded, the file is read in the page. */
export function FileSection({ fileName, progress, error, onFile }: FileSectionProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) onFile(file);
  };
  return (
    <PaneSection id="tj-file" title="指标表文件">
      <div
        className={over ? `${styles.drop} ${styles.over}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor="tj-file-input" className={styles.label}>
          选择指标表文件
        </label>
        <input
          id="tj-file-input"
          type="file"
          accept={WORKBOOK_EXTENSIONS.join(",")}
          disabled={progress !== undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file !== undefined) onFile(file);
            event.currentTarget.value = "";
          }}
        />
        <p className={styles.hint}>
          {fileName !== undefined ? `当前文件:${fileName}。` : ""}
          也可以把文件拖到这里。支持 .xlsx、.xlsm、.xls、.et、.ods、.csv;文件只在本机浏览器中读取,不会上传。
        </p>
      </div>
      {progress !== undefined ? (
        <Field label="正在读取文件…" hint={progress.step}>
          <ProgressBar value={progress.percent / 100} aria-label="正在读取文件" thickness="large" />
        </Field>
      ) : null}
      {error !== undefined ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>无法读取文件</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </PaneSection>
  );
}
