// Words a user understands for every way a request can fail, and whether offering Retry makes sense.
// Pure module (tested by Node). Retry is only ever offered, never done automatically: a POST costs tokens.
// The wording comes from the current language's catalog (i18n.js: `http.<code>` and `stream.<code>` for the
// service's codes, `error.*` for what the edge, the network or the page itself report).

import { ERROR_CODES } from "./facts.js";
import { t } from "./i18n.js";

/**
 * @typedef {{message: string, retryable: boolean, code: string|null, resetSession: boolean,
 *   restoreInput: boolean}} Problem
 */

/**
 * @param {string} message
 * @param {boolean} retryable
 * @param {string|null} code
 * @param {{resetSession?: boolean, restoreInput?: boolean}} [extra]
 * @returns {Problem}
 */
function problem(message, retryable, code, extra = {}) {
  return {
    message,
    retryable,
    code,
    resetSession: extra.resetSession ?? false,
    restoreInput: extra.restoreInput ?? false,
  };
}

/** The service's declared error codes (runtime/errors.py, generated into facts.js), by kind. */
const DECLARED = {
  "pre-stream": new Map(ERROR_CODES.filter((e) => e.kind === "pre-stream").map((e) => [e.code, e])),
  stream: new Map(ERROR_CODES.filter((e) => e.kind === "stream").map((e) => [e.code, e])),
};
/** Codes after which the session id is dropped: the next message starts a new chat. */
const NEW_SESSION = new Set(["missing_session_id", "invalid_session_id", "session_not_found"]);
/** Codes that end the conversation: giving the message back would not help. */
const CONVERSATION_OVER = new Set(["token_budget_exhausted"]);

/**
 * Describe an HTTP error returned before the stream started: a code the service declares has its own
 * wording (`http.<code>`) and retry policy; an answer without one comes from the edge or a proxy.
 * @param {{status: number, isJson: boolean, code: string|null}} error
 * @returns {Problem}
 */
export function describeHttpError({ status, isJson, code }) {
  const declared = isJson && code !== null ? DECLARED["pre-stream"].get(code) : undefined;
  if (declared) {
    const restoreInput = !declared.retryable && !CONVERSATION_OVER.has(declared.code);
    return problem(t(`http.${declared.code}`), declared.retryable, code, {
      resetSession: NEW_SESSION.has(declared.code),
      restoreInput,
    });
  }
  if (status === 403) {
    // CloudFront's geo restriction answers 403 with its own (HTML or text) page, never the service's JSON.
    return problem(t(isJson ? "error.refused" : "error.geoBlocked"), false, code);
  }
  if (status === 413) return problem(t("error.tooLong"), false, code, { restoreInput: true });
  if (status === 429) return problem(t("error.busy"), true, code);
  if (status >= 500) return problem(t("error.unavailable"), true, code);
  return problem(t("error.unexpectedHttp", { status }), false, code);
}

/**
 * Describe an `{"type":"error"}` event received in the stream. The event's own message is not shown: the
 * wording here is written for users (`stream.<code>`), and the code is shown separately for support. A code
 * the page does not know (a newer service) gets the general wording.
 * @param {{code?: unknown, retryable?: unknown}} event
 * @returns {Problem}
 */
export function describeStreamError(event) {
  const code = typeof event.code === "string" ? event.code : null;
  const retryable = event.retryable === true;
  const known = code !== null && DECLARED.stream.has(code);
  let message = t(known ? `stream.${code}` : "stream.unknown");
  if (retryable) message += ` ${t("error.tryAgain")}`;
  return problem(message, retryable, code);
}

/**
 * The network failed (no response at all, or the connection dropped).
 * @returns {Problem}
 */
export function describeNetworkError() {
  return problem(t("error.network"), true, null);
}

/**
 * The stream ended without a final `done` or `error` event.
 * @returns {Problem}
 */
export function describeInterrupted() {
  return problem(t("error.interrupted"), true, null);
}

/**
 * A 200 answer that is not an event stream: something between us and the service answered instead.
 * @returns {Problem}
 */
export function describeUnexpectedResponse() {
  return problem(t("error.unexpectedResponse"), true, null);
}
