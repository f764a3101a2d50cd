// The page's side of the HTTP contract (see the README): POST /c sends a message and streams the answer as
// SSE, GET /c streams a session's history. Root-relative URLs only, so the page works at the same origin
// locally and behind CloudFront. No DOM here: Node's test runner exercises this module too.

import { eventJson, sseBatches } from "./sse-parser.js";

export const CHAT_PATH = "/c";
export const SESSION_HEADER = "X-Session-Id";
export const CONTENT_SHA256_HEADER = "x-amz-content-sha256";

/** Session ids go into a request header: accept only visible ASCII of a sane length. */
const SESSION_ID = /^[\x21-\x7e]{1,256}$/;

/**
 * Whether a value can be used as a session id.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isValidSessionId(value) {
  return typeof value === "string" && SESSION_ID.test(value);
}

/**
 * Lower-case hex SHA-256 of bytes (CloudFront Origin Access Control signs a POST to a Lambda function URL
 * only when the viewer sends the payload hash in `x-amz-content-sha256`).
 * @param {Uint8Array} bytes
 * @param {SubtleCrypto} [subtle]
 * @returns {Promise<string>}
 */
export async function sha256Hex(bytes, subtle = globalThis.crypto?.subtle) {
  if (!subtle) throw new Error("Web Crypto is unavailable (the page must be served over HTTPS)");
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * Build the exact body bytes and headers of a chat POST (the hash covers exactly the bytes sent).
 * @param {string} message
 * @param {string|null} sessionId
 * @returns {Promise<{body: Uint8Array, headers: Record<string, string>}>}
 */
export async function buildChatRequest(message, sessionId) {
  const body = new TextEncoder().encode(JSON.stringify({ message }));
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Type": "application/json",
    Accept: "text/event-stream",
    [CONTENT_SHA256_HEADER]: await sha256Hex(body),
  };
  if (isValidSessionId(sessionId)) headers[SESSION_HEADER] = sessionId;
  return { body, headers };
}

/**
 * POST a message. Resolves to the Response (status not checked here); rejects on network failure or abort.
 * @param {string} message
 * @param {string|null} sessionId
 * @param {AbortSignal} signal
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<Response>}
 */
export async function postMessage(message, sessionId, signal, fetchImpl = globalThis.fetch) {
  const { body, headers } = await buildChatRequest(message, sessionId);
  return fetchImpl(CHAT_PATH, { method: "POST", headers, body, signal, cache: "no-store" });
}

/**
 * GET a session's history as an event stream.
 * @param {string} sessionId
 * @param {AbortSignal} signal
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<Response>}
 */
export function getHistory(sessionId, signal, fetchImpl = globalThis.fetch) {
  return fetchImpl(CHAT_PATH, {
    method: "GET",
    headers: { [SESSION_HEADER]: sessionId, Accept: "text/event-stream" },
    signal,
    cache: "no-store",
  });
}

/**
 * The `message` events of a session's history (GET /c), in order, read whole: null when the session is unknown
 * (404); rejects when the history cannot be read whole (another failure, not an event stream, an `error` event, or
 * a stream cut before its `done`).
 * @param {string} sessionId
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<Record<string, unknown>[] | null>}
 */
export async function readHistoryMessages(sessionId, fetchImpl = globalThis.fetch) {
  const response = await getHistory(sessionId, new AbortController().signal, fetchImpl);
  if (response.status === 404) return null;
  if (!response.ok || !isEventStream(response) || !response.body) throw new Error(`history: ${response.status}`);
  /** @type {Record<string, unknown>[]} */
  const messages = [];
  for await (const batch of sseBatches(response.body)) {
    for (const event of batch) {
      const data = eventJson(event);
      if (data?.type === "done") return messages;
      if (data?.type === "error") throw new Error("history: the service failed");
      if (data?.type === "message") messages.push(data);
    }
  }
  throw new Error("history: the stream ended early");
}

/**
 * Whether a response is an event stream (anything else on a 200 is not the chat service speaking).
 * @param {Response} response
 * @returns {boolean}
 */
export function isEventStream(response) {
  return (response.headers.get("Content-Type") ?? "").toLowerCase().startsWith("text/event-stream");
}

/**
 * Read a failed response's body: the contract's `{"error":{"code","message"}}` when it is JSON, else null.
 * @param {Response} response
 * @returns {Promise<{status: number, isJson: boolean, code: string|null, message: string|null}>}
 */
export async function readErrorBody(response) {
  const type = (response.headers.get("Content-Type") ?? "").toLowerCase();
  let text = "";
  try {
    text = await response.text();
  } catch {
    text = "";
  }
  let parsed = null;
  if (type.includes("json") || text.trimStart().startsWith("{")) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  const error = parsed && typeof parsed === "object" ? parsed.error : null;
  if (error && typeof error === "object") {
    return {
      status: response.status,
      isJson: true,
      code: typeof error.code === "string" ? error.code : null,
      message: typeof error.message === "string" ? error.message : null,
    };
  }
  return { status: response.status, isJson: false, code: null, message: null };
}
