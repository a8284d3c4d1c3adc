import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { COLUMN_ROLES, COLUMN_ROLE_LABELS, type ColumnRole } from "../../report/roles/columnRoles";
import { columnLetters } from "../../workbook/a1Address";
import { roleOfColumn } from "../roleOfColumn";

/** The option meaning "this column is not read". */
export const UNUSED_ROLE_LABEL = "不使用";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface ColumnRoleEditorProps {
  /** The header text of each column. */
  readonly headers: readonly string[];
  /** Sheet column of grid column 0 (for the letters shown). */
  readonly firstColumn: number;
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly disabled: boolean;
  readonly onChange: (column: number, role: ColumnRole | undefined) => void;
}

/** One dropdown per column of the header row: what the column holds, as detected, editable. */
export function ColumnRoleEditor({ headers, firstColumn, columns, disabled, onChange }: ColumnRoleEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {headers.map((header, column) => {
        const role = roleOfColumn(columns, column);
        const label = `${columnLetters(firstColumn + column)}列${header === "" ? "" : ` ${header}`}`;
        const value = role === undefined ? UNUSED_ROLE_LABEL : COLUMN_ROLE_LABELS[role];
        return (
          <Field key={column} label={label} orientation="horizontal">
            <Dropdown
              className={styles.dropdown}
              value={value}
              selectedOptions={[role ?? "unused"]}
              disabled={disabled}
              onOptionSelect={(_event, data) => {
                const next = data.optionValue === "unused" ? undefined : (data.optionValue as ColumnRole);
                if (next !== role) onChange(column, next);
              }}
            >
              <Option value="unused">{UNUSED_ROLE_LABEL}</Option>
              {COLUMN_ROLES.map((r) => (
                <Option key={r} value={r}>
                  {COLUMN_ROLE_LABELS[r]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
