// The chat page: wires the form, the message log and the streaming answer to the HTTP contract.
// Messages are drawn by conversation.js (textContent only, never innerHTML).

import { getHistory, isEventStream, isValidSessionId, postMessage, readErrorBody } from "./api.js";
import {
  describeHttpError,
  describeInterrupted,
  describeNetworkError,
  describeStreamError,
  describeUnexpectedResponse,
} from "./errors.js";
import { Conversation } from "./conversation.js";
import { eventJson, sseBatches } from "./sse-parser.js";

const SESSION_KEY = "sovereign-chat.sessionId";

/** @param {string} id @returns {HTMLElement} */
function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`chat page: missing #${id}`);
  return el;
}

const els = {
  form: /** @type {HTMLFormElement} */ (byId("composer")),
  input: /** @type {HTMLTextAreaElement} */ (byId("message")),
  send: /** @type {HTMLButtonElement} */ (byId("send")),
  stop: /** @type {HTMLButtonElement} */ (byId("stop")),
  newChat: /** @type {HTMLButtonElement} */ (byId("new-chat")),
  status: byId("status"),
};

const conversation = new Conversation(byId("messages"), byId("conversation"), byId("empty-state"));

const state = {
  /** @type {string|null} */ sessionId: null,
  /** @type {string|null} */ memorySessionId: null, // when sessionStorage is unavailable
  busy: false,
  /** @type {AbortController|null} */ controller: null,
  generation: 0, // bumped by "New chat": late callbacks of an older chat do nothing
};

// ---------------------------------------------------------------- session id (sessionStorage only)

function loadSessionId() {
  try {
    const value = window.sessionStorage.getItem(SESSION_KEY);
    return isValidSessionId(value) ? value : null;
  } catch {
    return state.memorySessionId;
  }
}

/** @param {string|null} id */
function saveSessionId(id) {
  state.sessionId = id;
  state.memorySessionId = id;
  try {
    if (id) window.sessionStorage.setItem(SESSION_KEY, id);
    else window.sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage disabled: the id lives in memory for this page only.
  }
}

// ---------------------------------------------------------------- page state

/** @param {string} text */
function announce(text) {
  els.status.textContent = text;
}

/** @param {boolean} busy @param {boolean} [stoppable] whether Stop is offered (an answer is streaming) */
function setBusy(busy, stoppable = busy) {
  state.busy = busy;
  els.send.disabled = busy;
  els.stop.hidden = !stoppable;
  els.stop.disabled = !stoppable;
  els.form.setAttribute("aria-busy", String(busy));
}

/**
 * Put focus back where the user can go on (the Retry button when one is offered, else the message box),
 * unless they are already somewhere useful, e.g. typing their next message.
 * @param {HTMLElement|null} preferred
 */
function restoreFocus(preferred) {
  const active = document.activeElement;
  const lost =
    !active || active === document.body || active === els.stop || active === els.send || !active.isConnected;
  if (lost) (preferred ?? els.input).focus();
}

/**
 * Send one message and stream its answer. Never re-sends by itself: Retry calls this again on a click.
 * @param {string} text
 * @param {boolean} isRetry
 */
async function sendMessage(text, isRetry) {
  if (state.busy || text.trim() === "") return;
  const generation = state.generation;
  if (!isRetry) conversation.addUserMessage(text);
  const view = conversation.startAnswer();
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  announce("Message sent. The assistant is answering.");

  const outcome = await streamAnswer(text, view, controller.signal);
  if (generation !== state.generation) return; // "New chat" was pressed meanwhile
  state.controller = null;
  setBusy(false);

  if (outcome.kind === "done") {
    view.finish(view.text ? undefined : "The assistant gave an empty answer.");
    announce("The answer is complete.");
    restoreFocus(null);
  } else if (outcome.kind === "stopped") {
    view.finish("Stopped");
    announce("You stopped the answer.");
    restoreFocus(null);
  } else {
    const problem = outcome.problem;
    if (problem.resetSession) saveSessionId(null);
    if (problem.restoreInput && els.input.value === "") els.input.value = text;
    const retry = view.fail(problem, () => {
      void sendMessage(text, true);
    });
    announce("The answer failed.");
    restoreFocus(retry);
  }
}

/**
 * @param {string} text
 * @param {import("./conversation.js").AnswerView} view
 * @param {AbortSignal} signal
 * @returns {Promise<{kind: "done"} | {kind: "stopped"} | {kind: "problem", problem: import("./errors.js").Problem}>}
 */
