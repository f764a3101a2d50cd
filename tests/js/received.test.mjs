// "What the AI received" (received.js): placeholders found and typed, the legend in every language, and each
// question of the page matched to its stored message of the history.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { loadStatic } from "./helpers.mjs";

const received = await loadStatic("received.js");
const i18n = await loadStatic("i18n.js");

const SENT = "Olá, sou a [NAME_1] e o meu IBAN é [IBAN_1]; a [NAME_1] paga [NIF_PT_2].";
const region = (code) => new Intl.DisplayNames(["en"], { type: "region" }).of(code);

describe("placeholders", () => {
  test("a text splits into plain parts and placeholders that join back into it", () => {
    const parts = received.placeholderParts(SENT);
    assert.equal(parts.map((p) => p.text).join(""), SENT);
    assert.deepEqual(
      parts.filter((p) => p.kind === "placeholder").map((p) => [p.text, p.type]),
      [["[NAME_1]", "NAME"], ["[IBAN_1]", "IBAN"], ["[NAME_1]", "NAME"], ["[NIF_PT_2]", "NIF_PT"]],
    );
  });

  test("what is not a placeholder stays plain text", () => {
    for (const text of ["[name_1]", "[NAME_0]", "[NAME]", "[NAME_1", "NAME_1]", "[[fault:x]]", ""]) {
      assert.ok(received.placeholderParts(text).every((p) => p.kind === "text"), text);
    }
    assert.deepEqual(received.placeholderParts("[[NAME_1]]").map((p) => p.text), ["[", "[NAME_1]", "]"]);
  });

  test("a look-alike the user typed (escaped in full-width brackets) is typed text, not a placeholder", () => {
    const sent = "Quem é \uff3bNAME_1\uff3d? E [NAME_1]? \uff3b\uff3b\uff3d\uff3d";
    const parts = received.placeholderParts(sent);
    assert.equal(parts.map((p) => p.text).join(""), sent);
    assert.deepEqual(
      parts.filter((p) => p.kind !== "text").map((p) => [p.kind, p.text, p.kind === "typed" ? p.typed : p.type]),
      [["typed", "\uff3bNAME_1\uff3d", "[NAME_1]"], ["placeholder", "[NAME_1]", "NAME"]],
    );
    assert.deepEqual(received.placeholderTypes([sent]), ["NAME"]);
    // A doubled full-width bracket is a bracket the user typed: with what it encloses, plain text.
    const doubled = received.placeholderParts("\uff3b\uff3bNAME_1\uff3d\uff3d");
    assert.ok(doubled.every((p) => p.kind === "text"), JSON.stringify(doubled));
  });

  test("the legend lists each type once, in order of first appearance", () => {
    assert.deepEqual(received.placeholderTypes([SENT, '{"iban": "[IBAN_2]", "mail": "[EMAIL_1]"}']), [
      "NAME",
      "IBAN",
      "NIF_PT",
      "EMAIL",
    ]);
    assert.deepEqual(received.placeholderTypes(["nothing here"]), []);
  });

  test("every type is described in every language, national ids with their country, others generically", async () => {
    for (const code of i18n.LANGUAGE_CODES) {
      const catalog = await i18n.loadCatalog(code);
      i18n.setLanguage(code);
      const countries = (c) => new Intl.DisplayNames([code], { type: "region" }).of(c);
      assert.equal(received.typeDescription("NAME", i18n.t, countries), catalog["pii.NAME"]);
      for (const [type, country] of [["NIF_PT", "PT"], ["PESEL_PL", "PL"], ["AMKA_GR", "GR"]]) {
        const text = received.typeDescription(type, i18n.t, countries);
        assert.ok(text.includes(countries(country)), `${code}: ${text}`);
      }
      assert.equal(received.typeDescription("WHATEVER_TYPE", i18n.t, countries), catalog["pii.other"]);
    }
    i18n.setLanguage("en");
    assert.equal(received.typeDescription("IBAN", i18n.t, region), "a bank account number (IBAN)");
    assert.equal(received.typeDescription("AHV_CH", i18n.t, region), "a national ID, tax or social-security number (Switzerland)");
    // Only the runtime's national identifiers (facts.js) name a country; a two-letter ending alone does not.
    assert.equal(received.typeDescription("PII_XX", i18n.t, region), "other personal data");
    assert.equal(received.typeDescription("SOMETHING_PT", i18n.t, region), "other personal data");
  });

  test("a tool input is shown as indented JSON with its placeholders as written", () => {
    const text = received.inputText({ iban: "[IBAN_1]", amount: 150000 });
    assert.equal(text, '{\n  "iban": "[IBAN_1]",\n  "amount": 150000\n}');
    assert.deepEqual(received.placeholderTypes([text]), ["IBAN"]);
  });
});

describe("matching the page's questions to the history", () => {
  const user = (content, sentToModel) => ({ role: "user", content, sentToModel });
  const answer = (toolCalls) => (toolCalls ? { role: "assistant", content: "a", toolCalls } : { role: "assistant", content: "a" });

  test("each question finds its stored message; one refused before the model (not stored) finds none", () => {
    const history = [user("Olá Ana", "Olá [NAME_1]"), answer(), user("e agora?", "e agora?"), answer()];
    const aligned = received.alignQuestions(["Olá Ana", "refused [[comprehend:down]]", "e agora?"], history);
    assert.deepEqual(aligned, [0, -1, 2]);
  });

  test("the same text asked twice matches each stored copy, latest last; a retried question is stored once", () => {
    const history = [user("ok", "ok"), answer(), user("ok", "ok"), answer(), answer()];
    assert.deepEqual(received.alignQuestions(["ok", "ok"], history), [0, 2]);
    assert.deepEqual(received.alignQuestions(["ok"], history), [2]);
    assert.deepEqual(received.alignQuestions(["ok", "ok", "ok"], history), [-1, 0, 2]);
  });

  test("an answer's tool calls are those stored after its question, up to the next question", () => {
    const call = (name) => ({ name, input: { iban: "[IBAN_1]" }, resultSentToModel: "[ADDRESS_1]" });
    const history = [user("q1"), answer([call("a")]), answer([call("b")]), user("q2"), answer([call("c")])];
    assert.deepEqual(received.toolCallsAfter(history, 0).map((c) => c.name), ["a", "b"]);
    assert.deepEqual(received.toolCallsAfter(history, 3).map((c) => c.name), ["c"]);
    assert.deepEqual(received.toolCallsAfter([user("q")], 0), []);
  });

  test("history events become stored messages; malformed ones and malformed tool calls are dropped", () => {
    const event = { type: "message", role: "user", content: "Olá Ana", sentToModel: "Olá [NAME_1]", createdAt: "t" };
    assert.deepEqual(received.storedMessage(event), { role: "user", content: "Olá Ana", sentToModel: "Olá [NAME_1]" });
    assert.equal(received.storedMessage({ type: "done" }), null);
    assert.equal(received.storedMessage({ type: "message", role: "user" }), null);
    const tools = { type: "message", role: "assistant", content: "x", toolCalls: [{ name: "calc" }, null, { input: 1 }] };
    assert.deepEqual(received.storedMessage(tools), { role: "assistant", content: "x", toolCalls: [{ name: "calc" }] });
  });
});
