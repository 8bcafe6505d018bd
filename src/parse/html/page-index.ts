// One iterative pass over the document that collects what the metadata readers look up: meta
// tags, the document title, h1s, <time> elements, JSON-LD scripts, canonical link and byline
// candidates. Dozens of selector queries would each walk the whole tree again.
import type { CheerioAPI } from "cheerio";
import { isElement, type AnyNode, type Element } from "./dom.js";

export interface PageIndex {
  /** meta content by lower-cased property, name or itemprop; the first tag of each key wins. */
  metas: Map<string, string>;
  title: Element | null;
  h1s: Element[];
  times: Element[];
  /** Raw text of each application/ld+json script. */
  jsonLd: string[];
  canonical: string | null;
  /** Elements that may print a byline: rel/itemprop author, byline or author classes. */
  bylines: Element[];
}

// Enough byline candidates for any article page; a page with more is listing other stories.
const MAX_BYLINES = 200;
// Class names that mark a byline or an author's name.
const BYLINE_CLASS = /byline|author/i;

export function indexPage($: CheerioAPI): PageIndex {
  const index: PageIndex = { metas: new Map(), title: null, h1s: [], times: [], jsonLd: [], canonical: null, bylines: [] };
  const stack: AnyNode[] = [...$.root()[0]!.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const a = node.attribs;
    switch (node.name) {
      case "meta": {
        const content = a.content;
        if (content === undefined) break;
        for (const key of [a.property, a.name, a.itemprop]) {
          const k = key?.trim().toLowerCase();
          if (k && !index.metas.has(k)) index.metas.set(k, content);
        }
        break;
      }
      case "title":
        index.title ??= node;
        break;
      case "h1":
        index.h1s.push(node);
        break;
      case "time":
        index.times.push(node);
        break;
      case "script":
        if (a.type?.trim().toLowerCase() === "application/ld+json") index.jsonLd.push(node.children.map((c) => (c.type === "text" ? c.data : "")).join(""));
        continue;
      case "link":
        if (/\bcanonical\b/i.test(a.rel ?? "") && a.href) index.canonical ??= a.href;
        break;
    }
    const byline = /\bauthor\b/i.test(a.rel ?? "") || /\bauthor\b/i.test(a.itemprop ?? "") || BYLINE_CLASS.test(a.class ?? "");
    if (byline && index.bylines.length < MAX_BYLINES) index.bylines.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return index;
}
