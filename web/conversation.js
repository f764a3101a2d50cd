// The conversation log in the DOM: message bubbles, notices, and the assistant answer that fills as tokens
// arrive. Text reaches the DOM only through render.js (textContent) and fixed class names: never innerHTML.

import { formatDateTime, formatList, t } from "./i18n.js";
import { renderMarkdown, renderPlain } from "./render.js";

/**
 * @param {string} tag @param {string} className @param {string} [text]
 * @returns {HTMLElement}
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An element showing the catalog string `key` (no parameters): the language switch redraws it
 * (`data-i18n`, i18n.js applyTranslations).
 * @param {string} tag @param {string} className @param {string} key
 * @returns {HTMLElement}
 */
function label(tag, className, key) {
  const node = el(tag, className, t(key));
  node.dataset.i18n = key;
  return node;
}

/**
 * The small line under an answer: when it was written and, for a live answer, the tokens it used (Intl).
 * @param {HTMLElement} item
 * @param {string} createdAt ISO time, or "" for none
 * @param {{inputTokens?: unknown, outputTokens?: unknown}|null} usage
 */
function appendMeta(item, createdAt, usage) {
  const parts = [];
  const when = createdAt ? formatDateTime(createdAt) : "";
  const meta = el("p", "msg-meta");
  if (when) {
    const time = document.createElement("time");
    time.dateTime = createdAt;
    time.textContent = when;
    meta.appendChild(time);
    parts.push(time);
  }
  const tokens = usage ? Number(usage.inputTokens ?? 0) + Number(usage.outputTokens ?? 0) : 0;
  if (Number.isFinite(tokens) && tokens > 0) {
    if (parts.length > 0) meta.appendChild(document.createTextNode(" · "));
    const count = el("span", "msg-tokens", t("msg.tokens", { count: tokens }));
    count.dataset.count = String(tokens);
    meta.appendChild(count);
    parts.push(meta);
  }
  if (parts.length > 0) item.appendChild(meta);
}

/** The message log (an `<ol role="log">`), its scrolling container and the empty-state text. */
export class Conversation {
  /**
   * @param {HTMLElement} log
   * @param {HTMLElement} scroller
   * @param {HTMLElement} empty
   */
  constructor(log, scroller, empty) {
    this.log = log;
    this.scroller = scroller;
    this.empty = empty;
    this.updateEmptyState();
  }

