// The page's languages (i18n.js): complete catalogs, the language picked from the browser's preferences
// among the stack's, strings with their placeholders filled, numbers and dates with Intl, the page config.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { loadStatic } from "./helpers.mjs";

const i18n = await loadStatic("i18n.js");
const errors = await loadStatic("errors.js");
const REQUIRED = ["en", "pt", "es", "fr", "de", "it"];

/** @param {string} text */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogs", () => {
  test("the market languages all have a catalog", () => {
    for (const code of REQUIRED) assert.ok(Object.hasOwn(i18n.CATALOGS, code), code);
  });

  test("every catalog has exactly the English keys, the same placeholders, and no empty string", () => {
    const keys = Object.keys(i18n.CATALOGS.en).sort();
    for (const [code, catalog] of Object.entries(i18n.CATALOGS)) {
      assert.deepEqual(Object.keys(catalog).sort(), keys, code);
      for (const key of keys) {
        assert.ok(catalog[key].trim().length > 0, `${code} ${key}`);
        assert.deepEqual(placeholders(catalog[key]), placeholders(i18n.CATALOGS.en[key]), `${code} ${key}`);
      }
    }
  });

  test("translations are translated: most strings differ from English", () => {
    for (const code of REQUIRED.filter((c) => c !== "en")) {
      const catalog = i18n.CATALOGS[code];
      const same = Object.keys(catalog).filter((k) => catalog[k] === i18n.CATALOGS.en[k]);
      assert.ok(same.length <= 4, `${code} keeps English for ${same.join(", ")}`);
    }
  });

  test("every data-i18n key of index.html and every t() key of the scripts exists", () => {
    const web = new URL("../../web/", import.meta.url);
    const html = readFileSync(new URL("index.html", web), "utf8");
    const used = [...html.matchAll(/data-i18n(?:-[\w-]+)?="([^"]+)"/g)].map((m) => m[1]);
    for (const file of ["app.js", "conversation.js", "errors.js", "received-view.js"]) {
      const text = readFileSync(new URL(file, web), "utf8");
      used.push(...[...text.matchAll(/\bt\("([\w.]+)"/g)].map((m) => m[1]));
    }
    assert.ok(used.length > 30, String(used.length));
    for (const key of used) assert.ok(Object.hasOwn(i18n.CATALOGS.en, key), key);
  });
});

describe("choosing the language", () => {
  test("the stack's languages keep their order, unknown ones are dropped, English when none is left", () => {
    assert.deepEqual(i18n.availableLanguages(["pt", "en"]), ["pt", "en"]);
    assert.deepEqual(i18n.availableLanguages(["PT-pt", "xx", "pt", 3, "de"]), ["pt", "de"]);
    assert.deepEqual(i18n.availableLanguages(["xx"]), ["en"]);
    assert.deepEqual(i18n.availableLanguages(undefined), ["en"]);
  });

  test("the first browser preference the stack offers wins, matched on the primary subtag", () => {
    assert.equal(i18n.pickLanguage(["pt-BR", "en-US"], ["en", "pt"]), "pt");
    assert.equal(i18n.pickLanguage(["ja", "de-AT", "en"], ["pt", "en", "de"]), "de");
  });

  test("without a match the stack's first language is the default", () => {
    assert.equal(i18n.pickLanguage(["ja-JP"], ["pt", "en"]), "pt");
    assert.equal(i18n.pickLanguage([], ["es", "en"]), "es");
  });

  test("loadPageConfig reads /page-config.json and falls back to English", async () => {
    const seen = [];
    const ok = await i18n.loadPageConfig(async (url) => {
      seen.push(url);
      return new Response(JSON.stringify({ languages: ["pt", "en"] }), { status: 200 });
    });
    assert.deepEqual(ok, ["pt", "en"]);
    assert.deepEqual(seen, ["/page-config.json"]);
    assert.deepEqual(await i18n.loadPageConfig(async () => new Response("", { status: 404 })), ["en"]);
    assert.deepEqual(await i18n.loadPageConfig(async () => new Response("<html>", { status: 200 })), ["en"]);
    assert.deepEqual(
      await i18n.loadPageConfig(async () => {
        throw new TypeError("offline");
      }),
      ["en"],
    );
  });
});

describe("strings, numbers and dates in the current language", () => {
  test("t fills placeholders and follows setLanguage; unknown languages are refused", () => {
    try {
      assert.equal(i18n.setLanguage("pt"), true);
      assert.equal(i18n.currentLanguage(), "pt");
      assert.equal(i18n.t("msg.errorCode", { code: "model_error" }), "Código de erro: model_error");
      assert.equal(i18n.t("page.send"), "Enviar");
      assert.equal(i18n.setLanguage("xx"), false);
      assert.equal(i18n.currentLanguage(), "pt");
      assert.equal(i18n.t("no.such.key"), "no.such.key");
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("error wording follows the language", () => {
    try {
      i18n.setLanguage("de");
      const p = errors.describeStreamError({ code: "model_throttled", retryable: true });
      assert.equal(p.message, `${i18n.CATALOGS.de["stream.model_throttled"]} ${i18n.CATALOGS.de["error.tryAgain"]}`);
      assert.match(errors.describeHttpError({ status: 502, isJson: true, code: null }).message, /nicht verfügbar/);
      assert.match(errors.describeHttpError({ status: 418, isJson: true, code: null }).message, /HTTP 418/);
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("numbers and dates use Intl in the current language", () => {
    try {
      i18n.setLanguage("en");
      assert.equal(i18n.formatNumber(1234567), "1,234,567");
      i18n.setLanguage("de");
      assert.equal(i18n.formatNumber(1234567), "1.234.567");
      const when = "2025-03-04T05:06:00Z";
      const expected = new Intl.DateTimeFormat("de", { dateStyle: "short", timeStyle: "short" });
      assert.equal(i18n.formatDateTime(when), expected.format(new Date(when)));
      assert.equal(i18n.formatDateTime("not a date"), "");
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("each language is named in itself for the switch", () => {
    assert.equal(i18n.languageName("pt"), "Português");
    assert.equal(i18n.languageName("de"), "Deutsch");
  });
});
