// Streaming parser for Server-Sent Events (the WHATWG "event stream" format), fed raw network bytes.
//
// Pure module: no DOM, no globals beyond TextDecoder, so Node's test runner exercises the exact code the page
// runs. Robust to how the network splits the stream: an event, a line, a CRLF pair or a multi-byte UTF-8
// character may be cut anywhere between two chunks (one streaming TextDecoder keeps the partial character).
// Handles LF, CRLF and lone CR line ends, multi-line `data`, comments (`: ping` heartbeats) and `id:`.

/**
 * One dispatched event.
 * @typedef {{type: string, data: string, id: string, retry: (number|null)}} SseEvent
 */

/** Incremental SSE parser: call `push(bytes)` per network chunk and `end()` once the stream is over. */
export class SseParser {
  constructor() {
    /** @private */ this.decoder = new TextDecoder("utf-8"); // one decoder for the whole stream
    /** @private */ this.buffer = ""; // decoded text not yet split into complete lines
    /** @private */ this.skipLeadingLf = false; // the previous chunk ended in CR: a LF starting this one pairs with it
    /** @private */ this.data = [];
    /** @private */ this.eventType = "";
    /** @private */ this.retry = null;
    /** The last event id seen (persists across events, as in EventSource). */
    this.lastEventId = "";
    /** Set once `end()` has run. */
    this.ended = false;
  }

  /**
   * Feed one chunk of bytes (a Uint8Array, or a string already decoded) and get the events it completes.
   * @param {Uint8Array|string} chunk
   * @returns {SseEvent[]}
   */
  push(chunk) {
    if (this.ended) throw new Error("SseParser: push() after end()");
    const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
    return this.consume(text, false);
  }

  /**
   * Signal the end of the stream: flushes the decoder. As in the standard, an event not terminated by a
   * blank line is discarded (a cut connection must not look like a complete event).
   * @returns {SseEvent[]}
   */
  end() {
    if (this.ended) return [];
    const events = this.consume(this.decoder.decode(), true);
    this.ended = true;
    return events;
  }

  /** @private */
  consume(text, final) {
    let input = text;
    if (this.skipLeadingLf && input.length > 0) {
      if (input.charCodeAt(0) === 10) input = input.slice(1);
      this.skipLeadingLf = false;
    }
    const buf = this.buffer + input;
    const events = [];
    let start = 0;
    const n = buf.length;
    for (let i = start; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = buf.slice(start, i);
      if (c === 13) {
        if (i + 1 < n) {
          if (buf.charCodeAt(i + 1) === 10) i++;
        } else {
          this.skipLeadingLf = true; // CR was the last char: a LF may open the next chunk
        }
      }
      start = i + 1;
      const event = this.line(line);
      if (event) events.push(event);
    }
    this.buffer = buf.slice(start);
    if (final) {
      // The standard discards an unterminated event at end of stream, and the unterminated last line with it.
      this.buffer = "";
      this.resetEvent();
    }
    return events;
  }

  /** @private */
  line(line) {
    if (line === "") return this.dispatch();
    if (line.charCodeAt(0) === 58) return null; // ":" comment, e.g. the `: ping` heartbeat
    const colon = line.indexOf(":");
    let field = line;
    let value = "";
    if (colon >= 0) {
      field = line.slice(0, colon);
      value = line.slice(colon + 1);
      if (value.charCodeAt(0) === 32) value = value.slice(1);
    }
    switch (field) {
      case "data":
        this.data.push(value);
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\u0000")) this.lastEventId = value;
        break;
      case "retry":
        if (/^[0-9]+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break; // unknown fields are ignored
    }
    return null;
  }

  /** @private */
  dispatch() {
    if (this.data.length === 0) {
      this.resetEvent();
      return null;
    }
    const event = {
      type: this.eventType || "message",
      data: this.data.join("\n"),
      id: this.lastEventId,
      retry: this.retry,
    };
    this.resetEvent();
    return event;
  }

  /** @private */
  resetEvent() {
    this.data = [];
    this.eventType = "";
    this.retry = null;
  }
}

/**
 * Iterate the events of a byte stream (e.g. `response.body`), one parser, chunk by chunk. Yields arrays:
 * all events completed by one network chunk, so a caller can update the page once per chunk.
 * @param {ReadableStream<Uint8Array>} stream
 * @returns {AsyncGenerator<SseEvent[], void, void>}
 */
export async function* sseBatches(stream) {
  const parser = new SseParser();
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const events = parser.push(value);
      if (events.length > 0) yield events;
    }
    finished = true;
    const rest = parser.end();
    if (rest.length > 0) yield rest;
  } finally {
    // A consumer that stops early (or a read that failed) must not leave the response body open.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * Parse an event's `data` as JSON; returns null when it is not a JSON object.
 * @param {SseEvent} event
 * @returns {Record<string, unknown>|null}
 */
export function eventJson(event) {
  try {
    const value = JSON.parse(event.data);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
