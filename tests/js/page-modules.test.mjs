// Unit tests of the page's DOM-free modules: request building (api.js), error wording (errors.js) and the
// markdown subset (markdown.js). `node --test tests/js/`.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";

import { loadStatic } from "./helpers.mjs";

const api = await loadStatic("api.js");
const errors = await loadStatic("errors.js");
const { parseMarkdown, parseInline } = await loadStatic("markdown.js");
const facts = await loadStatic("facts.js");
const en = await (await loadStatic("i18n.js")).loadCatalog("en");

describe("api.js", () => {
  test("the body hash is the SHA-256 hex of exactly the bytes sent", async () => {
    const message = 'Olá, sou a Maria 👋 "quoted" \\ and a newline\n';
    const { body, headers } = await api.buildChatRequest(message, null);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(body)), { message });
    const expected = createHash("sha256").update(body).digest("hex");
    assert.equal(headers["x-amz-content-sha256"], expected);
    assert.match(expected, /^[0-9a-f]{64}$/);
    assert.equal(headers["Content-Type"], "application/json");
    assert.equal(headers["X-Session-Id"], undefined);
  });

  test("a valid session id is sent as X-Session-Id, an invalid one never", async () => {
    const good = await api.buildChatRequest("hi", "AbC_123-xyz");
    assert.equal(good.headers["X-Session-Id"], "AbC_123-xyz");
    for (const bad of ["", "has space", "new\nline", "é", "x".repeat(257)]) {
      const { headers } = await api.buildChatRequest("hi", bad);
      assert.equal(headers["X-Session-Id"], undefined, JSON.stringify(bad));
    }
  });

  test("postMessage sends a POST to the root-relative /c with the built body and headers", async () => {
    const calls = [];
    const fakeFetch = async (url, init) => {
      calls.push({ url, init });
      return new Response("", { status: 200 });
    };
    const signal = new AbortController().signal;
    await api.postMessage("hello", "sess-1", signal, fakeFetch);
    assert.equal(calls.length, 1);
    const { url, init } = calls[0];
    assert.equal(url, "/c");
    assert.equal(init.method, "POST");
    assert.equal(init.signal, signal);
    assert.equal(init.headers["X-Session-Id"], "sess-1");
    assert.equal(init.headers["x-amz-content-sha256"], createHash("sha256").update(init.body).digest("hex"));
  });

  test("getHistory sends a GET to /c with the session header", async () => {
    let seen = null;
    await api.getHistory("sess-2", new AbortController().signal, async (url, init) => {
      seen = { url, init };
      return new Response("", { status: 200 });
    });
    assert.equal(seen.url, "/c");
    assert.equal(seen.init.method, "GET");
    assert.equal(seen.init.headers["X-Session-Id"], "sess-2");
  });

  test("readErrorBody reads the contract's JSON error", async () => {
    const response = new Response(JSON.stringify({ error: { code: "message_too_large", message: "Too big" } }), {
      status: 413,
      headers: { "Content-Type": "application/json" },
    });
    assert.deepEqual(await api.readErrorBody(response), {
      status: 413,
      isJson: true,
      code: "message_too_large",
      message: "Too big",
    });
  });

  test("readErrorBody marks an HTML or text body as not JSON (CloudFront's own pages)", async () => {
    const html = new Response("<html><body>403 ERROR The request could not be satisfied.</body></html>", {
      status: 403,
      headers: { "Content-Type": "text/html" },
    });
    assert.equal((await api.readErrorBody(html)).isJson, false);
    const brokenJson = new Response("{not json", { status: 502, headers: { "Content-Type": "application/json" } });
    assert.equal((await api.readErrorBody(brokenJson)).isJson, false);
    const otherJson = new Response('{"message":"Forbidden"}', {
      status: 403,
      headers: { "Content-Type": "application/json" },
    });
    assert.equal((await api.readErrorBody(otherJson)).isJson, false);
  });

  test("isEventStream checks the content type", () => {
    const sse = new Response("", { headers: { "Content-Type": "text/event-stream; charset=utf-8" } });
    const html = new Response("", { headers: { "Content-Type": "text/html" } });
    assert.equal(api.isEventStream(sse), true);
    assert.equal(api.isEventStream(html), false);
  });
});

