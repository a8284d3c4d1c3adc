import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportWarning } from "../../report/types";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
});

export interface WarningListProps {
  readonly warnings: readonly ReportWarning[];
  readonly onSelect: (warning: ReportWarning) => void;
}

/** The engine's warnings; each is a link that selects the cell concerned in the sheet. */
export function WarningList({ warnings, onSelect }: WarningListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="需要核对的地方">
      {warnings.map((warning, index) => (
        <li key={index}>
          <Link as="button" title="在工作表中选中这个单元格" onClick={() => onSelect(warning)}>
            {warning.message}
          </Link>
        </li>
      ))}
    </ul>
  );
}
