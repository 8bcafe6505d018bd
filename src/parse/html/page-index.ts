// One iterative pass over the document that collects what the metadata readers look up: meta
// tags, the document title, h1s, <time> elements, microdata properties, JSON-LD scripts,
// canonical link and byline candidates. Dozens of selector queries would each walk the whole tree again.
import type { CheerioAPI } from "cheerio";
import { isElement, type AnyNode, type Element } from "./dom.js";

export interface PageIndex {
  /** meta contents by lower-cased property, name or itemprop, in page order. */
  metas: Map<string, string[]>;
  title: Element | null;
  h1s: Element[];
  times: Element[];
  /** Elements (other than meta tags) carrying a microdata property the metadata readers use. */
  microdata: Element[];
  /** Raw text of each application/ld+json script. */
  jsonLd: string[];
  canonical: string | null;
  /** Elements that may print a byline: rel/itemprop author, byline or author classes. */
  bylines: Element[];
  /** The page's language ("en", "fr"...), from the lang attribute of <html>; "en" when it states none. */
  lang: string;
}

// Enough byline candidates for any article page; a page with more is listing other stories.
const MAX_BYLINES = 200;
// Microdata beyond this many elements is a listing of other items, not one article.
const MAX_MICRODATA = 200;
// A key repeated more often than this (several authors, a few dates) is a generated page.
const MAX_META_VALUES = 20;
// Class names that mark a byline or an author's name.
const BYLINE_CLASS = /byline|author/i;
// The microdata properties of an article's headline, authors and dates.
export const MICRODATA = /\b(?:headline|author|creator|datePublished|dateCreated|dateModified)\b/;

export function indexPage($: CheerioAPI): PageIndex {
  const index: PageIndex = { metas: new Map(), title: null, h1s: [], times: [], microdata: [], jsonLd: [], canonical: null, bylines: [], lang: "en" };
  const stack: AnyNode[] = [...$.root()[0]!.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const a = node.attribs;
    switch (node.name) {
      case "meta": {
        const content = a.content;
        if (content === undefined) break;
        for (const key of new Set([a.property, a.name, a.itemprop].map((k) => k?.trim().toLowerCase()))) {
          if (!key) continue;
          const values = index.metas.get(key);
          if (values) {
            if (values.length < MAX_META_VALUES) values.push(content);
          }
          else index.metas.set(key, [content]);
        }
        break;
      }
      case "title":
        index.title ??= node;
        break;
      case "html":
        if (a.lang && /^[a-z]{2}\b/i.test(a.lang)) index.lang = a.lang.slice(0, 2).toLowerCase();
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
    if (node.name !== "meta" && a.itemprop && MICRODATA.test(a.itemprop) && index.microdata.length < MAX_MICRODATA) index.microdata.push(node);
    const byline = /\bauthor\b/i.test(a.rel ?? "") || /\bauthor\b/i.test(a.itemprop ?? "") || BYLINE_CLASS.test(a.class ?? "");
    if (byline && index.bylines.length < MAX_BYLINES) index.bylines.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return index;
}
