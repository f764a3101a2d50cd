// The conversation's "Download" menu (readable text or JSON data) and "Delete this conversation" with its
// confirmation dialog (rights.js has the logic). Shown only while the tab has a stored conversation.

import { formatDateTime, t } from "./i18n.js";
import { conversationJson, conversationText, downloadName, eraseConversation, readConversation } from "./rights.js";

/**
 * @typedef {{menu: HTMLDetailsElement, text: HTMLButtonElement, json: HTMLButtonElement,
 *   erase: HTMLButtonElement, dialog: HTMLDialogElement}} RightsElements
 * @typedef {{sessionId: () => string|null, erased: () => void, problem: (text: string) => void,
 *   announce: (text: string) => void}} RightsHooks
 */

/**
 * Save `text` as a file named `name` (a Blob URL clicked once, then released).
 * @param {string} text @param {string} type @param {string} name
 */
function saveFile(text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class RightsControls {
  /** @param {RightsElements} els @param {RightsHooks} hooks */
  constructor(els, hooks) {
    this.els = els;
    this.hooks = hooks;
    els.text.addEventListener("click", () => void this.download("txt"));
    els.json.addEventListener("click", () => void this.download("json"));
    els.erase.addEventListener("click", () => {
      els.menu.open = false;
      els.dialog.returnValue = "";
      els.dialog.showModal();
    });
    els.dialog.addEventListener("close", () => {
      if (els.dialog.returnValue === "delete") void this.erase();
      else els.erase.focus();
    });
  }

  /** Show the controls while there is a conversation to download or delete. @param {string|null} sessionId */
  update(sessionId) {
    this.els.menu.hidden = !sessionId;
    this.els.erase.hidden = !sessionId;
    if (!sessionId) this.els.menu.open = false;
  }

  /** @param {"txt"|"json"} kind */
  async download(kind) {
    const sessionId = this.hooks.sessionId();
    if (!sessionId) return;
    this.els.menu.open = false;
    const now = new Date();
    let messages;
    try {
      messages = await readConversation(sessionId);
    } catch {
      this.hooks.problem(t("rights.downloadFailed"));
      return;
    }
    if (kind === "json") {
      saveFile(conversationJson(messages, now), "application/json", downloadName(now, "json"));
    } else {
      const words = {
        title: t("rights.fileTitle", { date: formatDateTime(now) }),
        user: t("role.user"),
        assistant: t("role.assistant"),
        incomplete: t("msg.incomplete"),
        date: formatDateTime,
      };
      saveFile(conversationText(messages, words), "text/plain;charset=utf-8", downloadName(now, "txt"));
    }
    this.hooks.announce(t("rights.downloaded"));
  }

  async erase() {
    const sessionId = this.hooks.sessionId();
    if (!sessionId) return;
    this.els.erase.disabled = true;
    const erased = await eraseConversation(sessionId);
    this.els.erase.disabled = false;
    if (erased) this.hooks.erased();
    else this.hooks.problem(t("rights.deleteFailed"));
  }
}
