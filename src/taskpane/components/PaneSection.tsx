import type { ReactNode } from "react";
import { usePaneStyles } from "./paneStyles";

export interface PaneSectionProps {
  /** Id of the heading, which names the section (a region for assistive technology). */
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}

/** A section of the pane, named by its heading. */
export function PaneSection({ id, title, children }: PaneSectionProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
