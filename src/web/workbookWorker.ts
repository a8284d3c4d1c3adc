import type { SummaryDocument } from "../output/summaryDocument";
import type { SheetGrid } from "../report/types";
import type { Progress } from "./workbookJobs";
import type { ReadResult, WorkerRequest, WorkerResponse } from "./workerProtocol";

/** The worker's script, put in by the build (scripts/build-web.mjs). */
declare const TONGJI_WORKER_SOURCE: string;

/** A job the worker could not do; the message is Chinese and says what to do. */
export class WorkerJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerJobError";
  }
}

interface Pending {
  readonly resolve: (response: WorkerResponse) => void;
  readonly progress?: Progress;
}

/** The page's side of the reader worker: one worker, started on first use, jobs matched by id. */
export class WorkbookWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const url = URL.createObjectURL(new Blob([TONGJI_WORKER_SOURCE], { type: "text/javascript" }));
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const job = this.pending.get(message.id);
      if (job === undefined) return;
      if (message.type === "progress") {
        job.progress?.(message.percent, message.step);
        return;
      }
      this.pending.delete(message.id);
      job.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const jobs = [...this.pending.entries()];
      this.pending.clear();
      for (const [id, job] of jobs) {
        job.resolve({ id, type: "error", message: `读取组件出错(${event.message}),请刷新页面后重试` });
      }
      worker.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  private run(request: WorkerRequest, transfer: Transferable[], progress?: Progress): Promise<WorkerResponse> {
    const worker = this.start();
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve, ...(progress !== undefined ? { progress } : {}) });
      worker.postMessage(request, transfer);
    });
  }

  async read(fileName: string, bytes: ArrayBuffer, progress: Progress): Promise<ReadResult> {
    const response = await this.run({ id: this.nextId++, type: "read", fileName, bytes }, [bytes], progress);
    if (response.type === "read") return response.result;
    throw new WorkerJobError(response.type === "error" ? response.message : "读取组件没有给出结果");
  }

  async write(document: SummaryDocument, sheetName: string, source: SheetGrid | undefined): Promise<Uint8Array> {
    const request: WorkerRequest = {
      id: this.nextId++,
      type: "write",
      document,
      sheetName,
      ...(source !== undefined ? { source } : {}),
    };
    return this.written(await this.run(request, []));
  }

  /** The Word report of a summary document, rendered in the worker. */
  async docx(document: SummaryDocument, notes: boolean): Promise<Uint8Array> {
    return this.written(await this.run({ id: this.nextId++, type: "docx", document, notes }, []));
  }

  private written(response: WorkerResponse): Uint8Array {
    if (response.type === "written") return response.bytes;
    throw new WorkerJobError(response.type === "error" ? response.message : "生成组件没有给出结果");
  }
}

/** The page's one worker: the file's reader, the summary workbook's and the Word report's writer. */
export const PAGE_WORKER = new WorkbookWorker();
