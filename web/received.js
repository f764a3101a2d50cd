// "What the AI received" (pure, no DOM): a text as the model got it split into plain text, placeholders
// (`[NAME_1]`) and the look-alikes the user typed (`［NAME_1］`), the legend of their types, and which stored message of the history (`GET /c`, its
// `sentToModel` and `toolCalls`) belongs to each question shown on the page. Node's test runner covers it.

import { NATIONAL_ID_COUNTRIES, PLACEHOLDER_SOURCE, RECEIVED_SOURCE } from "./facts.js";

/** A placeholder as the service writes it (`[TYPE_N]`, N from 1; facts.js, from the runtime). */
const PLACEHOLDER = new RegExp(`^${PLACEHOLDER_SOURCE}$`);
/** The text the model got, read as the runtime reads it: placeholders, the user's escaped look-alikes, doubled
 * brackets (facts.js). */
const RECEIVED = new RegExp(RECEIVED_SOURCE, "g");

/** @typedef {{kind: "text", text: string} | {kind: "placeholder", text: string, type: string}
 *   | {kind: "typed", text: string, typed: string}} Part */

/**
 * `text` as plain parts, placeholders and look-alikes the user typed (`［NAME_1］` as the model got it, typed
 * `[NAME_1]`: not a placeholder, nothing was put in its place), in order (joined, they are `text` again).
 * @param {string} text
 * @returns {Part[]}
 */
export function placeholderParts(text) {
  /** @type {Part[]} */
  const parts = [];
  let position = 0;
  for (const match of text.matchAll(RECEIVED)) {
    const start = match.index ?? 0;
    const { body, wrapped } = match.groups ?? {};
    if (body === undefined && wrapped === undefined) continue; // a doubled bracket: plain text
    if (start > position) parts.push({ kind: "text", text: text.slice(position, start) });
    if (wrapped !== undefined) {
      parts.push({ kind: "typed", text: match[0], typed: `[${wrapped}]` });
    } else {
      parts.push({ kind: "placeholder", text: match[0], type: PLACEHOLDER.exec(match[0])?.[1] ?? body });
    }
    position = start + match[0].length;
  }
  if (position < text.length) parts.push({ kind: "text", text: text.slice(position) });
  return parts;
}

/**
 * The placeholder types of some texts, each once, in order of first appearance.
 * @param {readonly string[]} texts
 * @returns {string[]}
 */
export function placeholderTypes(texts) {
  const types = new Set();
  for (const text of texts) {
    for (const part of placeholderParts(text)) if (part.kind === "placeholder") types.add(part.type);
  }
  return [...types];
}

/**
 * What a placeholder type stands for, in the page's language: its own catalog entry (`pii.NAME`), else a
 * national identifier of its country (`NIF_PT`, facts.js), else "other personal data". Never a value.
 * @param {string} type
 * @param {(key: string, params?: Record<string, string>) => string} translate i18n.js `t`
 * @param {(code: string) => string} countryName e.g. `PT` -> "Portugal"
 * @returns {string}
 */
export function typeDescription(type, translate, countryName) {
  const key = `pii.${type}`;
  const own = translate(key);
  if (own !== key) return own;
  if (Object.hasOwn(NATIONAL_ID_COUNTRIES, type)) {
    return translate("pii.nationalIdOf", { country: countryName(NATIONAL_ID_COUNTRIES[type]) });
  }
  return translate("pii.other");
}

/**
 * A tool call's input as the page shows it: indented JSON (placeholders stay as the model wrote them).
 * @param {unknown} input
 * @returns {string}
 */
export function inputText(input) {
  try {
    return JSON.stringify(input ?? {}, null, 2) ?? "";
  } catch {
    return String(input);
  }
}

/** @typedef {{role: string, content: string, sentToModel?: string, toolCalls?: ToolCall[]}} StoredMessage */
/** @typedef {{name: string, input?: unknown, resultSentToModel?: string}} ToolCall */

/**
 * For each question shown on the page (its text, in page order), the index of its stored user message in
 * `history` (`GET /c` message events), or -1 when it is not stored (refused before the model was called).
 * Matched from the end on the exact text: a retried question is stored once and shown once.
 * @param {readonly string[]} questions
 * @param {readonly StoredMessage[]} history
 * @returns {number[]}
 */
export function alignQuestions(questions, history) {
  const found = questions.map(() => -1);
  let next = history.length - 1;
  for (let q = questions.length - 1; q >= 0; q -= 1) {
    for (let h = next; h >= 0; h -= 1) {
      if (history[h].role === "user" && history[h].content === questions[q]) {
        found[q] = h;
        next = h - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * The tool calls of the answers that follow the stored user message at `index` (up to the next user message).
 * @param {readonly StoredMessage[]} history
 * @param {number} index
 * @returns {ToolCall[]}
 */
export function toolCallsAfter(history, index) {
  /** @type {ToolCall[]} */
  const calls = [];
  for (let h = index + 1; h < history.length && history[h].role !== "user"; h += 1) {
    calls.push(...validToolCalls(history[h].toolCalls));
  }
  return calls;
}

/**
 * The well-formed entries of a history event's `toolCalls`.
 * @param {unknown} value
 * @returns {ToolCall[]}
 */
export function validToolCalls(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((call) => call && typeof call === "object" && typeof call.name === "string");
}

/**
 * A history `message` event as the alignment needs it, or null when it is not one.
 * @param {Record<string, unknown>} data
 * @returns {StoredMessage|null}
 */
export function storedMessage(data) {
  if (data.type !== "message" || typeof data.role !== "string" || typeof data.content !== "string") return null;
  /** @type {StoredMessage} */
  const message = { role: data.role, content: data.content };
  if (typeof data.sentToModel === "string") message.sentToModel = data.sentToModel;
  const calls = validToolCalls(data.toolCalls);
  if (calls.length > 0) message.toolCalls = calls;
  return message;
}
