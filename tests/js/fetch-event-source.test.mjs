// The heartbeat format against the line parser of `@microsoft/fetch-event-source` (the npm package, a
// test-only dependency: `npm ci`): a comment with its own blank line reaches its `onmessage` as an empty
// message, the server's heartbeat (a comment line alone, between events) reaches it as nothing at all.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, test } from "node:test";

const require = createRequire(import.meta.url);
let parse = null;
try {
  parse = require("@microsoft/fetch-event-source/lib/cjs/parse.js");
} catch {
  parse = null;
}

/** @param {string} stream @returns {string[]} the data of every message onmessage would get */
function messages(stream) {
  const seen = [];
  const onLine = parse.getMessages(
    () => {},
    () => {},
    (message) => seen.push(message.data),
  );
  const onChunk = parse.getLines(onLine);
  const bytes = new TextEncoder().encode(stream);
  for (let i = 0; i < bytes.length; i += 7) onChunk(bytes.subarray(i, i + 7)); // split anywhere
  return seen;
}

const EVENT_1 = 'id: 1\ndata: {"type":"session","sessionId":"s"}\n\n';
const EVENT_2 = 'id: 2\ndata: {"type":"token","content":"x"}\n\n';

describe("@microsoft/fetch-event-source and heartbeats", { skip: parse === null && "npm ci has not run" }, () => {
  test("a comment followed by its own blank line becomes an empty message (the old heartbeat)", () => {
    assert.deepEqual(messages(`${EVENT_1}: ping\n\n${EVENT_2}`), [
      '{"type":"session","sessionId":"s"}',
      "",
      '{"type":"token","content":"x"}',
    ]);
  });

  test("the server's heartbeat, a comment line without a blank line, is no message and spoils no event", () => {
    assert.deepEqual(messages(`${EVENT_1}: ping\n: ping\n${EVENT_2}: ping\n`), [
      '{"type":"session","sessionId":"s"}',
      '{"type":"token","content":"x"}',
    ]);
  });
});
