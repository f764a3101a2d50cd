// A tiny markdown subset parsed into plain data (never HTML): paragraphs with line breaks, headings, bullet
// and numbered lists, fenced code blocks, and inline **bold**, *italic* / _italic_ and `code`. No links, no
// images, no raw HTML: anything else stays literal text. render.js turns the result into DOM nodes with
// textContent only, so model or user text can never inject markup.

/**
 * @typedef {{type: "text"|"strong"|"em"|"code", text: string}} Inline
 * @typedef {{type: "paragraph", lines: Inline[][]}
 *   | {type: "heading", level: number, inlines: Inline[]}
 *   | {type: "list", ordered: boolean, items: Inline[][]}
 *   | {type: "code", text: string}} Block
 */

const INLINE =
  /`([^`\n]+)`|\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])/u;

/**
 * Split one line into inline spans.
 * @param {string} text
 * @returns {Inline[]}
 */
export function parseInline(text) {
  /** @type {Inline[]} */
  const out = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ type: "text", text: rest });
      break;
    }
    if (m.index > 0) out.push({ type: "text", text: rest.slice(0, m.index) });
    if (m[1] !== undefined) out.push({ type: "code", text: m[1] });
    else if (m[2] !== undefined) out.push({ type: "strong", text: m[2] });
    else out.push({ type: "em", text: m[3] ?? m[4] ?? "" });
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

const FENCE = /^\s{0,3}```/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

/**
 * Parse text (possibly still streaming: an unclosed code fence runs to the end) into blocks.
 * @param {string} text
 * @returns {Block[]}
 */
export function parseMarkdown(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  /** @type {Block[]} */
  const blocks = [];
  /** @type {Inline[][]|null} */
  let paragraph = null;
  /** @type {{type: "list", ordered: boolean, items: Inline[][]}|null} */
  let list = null;
  const close = () => {
    paragraph = null;
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      close();
      const code = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i])) code.push(lines[i++]);
      blocks.push({ type: "code", text: code.join("\n") });
      continue;
    }
    if (line.trim() === "") {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      blocks.push({ type: "heading", level: heading[1].length, inlines: parseInline(heading[2]) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = parseInline((bullet ?? numbered)[1]);
      if (list && list.ordered === ordered) {
        list.items.push(item);
      } else {
        close();
        list = { type: "list", ordered, items: [item] };
        blocks.push(list);
      }
      continue;
    }
    if (list) {
      // A continuation line of the current list item.
      list.items[list.items.length - 1].push({ type: "text", text: " " }, ...parseInline(line.trim()));
      continue;
    }
    if (!paragraph) {
      paragraph = [];
      blocks.push({ type: "paragraph", lines: paragraph });
    }
    paragraph.push(parseInline(line));
  }
  return blocks;
}
