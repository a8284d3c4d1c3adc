import { formatDecimal } from "../../src/core/decimal";
import type { SummaryTable } from "../../src/report/types";

/** A number as a simple Excel format shows it ("0.00", "0.0", "0", "General"); other formats print the value. */
function show(value: number, format: string): string {
  const fixed = /^0(?:\.(0+))?$/.exec(format);
  if (fixed) return formatDecimal(value, fixed[1]?.length ?? 0);
  return String(value);
}

/** The summary table as readable TSV: a header line, then one line per row, children indented by two spaces per level. */
export function tableTsv(table: SummaryTable): string {
  const lines = [table.title, table.columns.map((column) => column.header).join("\t")];
  for (const row of table.rows) {
    const cells = row.cells.map((cell, index) => {
      const column = table.columns[index];
      if (cell.value === null) return "";
      if (typeof cell.value === "string") return index === 0 ? "  ".repeat(row.level) + cell.value : cell.value;
      return show(cell.value, column?.numberFormat ?? "General");
    });
    lines.push(cells.join("\t"));
  }
  return lines.join("\n") + "\n";
}
