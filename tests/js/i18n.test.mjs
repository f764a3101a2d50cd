// The page's languages (i18n.js): a complete catalog for every language (same keys as English, the same
// placeholders, every plural category of the language), the language picked from the user's choice and the
// browser's preferences among those the page offers, strings, plurals, numbers, dates and lists with Intl.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { describe, test } from "node:test";

import { loadStatic } from "./helpers.mjs";

const i18n = await loadStatic("i18n.js");
const errors = await loadStatic("errors.js");
const facts = await loadStatic("facts.js");
const CODES = i18n.LANGUAGE_CODES;
/** @type {Record<string, Record<string, string | Record<string, string>>>} */
const catalogs = Object.fromEntries(await Promise.all(CODES.map(async (c) => [c, await i18n.loadCatalog(c)])));
const en = catalogs.en;

/** @param {string} text */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** @param {string | Record<string, string>} entry */
const forms = (entry) => (typeof entry === "string" ? [entry] : Object.values(entry));

describe("catalogs", () => {
  test("every official language of the EU and the EEA has a catalog, and web/i18n holds no other", () => {
    const wanted = "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nb nl pl pt ro sk sl sv".split(" ");
    assert.deepEqual([...CODES].sort(), wanted);
    const files = readdirSync(new URL("../../web/i18n/", import.meta.url)).map((name) => name.replace(/\.js$/, ""));
    assert.deepEqual(files.sort(), wanted);
  });

  test("every catalog has exactly the English keys: none missing, none extra", () => {
    const keys = Object.keys(en).sort();
    for (const code of CODES) {
      const own = Object.keys(catalogs[code]).sort();
      const missing = keys.filter((k) => !own.includes(k));
      const extra = own.filter((k) => !keys.includes(k));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, code);
    }
  });

  test("every string keeps the English placeholders and is not empty", () => {
    for (const code of CODES) {
      for (const [key, entry] of Object.entries(catalogs[code])) {
        const want = placeholders(forms(en[key])[0]);
        for (const text of forms(entry)) {
          assert.equal(typeof text, "string", `${code} ${key}`);
          assert.ok(text.trim().length > 0, `${code} ${key}`);
          assert.deepEqual(placeholders(text), want, `${code} ${key}: ${text}`);
        }
      }
    }
  });

  test("a plural has exactly the plural categories of its language (Intl.PluralRules)", () => {
    const plurals = Object.keys(en).filter((key) => typeof en[key] !== "string");
    assert.ok(plurals.includes("msg.tokens"));
    for (const code of CODES) {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.sort();
      for (const key of plurals) {
        const entry = catalogs[code][key];
        assert.equal(typeof entry, "object", `${code} ${key}`);
        assert.deepEqual(Object.keys(entry).sort(), categories, `${code} ${key}`);
      }
    }
  });

  test("translations are translated: most strings differ from English", () => {
    for (const code of CODES.filter((c) => c !== "en")) {
      const catalog = catalogs[code];
      const same = Object.keys(catalog).filter((k) => JSON.stringify(catalog[k]) === JSON.stringify(en[k]));
      assert.ok(same.length <= 4, `${code} keeps English for ${same.join(", ")}`);
    }
  });

  test("every service error code has its message in every catalog", () => {
    assert.ok(facts.ERROR_CODES.length >= 20);
    for (const { code, kind } of facts.ERROR_CODES) {
      const key = `${kind === "stream" ? "stream" : "http"}.${code}`;
      for (const language of CODES) assert.ok(Object.hasOwn(catalogs[language], key), `${language} lacks ${key}`);
    }
  });

  test("no catalog words an error code the service does not declare", () => {
    const declared = new Set(facts.ERROR_CODES.map((e) => `${e.kind === "stream" ? "stream" : "http"}.${e.code}`));
    const worded = Object.keys(en).filter((key) => /^(http|stream)\./.test(key) && key !== "stream.unknown");
    assert.deepEqual(worded.filter((key) => !declared.has(key)), []);
  });

  test("every data-i18n key of index.html and every key the scripts draw exists", () => {
    const web = new URL("../../web/", import.meta.url);
    const html = readFileSync(new URL("index.html", web), "utf8");
    const used = [...html.matchAll(/data-i18n(?:-[\w-]+)?="([^"]+)"/g)].map((m) => m[1]);
    for (const file of ["app.js", "conversation.js", "errors.js", "received-view.js", "rights-view.js"]) {
      const text = readFileSync(new URL(file, web), "utf8");
      used.push(...[...text.matchAll(/\b(?:t|label\([^,]+,[^,]+,)\s*\(?"([\w.]+)"/g)].map((m) => m[1]));
    }
    assert.ok(used.length > 30, String(used.length));
    for (const key of used) assert.ok(Object.hasOwn(en, key), key);
  });
});

describe("choosing the language", () => {
  test("every language is offered when the page config does not narrow them, in the EU's protocol order", () => {
    const { languages, fallback } = i18n.offeredLanguages({ languages: ["pt", "en"] });
    assert.deepEqual(languages, [...CODES]);
    assert.equal(languages.length, 26);
    assert.equal(fallback, "pt");
    assert.deepEqual(i18n.offeredLanguages(null), { languages: [...CODES], fallback: "en" });
  });

  test("a stack's page languages narrow the list; the first is the default; unknown ones are dropped", () => {
    const { languages, fallback } = i18n.offeredLanguages({ languages: ["pt"], offeredLanguages: ["sv", "xx", "pl"] });
    assert.deepEqual(languages, ["pl", "sv"]);
    assert.equal(fallback, "sv");
    assert.deepEqual(i18n.offeredLanguages({ offeredLanguages: ["xx"] }).languages, [...CODES]);
  });

  test("the first preference the page offers wins: region tags fall back, Norwegian reads Bokmål", () => {
    const all = [...CODES];
    assert.equal(i18n.pickLanguage(["pl-PL", "en-US"], all, "en"), "pl");
    assert.equal(i18n.pickLanguage(["pt-BR", "en"], all, "en"), "pt");
    assert.equal(i18n.pickLanguage(["no"], all, "en"), "nb");
    assert.equal(i18n.pickLanguage(["nn-NO", "en"], all, "en"), "nb");
    assert.equal(i18n.pickLanguage(["ja", "de-AT", "en"], ["pt", "en", "de"], "pt"), "de");
    assert.equal(i18n.pickLanguage(["el"], ["pt", "en"], "pt"), "pt");
    assert.equal(i18n.pickLanguage([], ["es", "en"], "es"), "es");
    assert.equal(i18n.pickLanguage([null, 3, "zz-ZZ"], all, "en"), "en");
  });

  test("loadPageConfig reads /page-config.json; without it every language, English first", async () => {
    const seen = [];
    const ok = await i18n.loadPageConfig(async (url) => {
      seen.push(url);
      return new Response(JSON.stringify({ languages: ["pt", "en"], offeredLanguages: ["pt", "es"] }), { status: 200 });
    });
    assert.deepEqual(ok, { languages: ["es", "pt"], fallback: "pt" });
    assert.deepEqual(seen, ["/page-config.json"]);
    const everything = { languages: [...CODES], fallback: "en" };
    assert.deepEqual(await i18n.loadPageConfig(async () => new Response("", { status: 404 })), everything);
    assert.deepEqual(await i18n.loadPageConfig(async () => new Response("<html>", { status: 200 })), everything);
    const offline = async () => {
      throw new TypeError("offline");
    };
    assert.deepEqual(await i18n.loadPageConfig(offline), everything);
  });

  test("a catalog is loaded once, and only for a language the page has", async () => {
    let imports = 0;
    const importer = async () => {
      imports += 1;
      return { default: {} };
    };
    await assert.rejects(i18n.loadCatalog("xx", importer), RangeError);
    await i18n.loadCatalog("pl", importer); // loaded above: not imported again
    assert.equal(imports, 0);
  });
});

describe("strings, plurals, numbers, dates and lists in the current language", () => {
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

  test("plurals take the form of the count's category and show the count formatted", () => {
    try {
      for (const code of CODES) {
        i18n.setLanguage(code);
        const rules = new Intl.PluralRules(code);
        for (const count of [1, 2, 3, 5, 11, 22, 1234]) {
          const form = catalogs[code]["msg.tokens"][rules.select(count)];
          const shown = new Intl.NumberFormat(code).format(count);
          assert.equal(i18n.t("msg.tokens", { count }), form.replace("{count}", shown), `${code} ${count}`);
        }
      }
      i18n.setLanguage("pl");
      const words = [1, 2, 5, 22].map((count) => i18n.t("msg.tokens", { count }).split(" ").at(-1));
      assert.equal(new Set(words.slice(0, 3)).size, 3, words.join(" ")); // polski: one, few, many differ
      assert.equal(words[3], words[1]); // 22 is "few" like 2
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("error wording follows the language", () => {
    try {
      i18n.setLanguage("de");
      const p = errors.describeStreamError({ code: "model_throttled", retryable: true });
      assert.equal(p.message, `${catalogs.de["stream.model_throttled"]} ${catalogs.de["error.tryAgain"]}`);
      assert.match(errors.describeHttpError({ status: 502, isJson: true, code: null }).message, /nicht verfügbar/);
      assert.match(errors.describeHttpError({ status: 418, isJson: true, code: null }).message, /HTTP 418/);
      i18n.setLanguage("el");
      const budget = errors.describeHttpError({ status: 503, isJson: true, code: "service_budget_exhausted" });
      assert.equal(budget.message, catalogs.el["http.service_budget_exhausted"]);
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("numbers, dates, lists and country names use Intl in the current language", () => {
    try {
      i18n.setLanguage("en");
      assert.equal(i18n.formatNumber(1234567), "1,234,567");
      assert.equal(i18n.formatList(["a", "b", "c"]), "a, b, and c");
      i18n.setLanguage("de");
      assert.equal(i18n.formatNumber(1234567), "1.234.567");
      const when = "2025-03-04T05:06:00Z";
      const expected = new Intl.DateTimeFormat("de", { dateStyle: "short", timeStyle: "short" });
      assert.equal(i18n.formatDateTime(when), expected.format(new Date(when)));
      assert.equal(i18n.formatDateTime("not a date"), "");
      i18n.setLanguage("pl");
      assert.equal(i18n.formatList(["a", "b"]), new Intl.ListFormat("pl", { type: "conjunction" }).format(["a", "b"]));
      assert.equal(i18n.countryName("PL"), new Intl.DisplayNames(["pl"], { type: "region" }).of("PL"));
    } finally {
      i18n.setLanguage("en");
    }
  });

  test("each language is named in itself for the switch", () => {
    assert.equal(i18n.languageName("pt"), "Português");
    assert.equal(i18n.languageName("el"), "Ελληνικά");
    assert.equal(i18n.languageName("xx"), "xx");
    for (const [code, name] of i18n.LANGUAGES) {
      const own = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? "";
      assert.equal(name.toLocaleLowerCase(code), own.toLocaleLowerCase(code), code);
    }
  });
});