describe("errors.js", () => {
  test("a non-JSON 403 is the geo block, a JSON one a refusal, neither retryable", () => {
    const p = errors.describeHttpError({ status: 403, isJson: false, code: null });
    assert.match(p.message, /not available in your country or region/);
    assert.equal(p.retryable, false);
    const refused = errors.describeHttpError({ status: 403, isJson: true, code: null });
    assert.equal(refused.message, en["error.refused"]);
  });

  test("every declared pre-stream code has its own wording and the declared retry policy", () => {
    for (const declared of facts.ERROR_CODES.filter((e) => e.kind === "pre-stream")) {
      const p = errors.describeHttpError({ status: declared.status, isJson: true, code: declared.code });
      assert.equal(p.message, en[`http.${declared.code}`], declared.code);
      assert.equal(p.retryable, declared.retryable, declared.code);
      assert.equal(p.code, declared.code);
    }
  });

  test("an answer without a declared code is worded by its status (the edge, a proxy, Lambda's own limits)", () => {
    const cases = {
      413: { retryable: false, pattern: /too long/ },
      429: { retryable: true, pattern: /busy/ },
      500: { retryable: true, pattern: /temporarily unavailable/ },
      503: { retryable: true, pattern: /temporarily unavailable/ },
      404: { retryable: false, pattern: /HTTP 404/ },
      400: { retryable: false, pattern: /HTTP 400/ },
    };
    for (const [status, want] of Object.entries(cases)) {
      const p = errors.describeHttpError({ status: Number(status), isJson: true, code: "not_a_declared_code" });
      assert.equal(p.retryable, want.retryable, status);
      assert.match(p.message, want.pattern, status);
    }
    // A code is the service's only when the answer is its JSON.
    const html = errors.describeHttpError({ status: 503, isJson: false, code: "service_budget_exhausted" });
    assert.equal(html.message, en["error.unavailable"]);
  });

  test("session codes reset the session; refused messages come back for editing; a spent chat does not", () => {
    for (const code of ["session_not_found", "invalid_session_id", "missing_session_id"]) {
      const p = errors.describeHttpError({ status: 400, isJson: true, code });
      assert.equal(p.resetSession, true, code);
      assert.equal(p.retryable, true, code);
    }
    for (const code of ["invalid_json", "empty_message", "message_too_large", "unsupported_media_type"]) {
      const p = errors.describeHttpError({ status: 400, isJson: true, code });
      assert.equal(p.resetSession, false, code);
      assert.equal(p.restoreInput, true, code);
    }
    const spent = errors.describeHttpError({ status: 429, isJson: true, code: "token_budget_exhausted" });
    assert.equal(spent.restoreInput, false);
    assert.equal(errors.describeHttpError({ status: 500, isJson: true, code: null }).resetSession, false);
  });

  test("stream errors follow the event's retryable flag and never show the raw message", () => {
    const throttled = errors.describeStreamError({
      code: "model_throttled",
      message: "ThrottlingException: internal detail",
      retryable: true,
    });
    assert.equal(throttled.retryable, true);
    assert.match(throttled.message, /too many requests/);
    assert.match(throttled.message, /try again/);
    assert.doesNotMatch(throttled.message, /internal detail/);
    const pii = errors.describeStreamError({ code: "pii_detection_unavailable", retryable: false });
    assert.equal(pii.retryable, false);
    assert.match(pii.message, /privacy check/);
    assert.doesNotMatch(pii.message, /try again/);
    const busy = errors.describeStreamError({ code: "session_busy", retryable: true });
    assert.match(busy.message, /still being answered/);
    const unknown = errors.describeStreamError({ code: 42, retryable: "yes" });
    assert.equal(unknown.retryable, false);
    assert.equal(unknown.code, null);
  });

  test("every declared stream code has its own wording; an undeclared one is never guessed", () => {
    const messages = new Set();
    for (const declared of facts.ERROR_CODES.filter((e) => e.kind === "stream")) {
      const p = errors.describeStreamError({ code: declared.code, retryable: false });
      assert.equal(p.message, en[`stream.${declared.code}`], declared.code);
      messages.add(p.message);
    }
    assert.ok(messages.size >= 10);
    for (const code of ["BedrockThrottlingException", "model_rate_limited", "constructor", "MODEL_THROTTLED"]) {
      const p = errors.describeStreamError({ code, retryable: false });
      assert.equal(p.message, en["stream.unknown"], code);
      assert.equal(p.code, code);
    }
  });

  test("network, interrupted and unexpected answers are retryable", () => {
    assert.equal(errors.describeNetworkError().retryable, true);
    assert.equal(errors.describeInterrupted().retryable, true);
    assert.equal(errors.describeUnexpectedResponse().retryable, true);
  });
});

