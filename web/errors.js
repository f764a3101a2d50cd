// Words a user understands for every way a request can fail, and whether offering Retry makes sense.
// Pure module (tested by Node). Retry is only ever offered, never done automatically: a POST costs tokens.

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
    return problem(
      "Sorry, this chat is not available in your country or region. Access is limited to the locations " +
        "this service is offered in.",
      false,
      code,
    );
  }
  if (status === 404 || (status === 400 && code !== null && /session/i.test(code))) {
    // Unknown, expired or malformed session id: nothing was stored; a retry starts a new chat.
    return problem(
      "This conversation has expired or no longer exists. Retry to send your message in a new chat.",
      true,
      code,
      { resetSession: true },
    );
  }
  switch (status) {
    case 400:
      return problem(
        "The message could not be sent: it was empty or not valid. Please check it and send it again.",
        false,
        code,
        { restoreInput: true },
      );
    case 413:
      return problem("Your message is too long. Please shorten it and send it again.", false, code, {
        restoreInput: true,
      });
    case 415:
    case 405:
      return problem(
        "The page sent the message in a way the service did not accept. Please reload the page and try again.",
        false,
        code,
        { restoreInput: true },
      );
    case 429:
      return problem(
        "This conversation has reached its usage limit. Start a new chat to continue.",
        false,
        code,
      );
    case 403:
      return problem("Access to the chat service was refused.", false, code);
    default:
      if (status >= 500) {
        return problem(
          "The chat service is temporarily unavailable. Please try again in a moment.",
          true,
          code,
        );
      }
      return problem(`The chat service answered with an unexpected error (HTTP ${status}).`, false, code);
  }
}

/** Wording for the runtime's stream error codes (runtime/chat/errors.py); unknown codes fall back on patterns. */
const STREAM_ERRORS = {
  model_throttled: "The AI model is receiving too many requests right now, so the answer stopped.",
  model_stream_error: "The AI model's answer was interrupted.",
  model_unavailable: "The AI model is temporarily unavailable.",
  model_error: "The AI model could not answer this request.",
  pii_detection_unavailable:
    "Your message was not sent to the AI model because the privacy check that protects your personal " +
    "data is unavailable right now.",
  storage_unavailable: "The conversation could not be saved, so the answer stopped.",
  session_busy: "Another message of this conversation was still being answered.",
  token_budget_exhausted: "This conversation has reached its usage limit. Start a new chat to continue.",
  configuration_unavailable: "The chat service is temporarily unavailable.",
  internal_error: "Something went wrong on our side and the answer could not be completed.",
};

/**
 * @param {string} key a lower-case code the table does not know
 * @returns {string}
 */
function guessStreamError(key) {
  if (/thrott|too_?many|rate|quota/.test(key)) return STREAM_ERRORS.model_throttled;
  if (/pii|detect|comprehend|privacy|pseudonym/.test(key)) return STREAM_ERRORS.pii_detection_unavailable;
  if (/storage|dynamo|database|persist/.test(key)) return STREAM_ERRORS.storage_unavailable;
  if (/budget|limit/.test(key)) return STREAM_ERRORS.token_budget_exhausted;
  if (/model|bedrock|upstream/.test(key)) return "The AI model ran into a problem and could not finish the answer.";
  return "Something went wrong and the answer could not be completed.";
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
  let message = Object.hasOwn(STREAM_ERRORS, key) ? STREAM_ERRORS[key] : guessStreamError(key);
  if (retryable) message += " You can try again.";
  return problem(message, retryable, code);
}

/**
 * The network failed (no response at all, or the connection dropped).
 * @returns {Problem}
 */
export function describeNetworkError() {
  return problem(
    "The chat service could not be reached. Check your connection and try again.",
    true,
    null,
  );
}

/**
 * The stream ended without a final `done` or `error` event.
 * @returns {Problem}
 */
export function describeInterrupted() {
  return problem("The connection was interrupted before the answer was complete.", true, null);
}

/**
 * A 200 answer that is not an event stream: something between us and the service answered instead.
 * @returns {Problem}
 */
export function describeUnexpectedResponse() {
  return problem("The chat service sent an unexpected answer. Please try again.", true, null);
}
