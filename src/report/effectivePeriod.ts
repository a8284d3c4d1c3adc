import { readPeriod } from "./readPeriod";
import type { Analysis, Period } from "./types";

/** The sheet's period, or the user's label with the months it names (else the sheet's months). */
export function effectivePeriod(analysis: Analysis, periodLabel: string | undefined): Period {
  if (periodLabel === undefined || periodLabel.trim() === "") {
    return analysis.period;
  }
  const label = periodLabel.trim();
  const months = readPeriod(label)?.months ?? analysis.period.months;
  const year = readPeriod(label)?.year ?? analysis.period.year;
  return {
    label,
    ...(months !== undefined ? { months } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}
