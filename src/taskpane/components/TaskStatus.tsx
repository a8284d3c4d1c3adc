import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { Pane } from "../usePane";

/** The work in progress (a progress bar), the last command's message, and the engine's failure. */
export function TaskStatus({ pane }: { readonly pane: Pane }) {
  const { task, message } = pane.state;
  const { failure } = pane;
  return (
    <>
      {task !== undefined ? (
        <Field label={task.label} hint={task.step ?? ""}>
          {task.percent === undefined ? (
            <ProgressBar aria-label={task.label} thickness="large" />
          ) : (
            <ProgressBar value={task.percent / 100} aria-label={task.label} thickness="large" />
          )}
        </Field>
      ) : null}

      {message !== undefined ? (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>
            {message.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="关闭提示" onClick={pane.dismissMessage}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}

      {failure !== undefined ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.body}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
