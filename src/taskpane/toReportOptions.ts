import type { ColumnRole } from "../report/roles/columnRoles";
import type { ReportOptions, SheetGrid, SheetLayout } from "../report/types";
import type { PaneSettings } from "../workbook/workbookPort";

/** The user's correction of the detected layout: the header row and which column holds which role. */
export interface LayoutOverride {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
}

/** The settings the engine reads; the output sheet's name and mode only matter when the summary is written. */
export type ReportSettings = Pick<
  PaneSettings,
  "decimals" | "convertUnits" | "clauses" | "periodLabel" | "place" | "placeOrder"
> & {
  /** 与上期比较: the earlier period's sheet, read whole. */
  readonly previousPeriod?: SheetGrid;
};

/** The engine options for the pane's settings and, when the user corrected the column roles, that layout. */
export function toReportOptions(settings: ReportSettings, override?: LayoutOverride): ReportOptions {
  const periodLabel = settings.periodLabel?.trim();
  const layout: ReportOptions["layout"] | undefined =
    override === undefined
      ? undefined
      : ({ headerRow: override.headerRow, columns: override.columns } satisfies Partial<SheetLayout>);
  return {
    decimals: settings.decimals,
    convertUnits: settings.convertUnits,
    clauses: { ...settings.clauses },
    ...(periodLabel !== undefined && periodLabel !== "" ? { periodLabel } : {}),
    ...(settings.place !== undefined ? { place: settings.place } : {}),
    ...(settings.placeOrder !== undefined ? { placeOrder: settings.placeOrder } : {}),
    ...(settings.previousPeriod !== undefined ? { previousPeriod: settings.previousPeriod } : {}),
    ...(layout !== undefined ? { layout } : {}),
  };
}
