// The web page's reader and writer, run in a Web Worker so that a large file does not freeze the page.
// Built into a string the page turns into a blob: worker (scripts/build-web.mjs), so that ExcelJS and
// SheetJS are parsed only when a file is picked.
import { docxJob, jobMessage, readJob, writeJob } from "./workbookJobs";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const post = (message: WorkerResponse, transfer?: Transferable[]) => scope.postMessage(message, transfer ?? []);
  const written = (bytes: Uint8Array) => post({ id: request.id, type: "written", bytes }, [bytes.buffer]);
  const work =
    request.type === "read"
      ? readJob(request.fileName, new Uint8Array(request.bytes), (percent, step) =>
          post({ id: request.id, type: "progress", percent, step }),
        ).then((result) => post({ id: request.id, type: "read", result }))
      : request.type === "write"
        ? writeJob(request.document, request.sheetName, request.source).then(written)
        : docxJob(request.document, request.notes).then(written);
  work.catch((error: unknown) =>
    post({
      id: request.id,
      type: "error",
      message: jobMessage(error, request.type === "read" ? request.fileName : ""),
    }),
  );
};
