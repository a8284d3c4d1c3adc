import { Suspense, lazy } from "react";
import type { Pane } from "../usePane";
import { PaneSection } from "./PaneSection";

const MaintenanceActions = lazy(() => import("./MaintenanceActions"));

/** 更多: deleting the generated sheets, inserting the standard indicator sheet. */
export function MoreSection({ pane }: { readonly pane: Pane }) {
  return (
    <PaneSection id="tj-more" title="更多">
      <Suspense fallback={null}>
        <MaintenanceActions
          disabled={pane.busy}
          onDelete={pane.deleteGenerated}
          onInsertTemplate={pane.insertTemplate}
        />
      </Suspense>
    </PaneSection>
  );
}
