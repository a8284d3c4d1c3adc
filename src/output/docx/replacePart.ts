import { Zip, ZipDeflate, ZipPassThrough, deflateSync, strFromU8, strToU8, unzipSync } from "fflate";

/**
 * The platform's raw DEFLATE compressor, or undefined where there is none: no CompressionStream at all, or
 * one without the "deflate-raw" format (Chromium 80–102, the kernels of many 360/奇安信 builds, throw a
 * TypeError for it).
 */
function platformDeflateRaw(): CompressionStream | undefined {
  if (typeof CompressionStream !== "function") return undefined;
  try {
    return new CompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
}

/**
 * Raw DEFLATE of the bytes: the platform's own compressor where there is one (browsers, Node 18+), which is
 * several times faster on the megabytes of a long table than fflate's, else fflate's at its default level.
 */
async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const compressor = platformDeflateRaw();
  if (compressor === undefined) return new Uint8Array(deflateSync(bytes));
  const stream = new Blob([bytes]).stream().pipeThrough(compressor);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A file deflated beforehand: fflate reads the source pushed to it for its size and CRC, and this hands on
 * the deflated bytes instead of the source.
 */
class Deflated extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = 8;
  }
  override process(_source: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}

/**
 * The package with one part's text edited, every other part as it was and in the same order. The edited
 * part is deflated by the platform's compressor (it may be megabytes: a long table's document.xml).
 */
export async function replacePart(pkg: Uint8Array, path: string, edit: (text: string) => string): Promise<Uint8Array> {
  const parts = unzipSync(pkg);
  const part = parts[path];
  if (part === undefined) throw new Error(`${path} is not in the package`);
  const data = strToU8(edit(strFromU8(part)));
  const compressed = await deflateRaw(data);
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error);
    else chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === path) {
      const file = new Deflated(name, compressed);
      zip.add(file);
      file.push(data, true);
    } else {
      const file = new ZipDeflate(name);
      zip.add(file);
      file.push(bytes, true);
    }
  }
  zip.end();
  if (failures[0] !== undefined) throw failures[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