describe("markdown.js", () => {
  test("HTML stays literal text in every block kind", () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const blocks = parseMarkdown(`${hostile}\n\n- ${hostile}\n\n# ${hostile}\n\n\`\`\`\n${hostile}\n\`\`\``);
    const texts = JSON.stringify(blocks);
    assert.ok(texts.includes("<img src=x"));
    for (const block of blocks) assert.ok(["paragraph", "list", "heading", "code"].includes(block.type));
    const allowed = new Set(["text", "strong", "em", "code"]);
    const spans = blocks.flatMap((b) =>
      b.type === "paragraph" ? b.lines.flat() : b.type === "list" ? b.items.flat() : b.inlines ?? [],
    );
    for (const span of spans) assert.ok(allowed.has(span.type));
  });

  test("links and images are not markup", () => {
    const spans = parseInline("[click](javascript:alert(1)) ![x](http://evil/x.png)");
    assert.deepEqual(spans, [{ type: "text", text: "[click](javascript:alert(1)) ![x](http://evil/x.png)" }]);
  });

  test("inline bold, italic and code", () => {
    assert.deepEqual(parseInline("a **b** *c* _d_ `e*f*`"), [
      { type: "text", text: "a " },
      { type: "strong", text: "b" },
      { type: "text", text: " " },
      { type: "em", text: "c" },
      { type: "text", text: " " },
      { type: "em", text: "d" },
      { type: "text", text: " " },
      { type: "code", text: "e*f*" },
    ]);
  });

  test("placeholders and snake_case keep their underscores", () => {
    assert.deepEqual(parseInline("[IBAN_1] and my_var_name"), [{ type: "text", text: "[IBAN_1] and my_var_name" }]);
  });

  test("paragraphs, lists and an unclosed fence while streaming", () => {
    const blocks = parseMarkdown("Hello\nworld\n\n1. one\n2. two\n- a\n\n```\ncode <b>");
    assert.deepEqual(
      blocks.map((b) => b.type),
      ["paragraph", "list", "list", "code"],
    );
    assert.equal(blocks[0].lines.length, 2);
    assert.equal(blocks[1].ordered, true);
    assert.equal(blocks[1].items.length, 2);
    assert.equal(blocks[2].ordered, false);
    assert.equal(blocks[3].text, "code <b>");
  });
});

describe("static files (CSP default-src 'self', no HTML injection sinks)", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const dir = new URL("../../web/", import.meta.url);
  const read = (name) => readFileSync(new URL(name, dir), "utf8");
  const files = readdirSync(dir, { recursive: true }).map((f) => String(f).split("\\").join("/"));
  const html = read("index.html");

  test("index.html has no inline script, style or event handler", () => {
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      assert.match(attrs, /\bsrc="\/[\w.-]+\.js"/);
      assert.equal(body.trim(), "");
    }
    assert.doesNotMatch(html, /<style\b/i);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
  });

  test("every src/href is root-relative (same origin, works behind CloudFront) and exists", () => {
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]);
    assert.ok(refs.length >= 3);
    for (const ref of refs) {
      if (ref.startsWith("#")) continue;
      assert.match(ref, /^\/[\w.-]+$/, ref);
      assert.ok(files.includes(ref.slice(1)), `${ref} is not in web`);
    }
  });

  test("module imports stay inside web", () => {
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const base = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      for (const [, spec] of read(file).matchAll(/^import\s[^"]*"([^"]+)";$/gm)) {
        assert.match(spec, /^\.\/([\w-]+\/)?[\w-]+\.js$/, `${file} imports ${spec}`);
        assert.ok(files.includes(base + spec.slice(2)), `${file} imports missing ${spec}`);
      }
    }
  });

  test("no external resources and no HTML/eval sinks in scripts and styles", () => {
    for (const file of files.filter((f) => /\.(js|css|html)$/.test(f))) {
      const text = read(file);
      assert.doesNotMatch(text, /https?:\/\//, `${file} references an external URL`);
      assert.doesNotMatch(text, /@import|url\(/, `${file} loads a stylesheet or image`);
      if (file.endsWith(".js")) {
        assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write/, file);
        assert.doesNotMatch(text, /\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*["'`]/, file);
      }
    }
  });
});
