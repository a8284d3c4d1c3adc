import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface MaintenanceActionsProps {
  readonly disabled: boolean;
  readonly onDelete: () => void;
  readonly onInsertTemplate: () => void;
}

/** The rarely used actions (loaded on demand): delete what the add-in generated, insert an empty standard sheet. */
export default function MaintenanceActions({ disabled, onDelete, onInsertTemplate }: MaintenanceActionsProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  // The confirmation opens on 取消, the choice that loses nothing (an Enter pressed by habit deletes
  // nothing). Fluent focuses the first focusable element itself, but it skips what Tabster has already
  // hidden from the rest of the page while the dialog mounts, and then leaves focus on the surface.
  // (Found by id: Fluent's Button types its ref as Ref<never>.)
  const cancelId = useId();
  useEffect(() => {
    if (confirming) document.getElementById(cancelId)?.focus();
  }, [confirming, cancelId]);
  return (
    <div className={styles.row}>
      {/* As the Dialog's trigger, the button gets focus back when the dialog closes. */}
      <Dialog open={confirming} onOpenChange={(_event, data) => setConfirming(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={disabled}>删除生成的表</Button>
        </DialogTrigger>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>删除生成的表?</DialogTitle>
            <DialogContent>将删除统计助手生成的所有汇总表。原始指标表和您自己建的工作表不会被删除。</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onDelete();
                }}
              >
                删除
              </Button>
              <Button id={cancelId} onClick={() => setConfirming(false)}>
                取消
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Button disabled={disabled} onClick={onInsertTemplate}>
        插入标准指标表
      </Button>
    </div>
  );
}
