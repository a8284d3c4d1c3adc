/** A failure the user can act on; its message is Chinese and names the file (and sheet). */
export class CliError extends Error {
  /** A few words for the closing summary of a run over several files. */
  readonly brief: string;

  constructor(message: string, brief = "无法读取") {
    super(message);
    this.name = "CliError";
    this.brief = brief;
  }
}
