import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";

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
  return (
    <div className={styles.row}>
      <Button disabled={disabled} onClick={() => setConfirming(true)}>
        删除生成的表
      </Button>
      <Button disabled={disabled} onClick={onInsertTemplate}>
        插入标准指标表
      </Button>
      <Dialog open={confirming} onOpenChange={(_event, data) => setConfirming(data.open)}>
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
              <Button onClick={() => setConfirming(false)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
