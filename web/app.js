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
import { Conversation, noteTools } from "./conversation.js";
import {
  FALLBACK_LANGUAGE,
  LANGUAGE_CODES,
  applyTranslations,
  currentLanguage,
  languageName,
  loadCatalog,
  loadPageConfig,
  pickLanguage,
  setLanguage,
  t,
} from "./i18n.js";
import { ReceivedPanels, fetchStoredMessages } from "./received-view.js";
import { RightsControls } from "./rights-view.js";
import { loadSessionId, storeSessionId } from "./session-id.js";
import { eventJson, sseBatches } from "./sse-parser.js";

const LANGUAGE_KEY = "sovereign-chat.language"; // the user's own choice in the language switch

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
  language: /** @type {HTMLSelectElement} */ (byId("language")),
  status: byId("status"),
};

const conversation = new Conversation(byId("messages"), byId("conversation"), byId("empty-state"));
/** "What the AI received" under each question and each answer that used tools. */
const received = new ReceivedPanels(() => fetchStoredMessages(state.sessionId));

const state = {
  /** @type {string|null} */ sessionId: null,
  busy: false,
  /** @type {AbortController|null} */ controller: null,
  generation: 0, // bumped by "New chat": late callbacks of an older chat do nothing
};

/** Download and delete the conversation (rights-view.js). */
const rights = new RightsControls(
  {
    menu: /** @type {HTMLDetailsElement} */ (byId("download")),
    text: /** @type {HTMLButtonElement} */ (byId("download-text")),
    json: /** @type {HTMLButtonElement} */ (byId("download-json")),
    erase: /** @type {HTMLButtonElement} */ (byId("delete-chat")),
    dialog: /** @type {HTMLDialogElement} */ (byId("delete-confirm")),
  },
  {
    sessionId: () => state.sessionId,
    erased: () => {
      newChat(); // stops an answer still streaming, forgets the stored session id, clears the page
      conversation.addNotice(t("rights.deleted"));
      announce(t("rights.deleted"));
    },
    problem: (text) => {
      conversation.addNotice(text);
      announce(text);
    },
    announce,
  },
);

/** @param {string|null} id the session id (sessionStorage, see session-id.js) */
function saveSessionId(id) {
  state.sessionId = id;
  storeSessionId(id);
  rights.update(id);
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
  const question = isRetry ? null : conversation.addUserMessage(text);
  const view = conversation.startAnswer();
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  announce(t("status.sent"));

  const outcome = await streamAnswer(text, view, controller.signal);
  if (generation !== state.generation) return; // "New chat" was pressed meanwhile
  state.controller = null;
  setBusy(false);
  received.changed();
  if (question) received.question(question, text);

  if (outcome.kind === "done") {
    view.finish(view.text ? undefined : t("msg.emptyAnswer"), outcome.usage);
    announce(t("status.complete"));
    restoreFocus(null);
  } else if (outcome.kind === "stopped") {
    view.finish(t("msg.stopped"));
    announce(t("status.stopped"));
    restoreFocus(null);
  } else {
    const problem = outcome.problem;
    if (problem.resetSession) saveSessionId(null);
    if (problem.restoreInput && els.input.value === "") els.input.value = text;
    const retry = view.fail(problem, () => {
      void sendMessage(text, true);
    });
    announce(t("status.failed"));
    restoreFocus(retry);
  }
  if (view.usedTools && view.item.isConnected) received.answer(view.item, received.questions.at(-1) ?? null);
}

