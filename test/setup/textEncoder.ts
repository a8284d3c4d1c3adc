/**
 * jsdom (the component tests' window) has no TextEncoder, which browsers and Node both have; the fake
 * Excel counts request bytes with it. Node's own encoder stands in.
 */
import { TextEncoder as NodeTextEncoder } from "node:util";

if (typeof globalThis.TextEncoder === "undefined") {
  globalThis.TextEncoder = NodeTextEncoder;
}
