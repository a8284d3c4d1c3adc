import { canonicalUnit } from "./canonicalUnit";

/** Where a row's unit may be written, most specific first. */
export interface UnitSources {
  /** The unit column's cell ("" when blank or absent). */
  readonly unitCell: string;
  /** A unit in the name ("工业总产值(亿元)"). */
  readonly inName: string | undefined;
  /** A unit written with the number ("37.59亿元"). */
  readonly withFigure: string | undefined;
  /** A unit in the 本期 header ("本期(万元)"). */
  readonly inHeader: string | undefined;
  /** The sheet's "单位:亿元" note. */
  readonly sheetNote: string | undefined;
}

/** A row's unit: unit column, then the name, then a unit written with the number, the header, the sheet note; "" when none says. */
export function indicatorUnit(sources: UnitSources): string {
  return (
    (sources.unitCell !== "" ? canonicalUnit(sources.unitCell) : undefined) ??
    sources.inName ??
    sources.withFigure ??
    sources.inHeader ??
    sources.sheetNote ??
    ""
  );
}
