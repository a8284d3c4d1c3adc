import { useEffect, useRef, useState } from "react";
import type { Period, SheetGrid } from "../report/types";
import { SHEET_HEAD_ROWS, type WorkbookPort } from "../workbook/workbookPort";
import { errorMessage } from "./errorMessage";
import type { PaneMessage } from "./paneMessage";
import { chosenPrevious, probeSheet, probeSheets, type SheetProbe } from "./previousSheet";

/** 与上期比较 as the pane shows and uses it. */
export interface PreviousSheet {
  /** The workbook's other indicator sheets, in sheet order (none until they are read). */
  readonly sheets: readonly SheetProbe[];
  /** The sheet compared with; undefined for none. */
  readonly selected?: string;
  /** The selected sheet's used range, once read. */
  readonly grid?: SheetGrid;
  /** The other sheets, or the selected one, are still being read. */
  readonly pending: boolean;
}

interface Heads {
  readonly source: SheetGrid;
  readonly sheets: readonly SheetProbe[];
  readonly period?: Period;
}

interface Loaded {
  readonly source: SheetGrid;
  readonly name: string;
  /** Undefined when reading it failed (the failure was shown). */
  readonly grid?: SheetGrid;
}

/** The period the sheet read states (for the default earlier sheet), from its head as the other sheets'. */
function periodOf(source: SheetGrid): Period | undefined {
  return probeSheet({ ...source, cells: source.cells.slice(0, SHEET_HEAD_ROWS) })?.period;
}

/**
 * The earlier period's sheet for the sheet read: the heads of the workbook's other sheets are read once
 * per sheet read (one port call), the sheet compared with whole when chosen (one more). `choice` is the
 * stored setting (PaneSettings.previousSheet); a failure is handed to `onError` and compares with nothing.
 */
export function usePreviousSheet(
  port: WorkbookPort,
  source: SheetGrid | undefined,
  choice: string | undefined,
  onError: (message: PaneMessage) => void,
): PreviousSheet {
  const [heads, setHeads] = useState<Heads | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    if (source === undefined) return;
    let cancelled = false;
    port.readSheetHeads(source.sheetName).then(
      (grids) => {
        if (cancelled) return;
        const period = periodOf(source);
        setHeads({ source, sheets: probeSheets(grids), ...(period !== undefined ? { period } : {}) });
      },
      (error: unknown) => {
        if (cancelled) return;
        setHeads({ source, sheets: [] });
        report.current(errorMessage(error, "读取其他工作表"));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [port, source]);

  const current = heads !== undefined && heads.source === source ? heads : undefined;
  const selected = current === undefined ? undefined : chosenPrevious(choice, current.sheets, current.period);
  const have = loaded !== undefined && loaded.source === source && loaded.name === selected ? loaded : undefined;

  useEffect(() => {
    if (source === undefined || selected === undefined || have !== undefined) return;
    let cancelled = false;
    port.readSheet(selected).then(
      (grid) => {
        if (!cancelled) setLoaded({ source, name: selected, grid });
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoaded({ source, name: selected });
        report.current(errorMessage(error, `读取工作表“${selected}”`));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [port, source, selected, have]);

  const pending = source !== undefined && (current === undefined || (selected !== undefined && have === undefined));
  return {
    sheets: current?.sheets ?? [],
    ...(selected !== undefined ? { selected } : {}),
    ...(have?.grid !== undefined ? { grid: have.grid } : {}),
    pending,
  };
}
