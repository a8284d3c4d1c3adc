import { Field, Select } from "@fluentui/react-components";
import type { PaneSettings } from "../../workbook/workbookPort";
import { NO_COMPARISON, type SheetProbe } from "../previousSheet";
import type { PreviousSheet } from "../usePreviousSheet";

export interface PreviousSheetFieldProps {
  readonly previous: PreviousSheet;
  readonly settings: PaneSettings;
  readonly disabled: boolean;
  readonly onChange: (settings: PaneSettings) => void;
}

/** A sheet as the list names it: its name, with its period when the name does not already say it. */
function optionText({ name, period }: SheetProbe): string {
  if (period.label === "" || name.includes(period.label)) return name;
  return `${name}(${period.year !== undefined ? `${period.year}年` : ""}${period.label})`;
}

/**
 * 与上期比较: the workbook's other indicator sheets, one of which is the earlier period the growth is
 * compared with ("增速比1-8月提高0.6个百分点"), or 不比较. Shown only when the workbook has such a sheet.
 */
export function PreviousSheetField({ previous, settings, disabled, onChange }: PreviousSheetFieldProps) {
  if (previous.sheets.length === 0) return null;
  return (
    <Field label="与上期比较" hint="选中的工作表按指标名称对应,文字写出增速比上期的变化;默认是时期紧挨在本表之前的一张">
      <Select
        value={previous.selected ?? NO_COMPARISON}
        disabled={disabled}
        onChange={(_event, data) => onChange({ ...settings, previousSheet: data.value })}
      >
        <option value={NO_COMPARISON}>不比较</option>
        {previous.sheets.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {optionText(sheet)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
