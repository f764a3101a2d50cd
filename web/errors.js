// Words a user understands for every way a request can fail, and whether offering Retry makes sense.
// Pure module (tested by Node). Retry is only ever offered, never done automatically: a POST costs tokens.
// The wording comes from the current language's catalog (i18n.js, keys `error.*` and `stream.<code>`).

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

/**
 * Describe an HTTP error returned before the stream started.
 * @param {{status: number, isJson: boolean, code: string|null}} error
 * @returns {Problem}
 */
export function describeHttpError({ status, isJson, code }) {
  if (status === 403 && !isJson) {
    // CloudFront's geo restriction answers 403 with its own (HTML or text) page, never our JSON.
    return problem(t("error.geoBlocked"), false, code);
  }
  if (status === 404 || (status === 400 && code !== null && /session/i.test(code))) {
    // Unknown, expired or malformed session id: nothing was stored; a retry starts a new chat.
    return problem(t("error.expired"), true, code, { resetSession: true });
  }
  if (code === "service_budget_exhausted") {
    // The whole service has spent today's tokens: nothing was stored, the message stays in the box.
    return problem(t("error.serviceBudget"), false, code, { restoreInput: true });
  }
  switch (status) {
    case 400:
      return problem(t("error.invalid"), false, code, { restoreInput: true });
    case 413:
      return problem(t("error.tooLong"), false, code, { restoreInput: true });
    case 415:
    case 405:
      return problem(t("error.notAccepted"), false, code, { restoreInput: true });
    case 429:
      return problem(t("error.usageLimit"), false, code);
    case 403:
      return problem(t("error.refused"), false, code);
    default:
      if (status >= 500) {
        return problem(t("error.unavailable"), true, code);
      }
      return problem(t("error.unexpectedHttp", { status }), false, code);
  }
}

/** The runtime's stream error codes (runtime/chat/errors.py) with their own wording (`stream.<code>`). */
const STREAM_CODES = new Set([
  "model_throttled",
  "model_stream_error",
  "model_unavailable",
  "model_error",
  "pii_detection_unavailable",
  "storage_unavailable",
  "session_busy",
  "token_budget_exhausted",
  "configuration_unavailable",
  "internal_error",
  "tool_rounds_exhausted",
]);

/**
 * The catalog key for a lower-case code the table does not know, guessed from its words.
 * @param {string} key
 * @returns {string}
 */
function guessStreamError(key) {
  if (/thrott|too_?many|rate|quota/.test(key)) return "stream.model_throttled";
  if (/pii|detect|comprehend|privacy|pseudonym/.test(key)) return "stream.pii_detection_unavailable";
  if (/storage|dynamo|database|persist/.test(key)) return "stream.storage_unavailable";
  if (/budget|limit/.test(key)) return "stream.token_budget_exhausted";
  if (/model|bedrock|upstream/.test(key)) return "stream.model_other";
  return "stream.unknown";
}

/**
 * Describe an `{"type":"error"}` event received in the stream. The event's own message is not shown: the
 * wording here is written for users, and the code is shown separately for support.
 * @param {{code?: unknown, retryable?: unknown}} event
 * @returns {Problem}
 */
export function describeStreamError(event) {
  const code = typeof event.code === "string" ? event.code : null;
  const retryable = event.retryable === true;
  const key = (code ?? "").toLowerCase();
  let message = t(STREAM_CODES.has(key) ? `stream.${key}` : guessStreamError(key));
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
