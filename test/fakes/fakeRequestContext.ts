import { FakeOfficeError } from "./fakeOfficeError";
import { FakeApplication, FakeWorkbookProxy } from "./fakeProxies";
import type { FakeWorkbook } from "./fakeWorkbook";

/** Excel on the web's limit on one request and one response. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes the fake counts for one queued operation besides its arguments (object path, method name). */
export const FAKE_OPERATION_BYTES = 64;

/*
 * The fake meters requests on its own, on purpose: src/workbook/office/payloadSize.ts *estimates* a
 * request before it is queued (from the write plan), while this counts what was actually queued. A
 * mistake in the adapter's estimate (a forgotten operation, a wrong byte count) then shows up as a
 * refused request in the tests instead of being shared by both. So the bytes are counted here by the
 * platform's own UTF-8 encoder (in Node and in the browser of the e2e test), not by the adapter's code.
 */
const UTF8 = new TextEncoder();

function jsonBytes(value: unknown): number {
  return UTF8.encode(JSON.stringify(value) ?? "null").length;
}

interface QueuedOperation {
  readonly name: string;
  readonly bytes: number;
  /** Runs on "the host" at sync; may throw a FakeOfficeError, which fails the sync. */
  readonly run: () => void;
}

/**
 * The fake RequestContext: operations are queued as Office.js queues them and run only at sync, in
 * order; loaded values become readable only after the sync that carried the load succeeded. Each sync
 * is one request, measured (JSON bytes of every queued argument) and refused over 5 MB as Excel on the
 * web refuses it; responses (loaded data) are measured and refused over 5 MB too.
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private queue: QueuedOperation[] = [];
  private commits: (() => void)[] = [];
  private responseBytes = 0;
  private closed = false;
  private syncs = 0;

  constructor(readonly state: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  /** Queues an operation; its arguments count toward the request size. */
  enqueue(name: string, args: unknown, run: () => void): void {
    this.assertOpen();
    this.queue.push({ name, bytes: FAKE_OPERATION_BYTES + jsonBytes(args), run });
  }

  /** Called by a load while it runs: data sent back, and how to make it readable once the response is accepted. */
  respond(data: unknown, commit: () => void): void {
    this.responseBytes += jsonBytes(data);
    this.commits.push(commit);
  }

  /** context.load(object, names): the same as object.load(names), for an object of this context only. */
  load<T extends { readonly context: unknown; load(names?: string | string[]): unknown }>(
    object: T,
    names?: string | string[],
  ): T {
    this.assertOpen();
    if (object.context !== this) throw FakeOfficeError.invalidRequestContext();
    object.load(names);
    return object;
  }

  /** Fails as Office does when a member needs a newer ExcelApi than the host has. */
  requireApi(version: string): void {
    if (!this.state.isSetSupported("ExcelApi", version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
      );
    }
  }

  assertOpen(): void {
    if (this.closed) throw FakeOfficeError.invalidObjectPath();
  }

  /** Operations queued and not yet sent. */
  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  /** Syncs made by this context (FakeWorkbook.syncCount counts those of every run). */
  get syncCount(): number {
    return this.syncs;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    this.syncs++;
    const operations = this.queue;
    this.queue = [];
    this.commits = [];
    this.responseBytes = 0;
    const bytes = operations.reduce((sum, operation) => sum + operation.bytes, 0);
    await Promise.resolve();
    try {
      if (bytes > FAKE_PAYLOAD_LIMIT) throw FakeOfficeError.requestTooLarge();
      if (this.state.failAtRequest === this.state.requests.length + 1) {
        throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
      }
      for (const operation of operations) operation.run();
      if (this.responseBytes > FAKE_PAYLOAD_LIMIT) throw FakeOfficeError.responseTooLarge();
      for (const commit of this.commits) commit();
    } finally {
      this.state.requests.push({
        bytes,
        responseBytes: this.responseBytes,
        calculationSuspended: operations.some(
          (operation) => operation.name === "Application.suspendApiCalculationUntilNextSync",
        ),
        operations: operations.map((operation) => operation.name),
      });
      this.commits = [];
    }
  }
}
