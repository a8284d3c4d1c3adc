import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  preview: {
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    lineHeight: tokens.lineHeightBase400,
  },
  paragraph: { margin: "0", textIndent: "2em" },
});

/** The paragraphs as they will be written and copied, updated as the options change. */
export function PreviewPanel({ paragraphs }: { readonly paragraphs: readonly string[] }) {
  const styles = useStyles();
  return (
    <div className={styles.preview} aria-live="polite">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={styles.paragraph}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}
