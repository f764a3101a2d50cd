// A person's rights over their conversation (rights.js): the download read from the history with their own
// values, as JSON and as readable text, and the erasure request. `node --test tests/js/`.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";

import { historyResponse, loadStatic } from "./helpers.mjs";

const rights = await loadStatic("rights.js");

const QUESTION = {
  type: "message",
  role: "user",
  content: "Olá, sou a Ana Silva, IBAN PT50 0002 0123 1234 5678 9015 4",
  sentToModel: "Olá, sou a [NAME_1], IBAN [IBAN_1]",
  createdAt: "2026-12-07T10:00:00.000Z",
  complete: true,
};
const ANSWER = {
  type: "message",
  role: "assistant",
  content: "Olá Ana Silva! A prestação seria 512,34 €.",
  createdAt: "2026-12-07T10:00:05.000Z",
  complete: false,
  tools: ["loan_calculator"],
  unknownField: "not kept",
};

describe("reading the conversation", () => {
  test("every message of the history, with the person's own values and what the model received", async () => {
    const calls = [];
    const fetchImpl = async (url, init) => {
      calls.push({ url, init });
      return historyResponse([{ type: "session", sessionId: "S1" }, QUESTION, ANSWER, { type: "done" }]);
    };
    const messages = await rights.readConversation("S1", fetchImpl);
    assert.equal(calls[0].url, "/c");
    assert.equal(calls[0].init.method, "GET");
    assert.equal(calls[0].init.headers["X-Session-Id"], "S1");
    assert.equal(messages.length, 2);
    assert.equal(messages[0].content, QUESTION.content);
    assert.equal(messages[0].sentToModel, QUESTION.sentToModel);
    assert.deepEqual(messages[1].tools, ["loan_calculator"]);
    assert.equal(messages[1].complete, false);
    assert.equal("type" in messages[1] || "unknownField" in messages[1], false);
  });

  test("a history that cannot be read whole is a failure, never a partial download", async () => {
    const cases = [
      historyResponse([QUESTION]), // no done event: the stream ended early
      historyResponse([QUESTION, { type: "error", code: "storage_unavailable" }]),
      historyResponse([], { status: 404, type: "application/json" }),
      historyResponse([QUESTION, { type: "done" }], { type: "text/html" }),
    ];
    for (const response of cases) {
      await assert.rejects(rights.readConversation("S1", async () => response));
    }
  });
});

describe("the downloaded files", () => {
  const now = new Date("2026-12-07T11:30:00.000Z");
  const messages = [
    { role: "user", content: QUESTION.content, createdAt: QUESTION.createdAt, sentToModel: QUESTION.sentToModel },
    { role: "assistant", content: ANSWER.content, createdAt: ANSWER.createdAt, complete: false },
  ];

  test("the JSON file is versioned, dated and holds every message as read", () => {
    const parsed = JSON.parse(rights.conversationJson(messages, now));
    assert.equal(parsed.format, rights.DOWNLOAD_FORMAT);
    assert.equal(parsed.downloadedAt, now.toISOString());
    assert.deepEqual(parsed.messages, messages);
  });

  test("the text file names each author and time, in the page's words, and marks an incomplete answer", () => {
    const words = {
      title: "Conversa transferida em 07/12/2026",
      user: "Você",
      assistant: "Assistente",
      incomplete: "Resposta incompleta",
      date: (value) => `@${value.slice(11, 16)}`,
    };
    const lines = rights.conversationText(messages, words).split("\n");
    assert.equal(lines[0], words.title);
    assert.equal(lines[2], "Você · @10:00");
    assert.equal(lines[3], QUESTION.content);
    assert.equal(lines[5], "Assistente · @10:00 (Resposta incompleta)");
    assert.equal(lines[6], ANSWER.content);
    assert.ok(!lines.join("\n").includes("[NAME_1]"), "the readable text shows the person's values");
  });

  test("file names carry the day and the kind", () => {
    assert.equal(rights.downloadName(now, "json"), "conversation-2026-12-07.json");
    assert.equal(rights.downloadName(now, "txt"), "conversation-2026-12-07.txt");
  });
});

describe("erasing the conversation", () => {
  test("DELETE /c names the session and signs an empty body", async () => {
    const calls = [];
    const erased = await rights.eraseConversation("S1", async (url, init) => {
      calls.push({ url, init });
      return new Response(null, { status: 204 });
    });
    assert.equal(erased, true);
    assert.equal(calls[0].url, "/c");
    assert.equal(calls[0].init.method, "DELETE");
    assert.equal(calls[0].init.headers["X-Session-Id"], "S1");
    assert.equal(calls[0].init.headers["x-amz-content-sha256"], createHash("sha256").update("").digest("hex"));
  });

  test("only a 204 (or a session already gone) counts as erased; errors and network failures do not", async () => {
    const answer = (status) => async () => new Response(status === 204 ? null : "{}", { status });
    assert.equal(await rights.eraseConversation("S1", answer(404)), true);
    for (const status of [400, 403, 500, 503]) {
      assert.equal(await rights.eraseConversation("S1", answer(status)), false, String(status));
    }
    assert.equal(
      await rights.eraseConversation("S1", async () => {
        throw new TypeError("network");
      }),
      false,
    );
  });
});
