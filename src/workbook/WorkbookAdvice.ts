/**
 * An error of a workbook adapter whose message is already what the user should read: Chinese, saying
 * what happened and what to do. The pane shows it as it is. Office's own errors are never of this kind,
 * even when Chinese Excel gives them a Chinese message.
 */
export class WorkbookAdvice extends Error {
  /** Excel's error code when the advice stands for an error of Excel (kept for diagnosis). */
  readonly code: string | undefined;

  constructor(message: string, options: { readonly cause?: unknown; readonly code?: string | undefined } = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.name = "WorkbookAdvice";
    this.code = options.code;
  }
}
