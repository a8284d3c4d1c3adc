import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { usePaneStyles } from "../../taskpane/components/paneStyles";
import type { SheetGrid } from "../../report/types";
import { BrowserWorkbookPort, type BrowserPortServices } from "../../workbook/browser/BrowserWorkbookPort";
import { orderSheets, type SheetChoice } from "../sheetChoices";
import { FileSection, type FileProgress } from "./FileSection";
import { SheetPicker } from "./SheetPicker";
import { WebPane } from "./WebPane";

/** Reads a picked file into grids (in a Web Worker on the page). */
export type ReadFile = (
  fileName: string,
  bytes: ArrayBuffer,
  progress: (percent: number, step: string) => void,
) => Promise<{ readonly grids: readonly SheetGrid[]; readonly choices: readonly SheetChoice[] }>;

export interface WebAppProps {
  readonly readFile: ReadFile;
  readonly services: BrowserPortServices;
}

const useStyles = makeStyles({
  // A browser window is wider than a task pane: the pane's column, centred, at a width that reads well.
  page: { maxWidth: "960px", marginLeft: "auto", marginRight: "auto" },
});

interface OpenFile {
  readonly fileName: string;
  readonly grids: ReadonlyMap<string, SheetGrid>;
  readonly sheets: readonly SheetChoice[];
}

/** The web page: pick or drop an indicator sheet file, then the task pane over the sheet chosen. */
export function WebApp({ readFile, services }: WebAppProps) {
  const styles = usePaneStyles();
  const web = useStyles();
  const [file, setFile] = useState<OpenFile | undefined>(undefined);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<FileProgress | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const reading = useRef(0);

  const open = async (picked: File) => {
    const ticket = ++reading.current;
    setError(undefined);
    setProgress({ percent: 0, step: `正在打开“${picked.name}”…` });
    try {
      const bytes = await picked.arrayBuffer();
      const result = await readFile(picked.name, bytes, (percent, step) => {
        if (ticket === reading.current) setProgress({ percent, step });
      });
      if (ticket !== reading.current) return;
      const { sheets, selected } = orderSheets(result.choices);
      setFile({ fileName: picked.name, grids: new Map(result.grids.map((grid) => [grid.sheetName, grid])), sheets });
      setSheet(selected);
    } catch (failure) {
      if (ticket !== reading.current) return;
      // The file shown before stays open: a file that cannot be read does not close it.
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      if (ticket === reading.current) setProgress(undefined);
    }
  };

  const grid = file !== undefined && sheet !== undefined ? file.grids.get(sheet) : undefined;
  const port = useMemo(
    () =>
      file !== undefined && grid !== undefined
        ? new BrowserWorkbookPort({ fileName: file.fileName, sheet: grid, sheets: [...file.grids.values()] }, services)
        : undefined,
    [file, grid, services],
  );

  return (
    <main className={mergeClasses(styles.main, web.page)} aria-label="统计助手" aria-busy={progress !== undefined}>
      <h1 className={styles.title}>统计助手</h1>
      <FileSection
        {...(file !== undefined ? { fileName: file.fileName } : {})}
        {...(progress !== undefined ? { progress } : {})}
        {...(error !== undefined ? { error } : {})}
        onFile={(picked) => void open(picked)}
      />
      {file !== undefined && port !== undefined && sheet !== undefined ? (
        <WebPane
          key={`${file.fileName}\u0000${sheet}\u0000${reading.current}`}
          port={port}
          sheetPicker={
            <SheetPicker sheets={file.sheets} selected={sheet} disabled={progress !== undefined} onSelect={setSheet} />
          }
        />
      ) : null}
    </main>
  );
}
