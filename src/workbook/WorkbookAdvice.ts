/**
 * An error of a workbook adapter whose message is already what the user should read: Chinese, saying
 * what happened and what to do. The pane shows it as it is. Office's own errors are never of this kind,
 * even when Chinese Excel gives them a Chinese message.
 */
export class WorkbookAdvice extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "WorkbookAdvice";
  }
}
