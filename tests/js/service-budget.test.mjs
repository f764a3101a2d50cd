// The page's wording for the stack-wide daily ceiling (503 service_budget_exhausted): plain words in every
// language catalog, no retry offered, the message given back. `node --test tests/js/`.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, test } from "node:test";

import { loadStatic } from "./helpers.mjs";

const errors = await loadStatic("errors.js");
const catalogs = readdirSync(new URL("../../web/i18n/", import.meta.url)).filter((name) => name.endsWith(".js"));

describe("service_budget_exhausted", () => {
  test("503 with the code is the daily limit, not a passing outage", () => {
    const p = errors.describeHttpError({ status: 503, isJson: true, code: "service_budget_exhausted" });
    assert.match(p.message, /usage limit for today/);
    assert.equal(p.retryable, false);
    assert.equal(p.restoreInput, true);
    const outage = errors.describeHttpError({ status: 503, isJson: true, code: "storage_unavailable" });
    assert.notEqual(outage.message, p.message);
    assert.equal(outage.retryable, true);
  });

  test("every language catalog words it", async () => {
    assert.ok(catalogs.length >= 26);
    for (const name of catalogs) {
      const module = await loadStatic(`i18n/${name}`);
      const catalog = Object.values(module).find((value) => value && typeof value === "object");
      assert.ok(catalog, name);
      const text = catalog["http.service_budget_exhausted"];
      assert.equal(typeof text, "string", name);
      assert.ok(text.length > 20 && !text.includes("service_budget"), name);
    }
  });
});
