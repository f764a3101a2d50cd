// The "What the AI received" toggle under each question (and under each answer that used tools): the text as
// the AI model received it, placeholders highlighted, a legend of their types, and the placeholder look-alikes the
// user typed marked as typed text (the AI got them in full-width brackets); never a value behind a placeholder.
// Questions restored from the history carry their `sentToModel`; for a question of this page the history is
// read (GET /c) when the toggle is first opened after a turn. Text reaches the DOM through textContent only.

import { readHistoryMessages } from "./api.js";
import { toolLabel } from "./conversation.js";
import { countryName, t } from "./i18n.js";
import {
  alignQuestions,
  inputText,
  placeholderParts,
  placeholderTypes,
  storedMessage,
  toolCallsAfter,
  typeDescription,
  validToolCalls,
} from "./received.js";

/** @typedef {import("./received.js").StoredMessage} StoredMessage */
/** @typedef {import("./received.js").ToolCall} ToolCall */
/** @typedef {{kind: "text", text: string} | {kind: "tools", calls: ToolCall[]} | {kind: "missing"}
 *   | {kind: "failed"}} Received */
/** @typedef {{text: string, sentToModel?: string}} Question */

let panelCount = 0;

/**
 * The stored messages of a session (`GET /c`); rejects when the history cannot be read whole.
 * @param {string|null} sessionId
 * @returns {Promise<StoredMessage[]>}
 */
export async function fetchStoredMessages(sessionId) {
  if (!sessionId) return [];
  // null: never stored (its first message did not reach the model) or expired
  const history = (await readHistoryMessages(sessionId)) ?? [];
  /** @type {StoredMessage[]} */
  const messages = [];
  for (const data of history) {
    const message = storedMessage(data);
    if (message) messages.push(message);
  }
  return messages;
}

/** @param {string} tag @param {string} className @param {string} [text] */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A text with its placeholders as `<mark class="placeholder">` and the look-alikes the user typed as
 * `<span class="typed-lookalike">` (explained in its title: not a placeholder).
 * @param {string} tag @param {string} text
 */
function highlighted(tag, text) {
  const node = el(tag, "received-text");
  for (const part of placeholderParts(text)) {
    if (part.kind === "text") {
      node.appendChild(document.createTextNode(part.text));
    } else if (part.kind === "typed") {
      const typed = el("span", "typed-lookalike", part.text);
      typed.title = t("received.typed", { typed: part.typed });
      node.appendChild(typed);
    } else {
      const mark = el("mark", "placeholder", part.text);
      mark.dataset.type = part.type;
      mark.title = typeDescription(part.type, t, countryName);
      node.appendChild(mark);
    }
  }
  return node;
}

/** What a look-alike the user typed is, when `texts` hold one (nothing otherwise). @param {string[]} texts */
function typedNote(texts) {
  const typed = texts.flatMap((text) => placeholderParts(text)).find((part) => part.kind === "typed");
  return typed && typed.kind === "typed" ? [el("p", "received-typed", t("received.typed", { typed: typed.typed }))] : [];
}

/** The legend of the placeholder types in `texts` (nothing when there are none). @param {string[]} texts */
function legend(texts) {
  const types = placeholderTypes(texts);
  if (types.length === 0) return [];
  const list = el("dl", "received-legend");
  for (const type of types) {
    list.appendChild(el("dt", "", type));
    list.appendChild(el("dd", "", typeDescription(type, t, countryName)));
  }
  return [el("p", "received-legend-title", t("received.legend")), list];
}

/** The panel's content for what was received. @param {Received} received @returns {Node[]} */
function panelContent(received) {
  if (received.kind === "missing") return [el("p", "received-lead", t("received.missing"))];
  if (received.kind === "failed") return [el("p", "received-lead", t("received.failed"))];
  if (received.kind === "text") {
    const replaced = placeholderTypes([received.text]).length > 0;
    const lead = el("p", "received-lead", t(replaced ? "received.lead" : "received.nothingReplaced"));
    return [lead, highlighted("p", received.text), ...typedNote([received.text]), ...legend([received.text])];
  }
  const nodes = [el("p", "received-lead", t("received.toolsLead"))];
  const texts = [];
  for (const call of received.calls) {
    const tool = toolLabel(call.name);
    const input = inputText(call.input);
    texts.push(input);
    nodes.push(el("p", "received-tool", t("received.toolInput", { tool })), highlighted("pre", input));
    if (typeof call.resultSentToModel === "string") {
      texts.push(call.resultSentToModel);
      nodes.push(el("p", "received-tool", t("received.toolResult", { tool })));
      nodes.push(highlighted("pre", call.resultSentToModel));
    }
  }
  return [...nodes, ...legend(texts)];
}

