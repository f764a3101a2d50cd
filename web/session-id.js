// The session id of the current chat, kept in sessionStorage (this tab only), or in memory when storage is
// disabled. Only ids the HTTP contract accepts are ever read back.

import { isValidSessionId } from "./api.js";

const SESSION_KEY = "sovereign-chat.sessionId";

/** @type {string|null} the id when sessionStorage is unavailable */
let memory = null;

/** @returns {string|null} the stored session id, if any (and valid) */
export function loadSessionId() {
  try {
    const value = window.sessionStorage.getItem(SESSION_KEY);
    return isValidSessionId(value) ? value : null;
  } catch {
    return memory;
  }
}

/** @param {string|null} id the new session id, or null to forget it */
export function storeSessionId(id) {
  memory = id;
  try {
    if (id) window.sessionStorage.setItem(SESSION_KEY, id);
    else window.sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage disabled: the id lives in memory for this page only.
  }
}
