/**
 * Excel on the web rejects a request (everything queued before one `context.sync()`) or a response
 * larger than 5 MB. Requests are JSON, so the size of what is written is estimated as the UTF-8 bytes
 * of its JSON text (a Chinese character is 3 bytes), plus a fixed allowance per queued operation for
 * the object path and method name. The test fake (test/fakes/fakeRequestContext.ts) measures what was
 * actually queued with its own independent count, so a wrong estimate here fails the tests.
 */

/** Excel on the web's limit on one request or response. */
const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the adapter puts in one request at most (4 MiB): 1 MiB under the limit, for the JSON envelope. */
export const REQUEST_BUDGET = EXCEL_PAYLOAD_LIMIT - 1024 * 1024;

/** Allowance for one queued operation (object path, property or method name, ids). */
export const OPERATION_BYTES = 256;

/** UTF-8 length of a string, counted without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
