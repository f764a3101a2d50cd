// A third-party SSE client against the chat service: `@microsoft/fetch-event-source` (the npm package, as
// apps use it) consumes a POST stream with heartbeats, a POST stream that ends in an error event and the GET
// history, then prints one JSON object with what its `onmessage` saw. tests/integration/test_third_party_clients.py
// runs it against the local stack:  node tests/js/clients/fetch-event-source-client.mjs <base-url>
//
// The package expects a browser: `window` (timers) and `document` (visibility) get minimal shims.

import { createHash } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { fetchEventSource } = require("@microsoft/fetch-event-source");

globalThis.window ??= /** @type {any} */ ({ setTimeout, clearTimeout });
globalThis.document ??= /** @type {any} */ ({ hidden: false, addEventListener() {}, removeEventListener() {} });

const base = process.argv[2];
if (!base) {
  console.error("usage: fetch-event-source-client.mjs <base-url>");
  process.exit(2);
}

/**
 * `fetch` that counts the heartbeat comment lines passing through (the client itself never shows them).
 * @param {{pings: number}} seen
 * @returns {typeof fetch}
 */
function countingFetch(seen) {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const decoder = new TextDecoder();
    let tail = "";
    const counter = new TransformStream({
      transform(chunk, controller) {
        const text = tail + decoder.decode(chunk, { stream: true });
        const lines = text.split("\n");
        tail = lines.pop() ?? "";
        seen.pings += lines.filter((line) => line.startsWith(":")).length;
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), { status: response.status, headers: response.headers });
  };
}

/**
 * Run one request to its end through fetchEventSource; never retries (onerror rethrows).
 * @param {string} method
 * @param {Record<string, string>} headers
 * @param {string|undefined} body
 */
async function consume(method, headers, body) {
  const result = { status: 0, messages: 0, empty: 0, invalid: 0, pings: 0, events: [], error: null };
  try {
    await fetchEventSource(`${base}/c`, {
      method,
      headers,
      body,
      openWhenHidden: true,
      fetch: countingFetch(result),
      async onopen(response) {
        result.status = response.status;
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      },
      onmessage(message) {
        result.messages += 1;
        if (message.data === "") {
          result.empty += 1;
          return;
        }
        try {
          result.events.push(JSON.parse(message.data));
        } catch {
          result.invalid += 1;
        }
      },
      onerror(error) {
        throw error; // no automatic re-send: a POST costs tokens
      },
    });
  } catch (error) {
    result.error = String(error);
  }
  return result;
}

/** @param {string} message @param {string|null} sessionId */
function post(message, sessionId) {
  const body = JSON.stringify({ message });
  /** @type {Record<string, string>} */
  const headers = {
    "content-type": "application/json",
    "x-amz-content-sha256": createHash("sha256").update(body, "utf8").digest("hex"),
  };
  if (sessionId) headers["x-session-id"] = sessionId;
  return consume("POST", headers, body);
}

const heartbeats = await post("Think hard [[fault:silence=1.2]]", null);
const sessionId = heartbeats.events[0]?.sessionId ?? null;
const failing = await post("And now? [[fault:midstream]]", sessionId);
const history = sessionId ? await consume("GET", { "x-session-id": sessionId }, undefined) : null;
process.stdout.write(`${JSON.stringify({ heartbeats, failing, history })}\n`);