/**
 * @param {string} text
 * @param {import("./conversation.js").AnswerView} view
 * @param {AbortSignal} signal
 * @returns {Promise<{kind: "done", usage: Record<string, unknown>|null} | {kind: "stopped"}
 *   | {kind: "problem", problem: import("./errors.js").Problem}>}
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
      /** @type {{kind: "done", usage: Record<string, unknown>|null}
       *   | {kind: "problem", problem: import("./errors.js").Problem} | null} */
      let end = null;
      for (const event of batch) {
        const data = eventJson(event);
        if (!data) continue;
        if (data.type === "session" && isValidSessionId(data.sessionId)) {
          saveSessionId(data.sessionId);
        } else if (data.type === "token" && typeof data.content === "string") {
          answer += data.content;
        } else if (data.type === "tool" && typeof data.name === "string") {
          view.tool(data.name, data.status, answer);
        } else if (data.type === "done") {
          const usage = data.usage && typeof data.usage === "object" ? /** @type {any} */ (data.usage) : null;
          end = { kind: "done", usage };
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
  announce(t("status.loading"));
  let result = "ok";
  /** The last stored message: an unanswered question or an incomplete answer gets a Retry. */
  let last = { role: "", complete: true, question: "", /** @type {HTMLElement|null} */ answer: null };
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
            const createdAt = typeof data.createdAt === "string" ? data.createdAt : "";
            if (data.role === "user") {
              received.question(conversation.addUserMessage(data.content, createdAt), data.content, data.sentToModel);
              last = { role: "user", complete: true, question: data.content, answer: null };
            } else if (data.role === "assistant") {
              const complete = data.complete !== false;
              const answer = conversation.addAssistantMessage(data.content, complete, createdAt);
              if (answer) noteTools(answer, data.tools);
              if (answer && data.toolCalls) received.answer(answer, received.questions.at(-1) ?? null, data.toolCalls);
              last = { ...last, role: "assistant", complete, answer };
            }
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
    announce(conversation.size > 0 ? t("status.loaded") : "");
    const unanswered = last.role === "user" || (last.role === "assistant" && !last.complete);
    if (unanswered && last.question) {
      const question = last.question;
      conversation.offerRetry(last.role === "assistant" ? last.answer : null, () => {
        void sendMessage(question, true);
      });
    }
    conversation.keepScrolled(true);
  } else if (result === "gone") {
    saveSessionId(null);
    conversation.addNotice(t("history.gone"));
  } else if (result === "blocked") {
    conversation.addNotice(describeHttpError({ status: 403, isJson: false, code: null }).message);
  } else if (result === "failed") {
    conversation.addNotice(t("history.failed"), {
      label: t("history.reload"),
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
  received.clear();
  els.input.value = "";
  announce(t("status.newChat"));
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

// ---------------------------------------------------------------- language

/** @returns {string|null} */
function storedLanguage() {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

let languageRequests = 0;

/**
 * Speak `language` from now on (its catalog loaded first; English stays when it cannot be loaded).
 * @param {string} language
 */
async function useLanguage(language) {
  const request = (languageRequests += 1);
  try {
    await loadCatalog(language);
    if (request === languageRequests) setLanguage(language); // a later switch wins
  } catch {
    // The catalog could not be fetched (offline?): the page keeps the language it speaks.
  }
  applyTranslations(document);
  els.language.value = currentLanguage();
  conversation.relabel();
  received.relabel();
}

/** The languages the page offers (`/page-config.json`), the user's choice or browser's preference, the switch. */
async function initLanguage() {
  const stored = storedLanguage();
  const preferred = stored ? [stored, ...navigator.languages] : [...navigator.languages];
  // The likely catalog is fetched while the page config is read (a narrowed config may still rule it out).
  const early = loadCatalog(pickLanguage(preferred, LANGUAGE_CODES, FALLBACK_LANGUAGE)).catch(() => null);
  const { languages, fallback } = await loadPageConfig();
  await early;
  els.language.replaceChildren(
    ...languages.map((code) => {
      const option = document.createElement("option");
      option.value = code;
      option.lang = code;
      option.textContent = languageName(code);
      return option;
    }),
  );
  els.language.hidden = languages.length < 2;
  await useLanguage(pickLanguage(preferred, languages, fallback));
}

els.language.addEventListener("change", () => {
  const chosen = els.language.value;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, chosen);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  void useLanguage(chosen);
});

state.sessionId = loadSessionId();
rights.update(state.sessionId);
await initLanguage();
setBusy(false);
void loadHistory();
