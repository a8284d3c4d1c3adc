/**
 * jsdom (the component tests' window) has no TextEncoder or TextDecoder, which browsers and Node both
 * have; the fake Excel counts request bytes with the encoder, the Word report's zip library reads text
 * with the decoder. Node's own stand in.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

if (typeof globalThis.TextEncoder === "undefined") {
  globalThis.TextEncoder = NodeTextEncoder;
}
if (typeof globalThis.TextDecoder === "undefined") {
  globalThis.TextDecoder = NodeTextDecoder as typeof globalThis.TextDecoder;
}
