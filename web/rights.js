// A person's rights over their conversation (docs/privacy.md): download it (right of access and portability)
// and erase it (right to erasure). Pure: the conversation as the history (GET /c) gives it, turned into a JSON
// document and a readable text with the person's own values; the DELETE request. No DOM here: Node's test
// runner exercises this module; rights-view.js draws the controls.

import { CHAT_PATH, CONTENT_SHA256_HEADER, SESSION_HEADER, readHistoryMessages } from "./api.js";

/** The JSON download's `format`: its layout, versioned. */
export const DOWNLOAD_FORMAT = "sovereign-chat.conversation/1";

/** The fields of a history `message` event that the download keeps, as the service sent them. */
const KEPT = ["role", "content", "createdAt", "complete", "sentToModel", "tools", "toolCalls"];

/**
 * @typedef {{role: string, content: string, createdAt?: string, complete?: boolean, sentToModel?: string,
 *   tools?: unknown, toolCalls?: unknown}} DownloadedMessage
 */

/**
 * The messages of a session as the history stream gives them (the person's own text in `content`).
 * @param {string} sessionId
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<DownloadedMessage[]>} rejects when the history cannot be read whole
 */
export async function readConversation(sessionId, fetchImpl = globalThis.fetch) {
  const history = await readHistoryMessages(sessionId, fetchImpl);
  if (history === null) throw new Error("history: 404");
  /** @type {DownloadedMessage[]} */
  const messages = [];
  for (const data of history) {
    if (typeof data.role !== "string" || typeof data.content !== "string") continue;
    /** @type {Record<string, unknown>} */
    const kept = {};
    for (const field of KEPT) if (data[field] !== undefined) kept[field] = data[field];
    messages.push(/** @type {DownloadedMessage} */ (kept));
  }
  return messages;
}

/**
 * The JSON download: every message with every field the history gave (what the AI model received included).
 * @param {DownloadedMessage[]} messages
 * @param {Date} now
 * @returns {string}
 */
export function conversationJson(messages, now) {
  return JSON.stringify({ format: DOWNLOAD_FORMAT, downloadedAt: now.toISOString(), messages }, null, 2) + "\n";
}

/**
 * The readable download: a heading, then each message under its author and time.
 * @param {DownloadedMessage[]} messages
 * @param {{title: string, user: string, assistant: string, incomplete: string,
 *   date: (value: string) => string}} words the page's words in its language, and its date format
 * @returns {string}
 */
export function conversationText(messages, words) {
  const lines = [words.title, ""];
  for (const message of messages) {
    const who = message.role === "user" ? words.user : words.assistant;
    const when = message.createdAt ? words.date(message.createdAt) : "";
    const note = message.role === "assistant" && message.complete === false ? ` (${words.incomplete})` : "";
    lines.push(`${who}${when ? ` · ${when}` : ""}${note}`, message.content, "");
  }
  return lines.join("\n");
}

/**
 * The download's file name: the day it was downloaded, and its kind.
 * @param {Date} now
 * @param {"json"|"txt"} kind
 * @returns {string}
 */
export function downloadName(now, kind) {
  return `conversation-${now.toISOString().slice(0, 10)}.${kind}`;
}

/** Hex SHA-256 of an empty body (CloudFront's origin access control signs the request with it). */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * Erase the session: `DELETE /c` (204 whether or not it still existed).
 * @param {string} sessionId
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<boolean>} whether the service erased it (or never held it); false on any failure
 */
export async function eraseConversation(sessionId, fetchImpl = globalThis.fetch) {
  try {
    const response = await fetchImpl(CHAT_PATH, {
      method: "DELETE",
      headers: { [SESSION_HEADER]: sessionId, [CONTENT_SHA256_HEADER]: EMPTY_SHA256 },
      cache: "no-store",
    });
    return response.status === 204 || response.status === 404;
  } catch {
    return false;
  }
}