async function streamAnswer(text, view, signal) {
  let response;
  try {
    response = await postMessage(text, state.sessionId, signal);
  } catch {
    return signal.aborted ? { kind: "stopped" } : { kind: "problem", problem: describeNetworkError() };
  }
  if (!response.ok) {
    return { kind: "problem", problem: describeHttpError(await readErrorBody(response)) };
  }
  if (!isEventStream(response) || !response.body) {
    return { kind: "problem", problem: describeUnexpectedResponse() };
  }
  let answer = "";
  try {
    for await (const batch of sseBatches(response.body)) {
      /** @type {{kind: "done"} | {kind: "problem", problem: import("./errors.js").Problem} | null} */
      let end = null;
      for (const event of batch) {
        const data = eventJson(event);
        if (!data) continue;
        if (data.type === "session" && isValidSessionId(data.sessionId)) {
          saveSessionId(data.sessionId);
        } else if (data.type === "token" && typeof data.content === "string") {
          answer += data.content;
        } else if (data.type === "done") {
          end = { kind: "done" };
        } else if (data.type === "error") {
          end = { kind: "problem", problem: describeStreamError(data) };
        }
        if (end) break;
      }
      view.show(answer); // one repaint per network chunk
      if (end) return end;
    }
  } catch {
    if (signal.aborted) return { kind: "stopped" };
    return { kind: "problem", problem: describeInterrupted() };
  }
  return { kind: "problem", problem: describeInterrupted() };
}

// ---------------------------------------------------------------- history (GET /c)

async function loadHistory() {
  const sessionId = state.sessionId;
  if (!sessionId) return;
  const generation = state.generation;
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true, false);
  conversation.setBusy(true); // do not read out every loaded message
  announce("Loading your conversation.");
  let result = "ok";
  try {
    const response = await getHistory(sessionId, controller.signal);
    if (response.status === 404 || response.status === 400) {
      result = "gone"; // unknown, expired or malformed session id
    } else if (!response.ok || !isEventStream(response) || !response.body) {
      result = response.status === 403 && !(await readErrorBody(response)).isJson ? "blocked" : "failed";
    } else {
      result = "failed"; // until the final done event arrives
      for await (const batch of sseBatches(response.body)) {
        if (generation !== state.generation) break;
        for (const event of batch) {
          const data = eventJson(event);
          if (!data) continue;
          if (data.type === "message" && typeof data.content === "string") {
            if (data.role === "user") conversation.addUserMessage(data.content);
            else if (data.role === "assistant") conversation.addAssistantMessage(data.content, data.complete !== false);
          } else if (data.type === "done") {
            result = "ok";
          } else if (data.type === "error") {
            result = "failed";
          }
        }
      }
    }
  } catch {
    result = controller.signal.aborted ? "aborted" : "failed";
  }
  conversation.setBusy(false);
  if (generation !== state.generation) return;
  state.controller = null;
  setBusy(false);
  if (result === "ok") {
    announce(conversation.size > 0 ? "Your conversation is loaded." : "");
    conversation.keepScrolled(true);
  } else if (result === "gone") {
    saveSessionId(null);
    conversation.addNotice("Your previous conversation is no longer available. Your next message starts a new chat.");
  } else if (result === "blocked") {
    conversation.addNotice(describeHttpError({ status: 403, isJson: false, code: null }).message);
  } else if (result === "failed") {
    conversation.addNotice("Your previous messages could not be loaded.", {
      label: "Load them again",
      onClick: () => {
        conversation.clear();
        void loadHistory();
      },
    });
  }
}

// ---------------------------------------------------------------- wiring

function newChat() {
  state.generation += 1;
  state.controller?.abort();
  state.controller = null;
  setBusy(false);
  saveSessionId(null);
  conversation.clear();
  els.input.value = "";
  announce("New chat started.");
  els.input.focus();
}

function submit() {
  if (state.busy) return;
  const text = els.input.value;
  if (text.trim() === "") {
    els.input.focus();
    return;
  }
  els.input.value = "";
  void sendMessage(text, false);
}

els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  submit();
});

els.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault(); // Enter sends, Shift+Enter inserts a new line
    submit();
  } else if (event.key === "Escape" && state.busy) {
    event.preventDefault();
    state.controller?.abort();
  }
});

els.stop.addEventListener("click", () => {
  state.controller?.abort();
});

els.newChat.addEventListener("click", newChat);

state.sessionId = loadSessionId();
setBusy(false);
void loadHistory();
