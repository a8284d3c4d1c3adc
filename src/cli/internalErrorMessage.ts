/**
 * What the command line prints when it stops on an error of its own (a bug, not a problem of the
 * input): in Chinese, saying that the input was left alone and what to do; the program's own message
 * follows in brackets for whoever fixes it.
 */
export function internalErrorMessage(error: unknown): string {
  const detail = (error instanceof Error ? error.message : String(error)).trim();
  return (
    `内部错误:统计助手出现了程序问题,没有完成这次处理${detail === "" ? "" : `(${detail})`}。` +
    "输入文件没有被改动。请把这条提示和所用的指标表发给维护人员。\n"
  );
}