  /** Whether the view is scrolled (nearly) to the bottom, so new text should keep it there. */
  nearBottom() {
    const s = this.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  /** @param {boolean} stick */
  keepScrolled(stick) {
    if (stick) this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  updateEmptyState() {
    this.empty.hidden = this.log.childElementCount > 0;
  }

  /** Remove every message. */
  clear() {
    this.log.replaceChildren();
    this.updateEmptyState();
  }

  /** @returns {number} */
  get size() {
    return this.log.childElementCount;
  }

  /** @param {boolean} busy while true, screen readers do not read out each added message */
  setBusy(busy) {
    if (busy) this.log.setAttribute("aria-busy", "true");
    else this.log.removeAttribute("aria-busy");
  }

  /**
   * Append a message bubble.
   * @param {"user"|"assistant"|"system"} role
   * @returns {{item: HTMLElement, body: HTMLElement}}
   */
  addBubble(role) {
    const stick = this.nearBottom();
    const item = el("li", `msg msg-${role}`);
    item.dataset.role = role;
    item.appendChild(el("span", "msg-role", `${t(`role.${role}`)}:`));
    const body = el("div", "msg-body");
    item.appendChild(body);
    this.log.appendChild(item);
    this.updateEmptyState();
    this.keepScrolled(stick);
    return { item, body };
  }

  /** Redraw the role labels, times and token counts in the current language (after a language switch). */
  relabel() {
    for (const label of this.log.querySelectorAll(".msg-role")) {
      const role = /** @type {HTMLElement} */ (label.parentElement)?.dataset.role;
      if (role) label.textContent = `${t(`role.${role}`)}:`;
    }
    for (const count of this.log.querySelectorAll(".msg-tokens")) {
      count.textContent = t("msg.tokens", { count: Number(/** @type {HTMLElement} */ (count).dataset.count) });
    }
    for (const time of this.log.querySelectorAll("time")) {
      time.textContent = formatDateTime(/** @type {HTMLTimeElement} */ (time).dateTime);
    }
  }

  /**
   * @param {string} text the user's own text, shown as plain text
   * @param {string} [createdAt] when it was sent (history): shown as the bubble's tooltip
   * @returns {HTMLElement} the bubble
   */
  addUserMessage(text, createdAt) {
    const { item, body } = this.addBubble("user");
    body.appendChild(renderPlain(document, text));
    const when = createdAt ? formatDateTime(createdAt) : "";
    if (when) item.title = when;
    return item;
  }

  /**
   * An answer from the history, shown as sanitized markdown. An answer cut short is marked as such; one that
   * never got any text (e.g. the model was throttled, then Retry answered) is not shown.
   * @param {string} text
   * @param {boolean} [complete]
   * @param {string} [createdAt] ISO time the answer was stored, shown with Intl
   * @returns {HTMLElement|null} the bubble, null when nothing was shown
   */
  addAssistantMessage(text, complete = true, createdAt = "") {
    if (!complete && text.trim() === "") return null;
    const { item, body } = this.addBubble("assistant");
    body.appendChild(renderMarkdown(document, text));
    if (!complete) item.appendChild(label("p", "msg-note", "msg.incomplete"));
    appendMeta(item, createdAt, null);
    return item;
  }

  /**
   * Offer Retry for an answer of the history that did not complete: under that answer, or (when the failed
   * answer was empty and is not shown) as a notice of its own.
   * @param {HTMLElement|null} answer the incomplete answer's bubble, if it is shown
   * @param {() => void} onRetry
   * @returns {HTMLButtonElement}
   */
  offerRetry(answer, onRetry) {
    const host = answer ?? this.addBubble("system").item;
    const box = el("div", "msg-retry");
    box.appendChild(label("p", "", answer ? "msg.restoredFailed" : "msg.restoredUnanswered"));
    const retry = /** @type {HTMLButtonElement} */ (label("button", "btn btn-retry", "msg.retry"));
    retry.type = "button";
    retry.addEventListener("click", () => {
      if (answer) box.remove();
      else host.remove();
      this.updateEmptyState();
      onRetry();
    });
    box.appendChild(retry);
    (answer ? host : /** @type {HTMLElement} */ (host.querySelector(".msg-body"))).appendChild(box);
    return retry;
  }

  /**
   * A notice in the log (e.g. history could not be loaded), optionally with an action button.
   * @param {string} text
   * @param {{label: string, onClick: () => void}} [action]
   * @returns {HTMLElement}
   */
  addNotice(text, action) {
    const { item, body } = this.addBubble("system");
    body.appendChild(el("p", "", text));
    if (action) {
      const button = el("button", "btn btn-secondary", action.label);
      /** @type {HTMLButtonElement} */ (button).type = "button";
      button.addEventListener("click", () => {
        item.remove();
        this.updateEmptyState();
        action.onClick();
      });
      body.appendChild(button);
    }
    return item;
  }

  /** @returns {AnswerView} a new, empty assistant answer showing the typing indicator */
  startAnswer() {
    return new AnswerView(this);
  }
}

/**
 * A tool's name as the page shows it: its catalog label (`tool.<name>`), else the name itself.
 * @param {string} name
 * @returns {string}
 */
export function toolLabel(name) {
  const key = `tool.${name}`;
  const label = t(key);
  return label === key ? name : label;
}

/**
 * Under a restored answer: the tools it used.
 * @param {HTMLElement} item the answer's list item
 * @param {unknown} tools the history event's `tools`
 */
export function noteTools(item, tools) {
  if (!Array.isArray(tools) || tools.length === 0) return;
  const names = tools.filter((n) => typeof n === "string").map(toolLabel);
  item.appendChild(el("p", "msg-note msg-tools", t("msg.toolsUsed", { tools: formatList(names) })));
}

/** An assistant bubble that fills as tokens arrive. */
export class AnswerView {
  /** @param {Conversation} conversation */
  constructor(conversation) {
    this.conversation = conversation;
    const { item, body } = conversation.addBubble("assistant");
    this.item = item;
    this.body = body;
    this.text = "";
    item.classList.add("streaming");
    item.setAttribute("aria-busy", "true"); // screen readers read the answer once, when it is complete
    this.typing = el("div", "typing");
    this.typing.appendChild(el("span", "dot"));
    this.typing.appendChild(el("span", "dot"));
    this.typing.appendChild(el("span", "dot"));
    this.typing.appendChild(el("span", "visually-hidden", t("msg.typing")));
    item.appendChild(this.typing);
    /** @type {Set<string>} tools running now */
    this.tools = new Set();
    /** Whether any tool ran for this answer (it then gets "What the AI received" too). */
    this.usedTools = false;
    /** @type {HTMLElement|null} */
    this.toolStatus = null;
    /** The answer's text when the tool status appeared. */
    this.toolText = "";
  }

  /**
   * A `tool` event (never its input or result): "Using the loan calculator…" from the first tool that starts
   * until the answer goes on (so a quick tool is not a flicker).
   * @param {string} name
   * @param {unknown} status `started`, `done` or `error`
   * @param {string} answer all the answer so far (the status stays until more text comes)
   */
  tool(name, status, answer) {
    if (status !== "started") {
      this.tools.delete(name);
      return;
    }
    this.tools.add(name);
    this.usedTools = true;
    const first = [...this.tools][0];
    const label = toolLabel(first);
    const text = label === first ? t("tool.other", { name: first }) : t("tool.using", { tool: label });
    if (!this.toolStatus) {
      this.toolStatus = el("p", "tool-status");
      this.toolStatus.setAttribute("role", "status");
      this.item.appendChild(this.toolStatus);
    }
    this.toolStatus.textContent = text;
    this.toolText = answer;
  }

  /** @param {string} text all the answer so far */
  show(text) {
    if (text === this.text) return;
    if (this.toolStatus && this.tools.size === 0 && text !== this.toolText) {
      this.toolStatus.remove(); // the answer goes on after the tools
      this.toolStatus = null;
    }
    const stick = this.conversation.nearBottom();
    this.text = text;
    this.typing.remove();
    this.body.replaceChildren(renderMarkdown(document, text));
    this.conversation.keepScrolled(stick);
  }

  /** @private */
  settle() {
    this.typing.remove();
    this.toolStatus?.remove();
    this.toolStatus = null;
    this.item.classList.remove("streaming");
    this.item.removeAttribute("aria-busy");
  }

  /**
   * @param {string} [note] shown under the answer, e.g. "Stopped"
   * @param {{inputTokens?: unknown, outputTokens?: unknown}|null} [usage] the `done` event's token usage
   */
  finish(note, usage = null) {
    this.settle();
    if (note) this.item.appendChild(el("p", "msg-note", note));
    if (!this.text && !note) this.item.remove();
    else appendMeta(this.item, new Date().toISOString(), usage);
    this.conversation.updateEmptyState();
  }

  /**
   * Show a problem; returns the Retry button when one is offered.
   * @param {import("./errors.js").Problem} problem
   * @param {(() => void)|null} onRetry
   * @returns {HTMLButtonElement|null}
   */
  fail(problem, onRetry) {
    this.settle();
    this.item.classList.add("failed");
    if (this.text) this.item.appendChild(label("p", "msg-note", "msg.incomplete"));
    const box = el("div", "msg-error");
    box.setAttribute("role", "alert");
    box.appendChild(el("p", "", problem.message));
    if (problem.code) box.appendChild(el("p", "msg-code", t("msg.errorCode", { code: problem.code })));
    let retry = null;
    if (problem.retryable && onRetry) {
      retry = /** @type {HTMLButtonElement} */ (label("button", "btn btn-retry", "msg.retry"));
      retry.type = "button";
      retry.addEventListener("click", () => {
        box.remove();
        if (!this.text) this.item.remove();
        this.conversation.updateEmptyState();
        onRetry();
      });
      box.appendChild(retry);
    }
    const stick = this.conversation.nearBottom();
    this.item.appendChild(box);
    this.conversation.keepScrolled(stick);
    return retry;
  }
}
