import { Field, Select } from "@fluentui/react-components";
import type { SheetChoice } from "../sheetChoices";

export interface SheetPickerProps {
  readonly sheets: readonly SheetChoice[];
  readonly selected: string;
  readonly disabled: boolean;
  readonly onSelect: (name: string) => void;
}

/** The label of a sheet in the list: its name, its period for an indicator sheet. */
function optionText(sheet: SheetChoice): string {
  if (!sheet.indicator) return `${sheet.name}(未找到指标表)`;
  const label = sheet.period?.label ?? "";
  return label === ""
    ? sheet.name
    : `${sheet.name}(${sheet.period?.year !== undefined ? `${sheet.period.year}年` : ""}${label})`;
}

/** 工作表: which sheet of the file the pane reads (indicator sheets first). */
export function SheetPicker({ sheets, selected, disabled, onSelect }: SheetPickerProps) {
  return (
    <Field label="工作表">
      <Select value={selected} disabled={disabled} onChange={(_event, data) => onSelect(data.value)}>
        {sheets.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {optionText(sheet)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
