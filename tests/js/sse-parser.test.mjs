// Unit tests of the page's streaming SSE parser (web/sse-parser.js): `node --test tests/js/`.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { loadStatic, seededRandom } from "./helpers.mjs";

const { SseParser, sseBatches, eventJson } = await loadStatic("sse-parser.js");

const enc = new TextEncoder();

/** Parse a list of byte chunks with one parser; returns the events and the final lastEventId. */
function parseChunks(chunks) {
  const parser = new SseParser();
  const events = [];
  for (const chunk of chunks) events.push(...parser.push(chunk));
  events.push(...parser.end());
  return { events, lastEventId: parser.lastEventId };
}

/** Split bytes at the given sorted offsets. */
function splitAt(bytes, offsets) {
  const chunks = [];
  let start = 0;
  for (const offset of offsets) {
    chunks.push(bytes.subarray(start, offset));
    start = offset;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

// A representative stream: every line-end style, comments/heartbeats, multi-line data, multi-byte UTF-8
// (2, 3 and 4 bytes, an emoji with a modifier), an `event:` and a `retry:` field, ids and a field without
// the optional space.
const STREAM = [
  "id: 1\r\n",
  'data: {"type":"session","sessionId":"s-123"}\r\n',
  "\r\n",
  ": ping\n",
  "\n",
  "id: 2\n",
  'data: {"type":"token","content":"Olá João, €5 𝄞 👋🏽 日本"}\n',
  "\n",
  "id: 3\r",
  "data: line one\r",
  "data: line two\r",
  "\r",
  ":heartbeat without space\r\n",
  "event: custom\n",
  "data:no-space\n",
  "data:  two spaces\n",
  "retry: 1500\n",
  "\n",
  "id: 4\r\n",
  'data: {"type":"done",\r\n',
  'data: "stopReason":"end_turn"}\r\n',
  "\r\n",
].join("");

const EXPECTED = [
  { type: "message", data: '{"type":"session","sessionId":"s-123"}', id: "1", retry: null },
  { type: "message", data: '{"type":"token","content":"Olá João, €5 𝄞 👋🏽 日本"}', id: "2", retry: null },
  { type: "message", data: "line one\nline two", id: "3", retry: null },
  { type: "custom", data: "no-space\n two spaces", id: "3", retry: 1500 },
  { type: "message", data: '{"type":"done",\n"stopReason":"end_turn"}', id: "4", retry: null },
];

const BYTES = enc.encode(STREAM);

describe("SseParser on a representative stream", () => {
  test("the stream really contains multi-byte characters and every line-end style", () => {
    assert.ok(BYTES.length > STREAM.length, "multi-byte UTF-8 present");
    assert.ok(STREAM.includes("\r\n") && STREAM.includes("\r") && /[^\r]\n/.test(STREAM));
  });

  test("one chunk", () => {
    const { events, lastEventId } = parseChunks([BYTES]);
    assert.deepEqual(events, EXPECTED);
    assert.equal(lastEventId, "4");
  });

  test("split into two chunks at every byte offset", () => {
    for (let k = 0; k <= BYTES.length; k++) {
      const { events, lastEventId } = parseChunks(splitAt(BYTES, [k]));
      assert.deepEqual(events, EXPECTED, `split at byte ${k}`);
      assert.equal(lastEventId, "4", `split at byte ${k}`);
    }
  });

  test("split into three chunks at every pair of byte offsets", () => {
    for (let i = 0; i <= BYTES.length; i++) {
      for (let j = i; j <= BYTES.length; j++) {
        const { events } = parseChunks(splitAt(BYTES, [i, j]));
        assert.deepEqual(events, EXPECTED, `split at bytes ${i} and ${j}`);
      }
    }
  });

  test("one byte per chunk", () => {
    const chunks = Array.from(BYTES, (_, i) => BYTES.subarray(i, i + 1));
    assert.deepEqual(parseChunks(chunks).events, EXPECTED);
  });

  test("random chunkings (seeded)", () => {
    const random = seededRandom(20240501);
    for (let round = 0; round < 500; round++) {
      const offsets = [];
      for (let k = 1; k < BYTES.length; k++) if (random() < 0.1) offsets.push(k);
      assert.deepEqual(parseChunks(splitAt(BYTES, offsets)).events, EXPECTED, `offsets ${offsets}`);
    }
  });

  test("events are returned by the chunk that completes them, not earlier", () => {
    const parser = new SseParser();
    const cut = STREAM.indexOf("\r\n\r\n") + 3; // before the final LF of the first event's blank line
    assert.deepEqual(parser.push(BYTES.subarray(0, cut)), [EXPECTED[0]]);
    const rest = parser.push(BYTES.subarray(cut));
    assert.deepEqual(rest, EXPECTED.slice(1));
  });
});

describe("SseParser edge cases", () => {
  test("a CRLF split between chunks is one line end, not two", () => {
    const { events } = parseChunks([enc.encode("data: a\r"), enc.encode("\ndata: b\r\n\r\n")]);
    assert.deepEqual(
      events.map((e) => e.data),
      ["a\nb"],
    );
  });

  test("CR CR is a line end followed by a blank line", () => {
    const { events } = parseChunks([enc.encode("data: a\r\rdata: b\r\r")]);
    assert.deepEqual(
      events.map((e) => e.data),
      ["a", "b"],
    );
  });

  test("a 4-byte character split at each of its bytes decodes once, intact", () => {
    const bytes = enc.encode("data: 🙂\n\n");
    for (let k = 6; k <= 10; k++) {
      assert.deepEqual(
        parseChunks(splitAt(bytes, [k])).events.map((e) => e.data),
        ["🙂"],
      );
    }
  });

  test("heartbeat comment lines without their own blank line leave the next event intact", () => {
    // The server's heartbeat: `: ping\n` between events, no blank line of its own.
    const stream = 'id: 1\ndata: {"a":1}\n\n: ping\n: ping\nid: 2\ndata: {"b":2}\n\n: ping\n';
    const { events } = parseChunks([enc.encode(stream)]);
    assert.deepEqual(
      events.map((e) => [e.id, e.data]),
      [
        ["1", '{"a":1}'],
        ["2", '{"b":2}'],
      ],
    );
    for (let k = 1; k < stream.length; k++) {
      assert.deepEqual(
        parseChunks(splitAt(enc.encode(stream), [k])).events.map((e) => e.data),
        ['{"a":1}', '{"b":2}'],
      );
    }
  });

  test("comments and blank lines alone dispatch nothing", () => {
    assert.deepEqual(parseChunks([enc.encode(": ping\n\n:\n\n\n\r\n")]).events, []);
  });

  test("an empty data field dispatches an empty string; a field without colon is a field name", () => {
    const { events } = parseChunks([enc.encode("data:\n\ndata\ndata\n\n")]);
    assert.deepEqual(
      events.map((e) => e.data),
      ["", "\n"],
    );
  });

  test("only one leading space of the value is removed", () => {
    const { events } = parseChunks([enc.encode("data:   x \n\n")]);
    assert.equal(events[0].data, "  x ");
  });

  test("fields other than data alone do not dispatch, but id is remembered", () => {
    const parser = new SseParser();
    assert.deepEqual(parser.push(enc.encode("id: 7\nevent: x\n\n")), []);
    assert.equal(parser.lastEventId, "7");
    const [event] = parser.push(enc.encode("data: y\n\n"));
    assert.deepEqual(event, { type: "message", data: "y", id: "7", retry: null });
  });

  test("an id containing NUL is ignored; an empty id resets", () => {
    const parser = new SseParser();
    parser.push(enc.encode("id: 5\ndata: a\n\nid: 6\u00007\ndata: b\n\n"));
    assert.equal(parser.lastEventId, "5");
    const [event] = parser.push(enc.encode("id\ndata: c\n\n"));
    assert.equal(event.id, "");
  });

  test("a non-numeric retry is ignored", () => {
    const [event] = parseChunks([enc.encode("retry: 10s\ndata: a\n\n")]).events;
    assert.equal(event.retry, null);
  });

  test("unknown fields are ignored", () => {
    const [event] = parseChunks([enc.encode("foo: bar\ndata: a\n\n")]).events;
    assert.deepEqual(event, { type: "message", data: "a", id: "", retry: null });
  });

  test("an unterminated event at the end of the stream is discarded", () => {
    assert.deepEqual(parseChunks([enc.encode("data: a\n\ndata: partial\n")]).events.length, 1);
    assert.deepEqual(parseChunks([enc.encode("data: a\n\ndata: partial")]).events.length, 1);
  });

  test("a UTF-8 byte order mark is stripped, even when split", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode("data: a\n\n")]);
    for (let k = 0; k <= 3; k++) {
      assert.deepEqual(
        parseChunks(splitAt(bytes, [k])).events.map((e) => e.data),
        ["a"],
      );
    }
  });

  test("invalid UTF-8 becomes U+FFFD instead of throwing", () => {
    const bytes = new Uint8Array([...enc.encode("data: a"), 0xff, ...enc.encode("b\n\n")]);
    assert.equal(parseChunks([bytes]).events[0].data, "a\uFFFDb");
  });

  test("a truncated multi-byte character at the end of the stream does not throw", () => {
    const bytes = enc.encode("data: ok\n\ndata: €");
    const { events } = parseChunks([bytes.subarray(0, bytes.length - 1)]);
    assert.deepEqual(
      events.map((e) => e.data),
      ["ok"],
    );
  });

  test("empty chunks are harmless", () => {
    const { events } = parseChunks([new Uint8Array(0), enc.encode("data: a\n"), new Uint8Array(0), enc.encode("\n")]);
    assert.equal(events.length, 1);
  });

  test("push after end throws; end twice is a no-op", () => {
    const parser = new SseParser();
    parser.end();
    assert.deepEqual(parser.end(), []);
    assert.throws(() => parser.push(enc.encode("data: a\n\n")));
  });

  test("many events in one chunk all come back, in order", () => {
    const text = Array.from({ length: 200 }, (_, i) => `id: ${i}\ndata: ${i}\n\n`).join("");
    const { events, lastEventId } = parseChunks([enc.encode(text)]);
    assert.deepEqual(
      events.map((e) => Number(e.data)),
      Array.from({ length: 200 }, (_, i) => i),
    );
    assert.equal(lastEventId, "199");
  });
});

