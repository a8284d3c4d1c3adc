import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportWarning } from "../../report/types";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface WarningListProps {
  readonly warnings: readonly ReportWarning[];
  /** Selects the cell concerned; without it (no sheet to select) a warning is plain text. */
  readonly onSelect?: (warning: ReportWarning) => void;
  /** Shown after the warning's text, e.g. the cell's address and value where there is no sheet to select. */
  readonly detail?: (warning: ReportWarning) => string;
}

/** The engine's warnings; each is a link that selects the cell concerned in the sheet, when there is a sheet. */
export function WarningList({ warnings, onSelect, detail }: WarningListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="需要核对的地方">
      {warnings.map((warning, index) => {
        const extra = detail?.(warning) ?? "";
        return (
          <li key={index}>
            {onSelect !== undefined ? (
              <Link as="button" title="在工作表中选中这个单元格" onClick={() => onSelect(warning)}>
                {warning.message}
              </Link>
            ) : (
              warning.message
            )}
            {extra !== "" ? <span className={styles.detail}>{extra}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
