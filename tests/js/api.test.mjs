// The page's side of the HTTP contract (api.js): reading a session's history whole. `node --test tests/js/`.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { historyResponse, loadStatic } from "./helpers.mjs";

const api = await loadStatic("api.js");

const MESSAGE = { type: "message", role: "user", content: "Olá", sentToModel: "Olá" };

describe("reading a session's history", () => {
  test("the message events, in order, once the stream is done", async () => {
    const events = [{ type: "session", sessionId: "S1" }, MESSAGE, { ...MESSAGE, content: "2" }, { type: "done" }];
    const messages = await api.readHistoryMessages("S1", async () => historyResponse(events));
    assert.deepEqual(
      messages.map((message) => message.content),
      ["Olá", "2"],
    );
  });

  test("an unknown session is null, not a failure", async () => {
    const response = historyResponse([], { status: 404, type: "application/json" });
    assert.equal(await api.readHistoryMessages("S1", async () => response), null);
  });

  test("a history that cannot be read whole rejects", async () => {
    const cases = [
      historyResponse([MESSAGE]),
      historyResponse([MESSAGE, { type: "error", code: "storage_unavailable" }, { type: "done" }]),
      historyResponse([], { status: 503, type: "application/json" }),
      historyResponse([MESSAGE, { type: "done" }], { type: "text/html" }),
    ];
    for (const response of cases) await assert.rejects(api.readHistoryMessages("S1", async () => response));
  });
});
