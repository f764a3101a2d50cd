// Load the page's ES modules (web/**/*.js) in Node whatever its version: the files are plain `.js`
// (as browsers and the bucket want them) with no package.json beside them, so Node < 20.19 would read them
// as CommonJS. Copy them once into a temp dir marked `"type": "module"` and import from there.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const STATIC_DIR = fileURLToPath(new URL("../../web/", import.meta.url));
let copyDir = null;

/** Import web/<name> as an ES module. */
export async function loadStatic(name) {
  if (copyDir === null) {
    copyDir = mkdtempSync(join(tmpdir(), "chat-static-"));
    // Every .js file, subdirectories (the i18n catalogs) included.
    cpSync(STATIC_DIR, copyDir, {
      recursive: true,
      filter: (source) => !/\.[a-z0-9]+$/i.test(source) || source.endsWith(".js"),
    });
    writeFileSync(join(copyDir, "package.json"), '{"type": "module"}\n');
    const dir = copyDir;
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return import(pathToFileURL(join(copyDir, name)).href);
}

/** Deterministic pseudo-random numbers (mulberry32), so chunkings are reproducible. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A history stream (GET /c) of these events, split at awkward places like a network would. */
export function historyResponse(events, { status = 200, type = "text/event-stream" } = {}) {
  const text = events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join("");
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream({
    start(controller) {
      for (let start = 0; start < bytes.length; start += 7) controller.enqueue(bytes.slice(start, start + 7));
      controller.close();
    },
  });
  return new Response(body, { status, headers: { "Content-Type": type } });
}