/** A ReadableStream of the given chunks that records whether it was cancelled. */
function streamOf(chunks) {
  const record = { cancelled: false };
  let index = 0;
  const stream = new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      else controller.close();
    },
    cancel() {
      record.cancelled = true;
    },
  });
  return { stream, record };
}

describe("sseBatches over a ReadableStream", () => {
  test("yields the events of each chunk as one batch", async () => {
    const cut = STREAM.indexOf("id: 3");
    const bytesCut = enc.encode(STREAM.slice(0, cut)).length;
    const { stream } = streamOf([BYTES.subarray(0, bytesCut), BYTES.subarray(bytesCut)]);
    const batches = [];
    for await (const batch of sseBatches(stream)) batches.push(batch);
    assert.deepEqual(batches, [EXPECTED.slice(0, 2), EXPECTED.slice(2)]);
  });

  test("a consumer that stops early cancels the stream", async () => {
    const { stream, record } = streamOf([enc.encode("data: a\n\n"), enc.encode("data: b\n\n")]);
    for await (const batch of sseBatches(stream)) {
      assert.equal(batch[0].data, "a");
      break;
    }
    assert.equal(record.cancelled, true);
  });

  test("a stream that errors propagates the error", async () => {
    let pulls = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(enc.encode("data: a\n\n"));
        else controller.error(new Error("connection reset"));
      },
    });
    const seen = [];
    await assert.rejects(async () => {
      for await (const batch of sseBatches(stream)) seen.push(...batch);
    }, /connection reset/);
    assert.deepEqual(
      seen.map((e) => e.data),
      ["a"],
    );
  });
});

describe("eventJson", () => {
  test("parses JSON objects only", () => {
    const wrap = (data) => ({ type: "message", data, id: "", retry: null });
    assert.deepEqual(eventJson(wrap('{"type":"token","content":"x"}')), { type: "token", content: "x" });
    assert.equal(eventJson(wrap("not json")), null);
    assert.equal(eventJson(wrap("[1,2]")), null);
    assert.equal(eventJson(wrap("null")), null);
    assert.equal(eventJson(wrap('"str"')), null);
  });
});