/** The toggles of one conversation and where their text comes from. */
export class ReceivedPanels {
  /** @param {() => Promise<StoredMessage[]>} readHistory the session's stored messages (GET /c) */
  constructor(readHistory) {
    this.readHistory = readHistory;
    /** @type {Question[]} the questions shown, in page order */
    this.questions = [];
    /** @type {Promise<StoredMessage[]>|null} */
    this.history = null;
    /** @type {Set<() => void>} redraws of the panels drawn so far (language switch) */
    this.redraws = new Set();
  }

  /** A new chat: forget every question. */
  clear() {
    this.questions = [];
    this.history = null;
    this.redraws.clear();
  }

  /** A turn ended: the history may have changed. */
  changed() {
    this.history = null;
  }

  /** Redraw the open panels in the current language. */
  relabel() {
    for (const redraw of this.redraws) redraw();
  }

  /**
   * A question bubble (in page order) gets its toggle.
   * @param {HTMLElement} item @param {string} text @param {unknown} [sentToModel] from the history
   * @returns {Question}
   */
  question(item, text, sentToModel) {
    /** @type {Question} */
    const question = { text };
    if (typeof sentToModel === "string") question.sentToModel = sentToModel;
    this.questions.push(question);
    this.addToggle(item, () => this.forQuestion(question));
    return question;
  }

  /**
   * An answer that used tools gets its toggle.
   * @param {HTMLElement} item @param {Question|null} question @param {unknown} [toolCalls] from the history
   */
  answer(item, question, toolCalls) {
    const known = validToolCalls(toolCalls);
    this.addToggle(item, () => this.forAnswer(question, known));
  }

  /** @private @returns {Promise<StoredMessage[]>} */
  stored() {
    if (!this.history) {
      const reading = this.readHistory();
      reading.catch(() => {
        if (this.history === reading) this.history = null; // read again on the next opening
      });
      this.history = reading;
    }
    return this.history;
  }

  /** @private @param {Question|null} question @returns {Promise<{history: StoredMessage[], index: number}>} */
  async locate(question) {
    const history = await this.stored();
    const index = question ? this.questions.indexOf(question) : -1;
    const aligned = alignQuestions(
      this.questions.map((q) => q.text),
      history,
    );
    return { history, index: index < 0 ? -1 : aligned[index] };
  }

  /** @private @param {Question} question @returns {Promise<Received>} */
  async forQuestion(question) {
    if (question.sentToModel !== undefined) return { kind: "text", text: question.sentToModel };
    const { history, index } = await this.locate(question);
    const text = index >= 0 ? history[index].sentToModel : undefined;
    return typeof text === "string" ? { kind: "text", text } : { kind: "missing" };
  }

  /** @private @param {Question|null} question @param {ToolCall[]} known @returns {Promise<Received>} */
  async forAnswer(question, known) {
    if (known.length > 0) return { kind: "tools", calls: known };
    const { history, index } = await this.locate(question);
    const calls = index >= 0 ? toolCallsAfter(history, index) : [];
    return calls.length > 0 ? { kind: "tools", calls } : { kind: "missing" };
  }

  /**
   * The toggle button and its panel, under `item`'s text; what it shows is looked up at each opening.
   * @private @param {HTMLElement} item @param {() => Promise<Received>} lookUp
   */
  addToggle(item, lookUp) {
    panelCount += 1;
    const box = el("div", "received");
    const button = /** @type {HTMLButtonElement} */ (el("button", "received-toggle", t("received.show")));
    button.type = "button";
    button.dataset.i18n = "received.show"; // the language switch relabels it
    button.setAttribute("aria-expanded", "false");
    const panel = el("div", "received-panel");
    panel.id = `received-${panelCount}`;
    panel.hidden = true;
    button.setAttribute("aria-controls", panel.id);
    /** @type {Received|null} */
    let shown = null;
    const draw = () => {
      if (shown) panel.replaceChildren(...panelContent(shown));
    };
    button.addEventListener("click", async () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (!open) return;
      panel.setAttribute("aria-busy", "true");
      panel.replaceChildren(el("p", "received-lead", t("received.loading")));
      shown = await lookUp().catch(() => /** @type {Received} */ ({ kind: "failed" }));
      panel.removeAttribute("aria-busy");
      draw();
      this.redraws.add(draw);
    });
    box.append(button, panel);
    item.appendChild(box);
  }
}
