// Turn parsed markdown blocks (markdown.js) into DOM nodes. Only createElement, textContent and fixed class
// names: no innerHTML, no attributes taken from the text, so nothing the model or the user writes can
// become markup, a link or a script.

import { parseMarkdown } from "./markdown.js";

const INLINE_TAG = { text: null, strong: "strong", em: "em", code: "code" };

/**
 * Append inline spans to a parent element.
 * @param {Document} doc
 * @param {Node} parent
 * @param {import("./markdown.js").Inline[]} inlines
 */
function appendInlines(doc, parent, inlines) {
  for (const span of inlines) {
    const tag = INLINE_TAG[span.type];
    if (!tag) {
      parent.appendChild(doc.createTextNode(span.text));
    } else {
      const el = doc.createElement(tag);
      el.textContent = span.text;
      parent.appendChild(el);
    }
  }
}

/**
 * Render text as sanitized markdown into a DocumentFragment.
 * @param {Document} doc
 * @param {string} text
 * @returns {DocumentFragment}
 */
export function renderMarkdown(doc, text) {
  const fragment = doc.createDocumentFragment();
  for (const block of parseMarkdown(text)) {
    if (block.type === "code") {
      const pre = doc.createElement("pre");
      const code = doc.createElement("code");
      code.textContent = block.text;
      pre.appendChild(code);
      fragment.appendChild(pre);
    } else if (block.type === "heading") {
      const p = doc.createElement("p");
      p.className = "md-heading";
      appendInlines(doc, p, block.inlines);
      fragment.appendChild(p);
    } else if (block.type === "list") {
      const list = doc.createElement(block.ordered ? "ol" : "ul");
      for (const item of block.items) {
        const li = doc.createElement("li");
        appendInlines(doc, li, item);
        list.appendChild(li);
      }
      fragment.appendChild(list);
    } else {
      const p = doc.createElement("p");
      block.lines.forEach((line, index) => {
        if (index > 0) p.appendChild(doc.createElement("br"));
        appendInlines(doc, p, line);
      });
      fragment.appendChild(p);
    }
  }
  return fragment;
}

/**
 * Render plain text (the user's own messages): paragraphs and line breaks, no markdown at all.
 * @param {Document} doc
 * @param {string} text
 * @returns {DocumentFragment}
 */
export function renderPlain(doc, text) {
  const fragment = doc.createDocumentFragment();
  const p = doc.createElement("p");
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, index) => {
      if (index > 0) p.appendChild(doc.createElement("br"));
      p.appendChild(doc.createTextNode(line));
    });
  fragment.appendChild(p);
  return fragment;
}
