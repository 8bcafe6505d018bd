// One iterative pass over the document that collects what the metadata readers look up: meta
// tags, the document title, h1s, <time> elements, microdata properties, JSON-LD scripts,
// canonical link and byline candidates. Dozens of selector queries would each walk the whole tree again.
import type { CheerioAPI } from "cheerio";
import { isElement, type AnyNode, type Element } from "./dom.js";
import { parseLenient } from "./jsonld.js";

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
  /** Links to an author's page that no byline element holds (a byline no class marks). */
  authorLinks: Element[];
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
// Author pages live under paths like /author/, /writer/, /people/, /profile/, /by/.
const AUTHOR_PATH = /\/(?:authors?|auteurs?|autor(?:es)?|writers?|people|profiles?|staff|contributors?|journalists?|reporters?|columnists?|by)\//i;

/** True when the link leads to an author's page. */
export function isAuthorLink(a: Element): boolean {
  return /\bauthor\b/i.test(a.attribs.rel ?? "") || AUTHOR_PATH.test(a.attribs.href ?? "");
}
// The microdata properties of an article's headline, authors and dates.
export const MICRODATA = /\b(?:headline|author|creator|datePublished|dateCreated|dateModified)\b/;

function addMeta(metas: Map<string, string[]>, key: string, content: string): void {
  const values = metas.get(key);
  if (!values) metas.set(key, [content]);
  else if (values.length < MAX_META_VALUES) values.push(content);
}

// Parse.ly's older tag states the title, date and authors in one JSON object; its fields as the newer tags name them.
const PARSELY_FIELDS: Record<string, string> = { title: "parsely-title", pub_date: "parsely-pub-date", author: "parsely-author", authors: "parsely-author" };

/** The fields of a parsely-page tag's JSON, as [meta key, value] pairs; none where it is no JSON object. */
function parselyPage(content: string): Array<[string, string]> {
  const data = parseLenient(content);
  if (typeof data !== "object" || data === null) return [];
  const out: Array<[string, string]> = [];
  for (const [field, key] of Object.entries(PARSELY_FIELDS)) {
    for (const v of [(data as Record<string, unknown>)[field]].flat()) if (typeof v === "string" && v.trim()) out.push([key, v]);
  }
  return out;
}

export function indexPage($: CheerioAPI): PageIndex {
  const index: PageIndex = { metas: new Map(), title: null, h1s: [], times: [], microdata: [], jsonLd: [], canonical: null, bylines: [], authorLinks: [], lang: "en" };
  // Entries are nodes to enter, or null where a byline element's subtree ends.
  const stack: Array<AnyNode | null> = [...$.root()[0]!.children].reverse();
  let inByline = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      inByline--;
      continue;
    }
    if (!isElement(node)) continue;
    const a = node.attribs;
    switch (node.name) {
      case "meta": {
        const content = a.content;
        if (content === undefined) break;
        const keys = new Set([a.property, a.name, a.itemprop].map((k) => k?.trim().toLowerCase()));
        for (const key of keys) if (key) addMeta(index.metas, key, content);
        if (keys.has("parsely-page")) for (const [key, value] of parselyPage(content)) addMeta(index.metas, key, value);
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
    else if (!inByline && node.name === "a" && index.authorLinks.length < MAX_BYLINES && isAuthorLink(node)) index.authorLinks.push(node);
    if (byline) {
      inByline++;
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return index;
}
