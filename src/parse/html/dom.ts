// The parsed document and the few DOM helpers the HTML parser needs. Every walk is iterative:
// pages nest tens of thousands of levels deep, beyond what a recursive walk survives.
import { createRequire } from "node:module";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { decodeHTML } from "entities";
import { dropBreakHints } from "../page.js";

export type { AnyNode, Element };

const require = createRequire(import.meta.url);
// cheerio takes a tenth of a second to load: it is loaded on the first HTML page, so plain-text
// runs never pay for it. The slim build is the htmlparser2 one, without parse5 or the fetch client.
let cheerio: typeof import("cheerio/slim") | null = null;

/** Loads HTML with htmlparser2 (forgiving, iterative and several times faster than parse5). */
export function loadDocument(html: string): CheerioAPI {
  cheerio ??= require("cheerio/slim") as typeof import("cheerio/slim");
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, withStartIndices: true } });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

// Non-breaking, zero-width and other Unicode spaces count as plain whitespace in extracted text.
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

// Control characters render as nothing; a page that carries them is damaged, not saying something.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]+/g;

/**
 * Text with HTML entities decoded. Meta contents and JSON-LD strings are raw or escaped a second
 * time by some CMSs ("&amp;mdash;"), so a second round runs when the first leaves an entity.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const once = decodeHTML(text);
  return /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(once) ? decodeHTML(once) : once;
}

/** Text with control characters and break hints dropped and every whitespace run collapsed to one space, trimmed. */
export function cleanText(text: string): string {
  return dropBreakHints(text.replace(CONTROLS, "")).replace(SPACES, " ").trim();
}

// Subtrees whose text is never page text (a MathML formula is, its annotations are not).
const NO_TEXT = new Set(["script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe", "object", "embed", "canvas", "select", "textarea", "button", "head"]);

// Elements that start a new line of their parent's text.
const LINE_TAGS = new Set(["p", "div", "li", "dd", "dt", "address", "section", "header", "footer"]);

/**
 * The visible text of an element, whitespace collapsed (iterative walk); `lineBreak` stands
 * for each <br> and, when it is not a space, before each block inside it.
 */
export function textOf(el: AnyNode, lineBreak = " "): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push(node.data);
    else if (isElement(node)) {
      if (node !== el && NO_TEXT.has(node.name)) continue;
      if (node.name === "br" || (lineBreak !== " " && node !== el && LINE_TAGS.has(node.name))) parts.push(lineBreak);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return cleanText(parts.join(""));
}

// Tags that end a heading's own text when an unclosed heading swallows the paragraphs after it.
const BREAKS_HEADING = new Set(["p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure"]);

/** A heading's own text: up to the first block element inside it (an unclosed <h1> holds the page). */
export function headingText(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push(node.data);
    else if (isElement(node)) {
      if (BREAKS_HEADING.has(node.name) && cleanText(parts.join(""))) break;
      if (NO_TEXT.has(node.name)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return cleanText(parts.join(""));
}

/** The element itself if it is a link, and every link inside it, in document order (iterative). */
export function linksIn(el: Element): Element[] {
  const links: Element[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === "a" && node.attribs.href !== undefined) links.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return links;
}

/**
 * The elements inside `root` (not `root` itself) that `match`, in document order, at most
 * `limit` of them: what a cheerio find() returns, without compiling a selector on every call.
 */
export function elementsIn(root: Element, match: (el: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length && found.length < limit) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (match(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

// Ancestors looked at: markup deeper than this is generated nesting, not layout.
export const MAX_ANCESTORS = 100;

/** Whether `outer` is `el` or one of its ancestors (within MAX_ANCESTORS levels). */
export function holds(outer: Element, el: Element): boolean {
  let node: AnyNode | null = el;
  for (let depth = 0; node && depth < MAX_ANCESTORS; node = node.parent, depth++) if (node === outer) return true;
  return false;
}
