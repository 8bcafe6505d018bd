// The lead article's metadata from the page head and markup: title, outlet, authors, published
// date and link, each from the most reliable source the page has (JSON-LD, Open Graph, meta
// tags, then visible markup).
import { dayValue, instantValue } from "../../timex.js";
import { cleanText, headingText, linksIn, textOf, type Element } from "./dom.js";
import { articleNode, jsonLdNodes, nameOf, namesOf, type JsonObject } from "./jsonld.js";
import type { PageIndex } from "./page-index.js";

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** The published time as printed on the page (or as the metadata states it). */
  published: string | null;
  /** ISO instant or day of the published time. */
  publishedValue: string | null;
  url: string | null;
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };

/** JSON-LD strings are raw script text: some CMSs HTML-escape them a second time. */
function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (cp >= 0) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return NAMED[name!.toLowerCase()] ?? m;
  });
}

const clean = (s: string | null | undefined): string | null => (s ? cleanText(decodeEntities(s)) || null : null);

/** The content of the first meta tag with one of the given property/name/itemprop keys. */
function meta(page: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = clean(page.metas.get(key.toLowerCase()));
    if (v) return v;
  }
  return null;
}

export function readMetadata(page: PageIndex): PageMetadata {
  const article = articleNode(jsonLdNodes(page.jsonLd));
  const published = readPublished(page, article);
  const { title, siteName } = readTitle(page, article);
  return {
    title,
    outlet: readOutlet(page, article) ?? siteName,
    authors: readAuthors(page, article),
    published: published?.text ?? null,
    publishedValue: published?.value ?? null,
    url: clean(nameOf(article?.url)) ?? meta(page, "og:url") ?? clean(page.canonical),
  };
}

/** The outlet the page declares, or null. */
function readOutlet(page: PageIndex, article: JsonObject | null): string | null {
  const name = meta(page, "og:site_name") ?? clean(nameOf(article?.publisher)) ?? meta(page, "application-name");
  if (!name) return null;
  // Some sites put their address in og:site_name; the host name is the outlet's name then.
  const url = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(name);
  return url ? url[1]! : name;
}

// " | ", " - ", " – ", " — ", " · ", " :: ", " » " separate a headline from the site's name.
const SEPARATOR = /\s+(?:[|\-–—·»]|::)\s+/g;
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** True when a title segment names the outlet ("BBC News" for "BBC", "HeraldSun" for "Herald Sun"). */
function namesOutlet(segment: string, outlets: string[]): boolean {
  const seg = letters(segment);
  if (!seg) return false;
  return outlets.some((o) => {
    const name = letters(o).replace(/^the/, "");
    return name.length >= 2 && (seg.replace(/^the/, "") === name || (seg.length <= 40 && (seg.includes(name) || name.includes(seg))));
  });
}

/** The title without a leading or trailing segment that names the site. */
export function stripSiteName(title: string, outlets: string[]): string {
  let t = title;
  for (let round = 0; round < 3; round++) {
    const seps = [...t.matchAll(SEPARATOR)];
    if (!seps.length) break;
    const last = seps[seps.length - 1]!;
    const first = seps[0]!;
    if (namesOutlet(t.slice(last.index + last[0].length), outlets)) t = t.slice(0, last.index);
    else if (namesOutlet(t.slice(0, first.index), outlets)) t = t.slice(first.index + first[0].length);
    else break;
  }
  return t.trim();
}

/** The headline without the site's name, and the site's name where the document title appends it. */
function readTitle(page: PageIndex, article: JsonObject | null): { title: string | null; siteName: string | null } {
  const docTitle = page.title ? clean(textOf(page.title)) : null;
  const h1s = page.h1s.map((h) => headingText(h)).filter((t) => t.length > 0);
  // The headline as the site declares it, most specific declaration first.
  const outlet = readOutlet(page, article);
  // A declared title that is only the site's name ("BBC News") says nothing about the article.
  const candidates = [clean(typeof article?.headline === "string" ? article.headline : null), meta(page, "og:title"), meta(page, "twitter:title"), meta(page, "title", "dc.title", "headline")]
    .filter((t): t is string => !!t && !(outlet && letters(t) === letters(outlet)));
  const declared = untruncated(candidates[0] ?? null, [...candidates, ...h1s]);
  // Otherwise the fullest h1 the document title repeats (pages also use h1 for their logo), else the first.
  const repeated = h1s.filter((h) => docTitle?.includes(h)).sort((a, b) => b.length - a.length)[0];
  const heading = repeated ?? h1s[0] ?? null;
  const title = declared ?? heading ?? docTitle;
  const siteName = docTitle ? appendedName(docTitle, [heading, declared]) : null;
  if (!title) return { title: null, siteName };
  const outlets = [outlet, siteName, meta(page, "application-name", "apple-mobile-web-app-title")].filter((o): o is string => !!o);
  return { title: stripSiteName(title, outlets) || title, siteName };
}

/** A headline cut short with an ellipsis (JSON-LD limits its length), completed from a fuller form. */
function untruncated(title: string | null, forms: string[]): string | null {
  const cut = title ? /^(.*\S)\s*(?:…|\.\.\.)$/.exec(title) : null;
  return (cut && forms.find((f) => f !== title && f.length > cut[1]!.length && f.startsWith(cut[1]!))) || title;
}

/** What the document title appends after the headline ("Headline - The Daily Example"), or null. */
function appendedName(docTitle: string, headlines: Array<string | null>): string | null {
  for (const h of headlines) {
    if (!h || !docTitle.startsWith(h) || docTitle.length <= h.length) continue;
    const m = /^\s*(?:[|\-–—·»]|::)\s+(.+)$/.exec(docTitle.slice(h.length));
    const name = m?.[1]!.split(SEPARATOR).pop()?.trim();
    // A site name is short and is not a date ("Headline - Feb. 1, 2016").
    if (name && name.length <= 40 && !/\d{4}/.test(name)) return name;
  }
  return null;
}

// Author values that are links or handles rather than names.
const NOT_A_NAME = /^(?:https?:|www\.|@)|[\d@/]/;
const BY = /^(?:written\s+)?by\s*:?\s+/i;

/** Names in a byline string: "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]. */
export function namesInByline(byline: string): string[] {
  return cleanText(byline)
    .replace(BY, "")
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\|)\s*/i)
    .map((s) => s.replace(BY, "").trim())
    .filter((s) => s.length >= 3 && s.length <= 60 && !NOT_A_NAME.test(s) && s.split(/\s+/).length <= 5 && /\p{Lu}/u.test(s));
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function readAuthors(page: PageIndex, article: JsonObject | null): string[] {
  const fromLd = namesOf(article?.author).flatMap((n) => namesInByline(decodeEntities(n)));
  if (fromLd.length) return dedupe(fromLd);
  const fromMeta = meta(page, "author", "article:author", "og:article:author", "parsely-author", "dc.creator", "sailthru.author", "byl");
  return dedupe(fromMeta ? namesInByline(fromMeta) : []);
}

// Author pages live under paths like /author/, /writer/, /people/, /profile/, /by/.
const AUTHOR_PATH = /\/(?:authors?|writers?|people|profiles?|staff|contributors?|journalists?|reporters?|columnists?|by)\//i;

function isAuthorLink(a: Element): boolean {
  return /\bauthor\b/i.test(a.attribs.rel ?? "") || AUTHOR_PATH.test(a.attribs.href ?? "");
}

/**
 * Authors from the visible byline nearest the article body (pages print other stories' bylines
 * in their side panels): the names its author links give, else its text without "By" and dates.
 */
export function bylineNear(page: PageIndex, offset: number): string[] {
  const linked: Array<[number, string[]]> = [];
  const printed: Array<[number, string[]]> = [];
  for (const el of page.bylines) {
    const text = textOf(el);
    if (!text || text.length > 120) continue;
    const links = linksIn(el).filter(isAuthorLink).map((a) => textOf(a)).filter((t) => t.length > 0);
    // A date or a count is often glued to the name ("Lucas Nolan22 Dec 2016").
    const names = links.length ? links.flatMap(namesInByline) : namesInByline(text.replace(/\d.*$/, ""));
    if (!names.length) continue;
    // A byline above the body is the article's; one below it may belong to a teaser.
    const start = el.startIndex ?? 0;
    (links.length ? linked : printed).push([start <= offset ? offset - start : 4 * (start - offset), names]);
  }
  // Author pages are linked by name; unlinked text near a name is often a role ("Games Editor").
  const candidates = linked.length ? linked : printed;
  candidates.sort((a, b) => a[0] - b[0]);
  return dedupe(candidates[0]?.[1] ?? []);
}

// ISO 8601 as metadata writes it, with a space or T, fractional seconds and any zone form.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/;

/** The ISO value of a date string from metadata: an instant when it has a time, else a day. */
export function isoValue(raw: string): string | null {
  const s = raw.trim();
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    if (!m[4]) return dayValue(new Date(Date.UTC(y, mo - 1, d)));
    const zone = m[7] ? (m[7] === "Z" ? "Z" : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")) : "Z";
    const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone}`);
    return Number.isNaN(date.getTime()) ? null : instantValue(date);
  }
  // Written dates ("Fri Mar 13 21:30:09 EST 2015", "July 29, 2016") need a month name.
  if (!/[a-z]{3}/i.test(s) || s.length > 60) return null;
  // Without a zone the page's local time is unknown: read it as UTC, never as this machine's zone.
  const date = new Date(ZONE.test(s) ? s : `${s} UTC`);
  if (Number.isNaN(date.getTime())) return null;
  return /\d[:.]\d\d/.test(s) ? instantValue(date) : dayValue(date);
}

// Zones that written dates name; Date parses these, and others are read as UTC.
const ZONE = /\b(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b|[+-]\d{2}:?\d{2}\b/;

function readPublished(page: PageIndex, article: JsonObject | null): { text: string; value: string } | null {
  const stated = [
    meta(page, "article:published_time", "og:article:published_time", "article:published", "datePublished", "published_at", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "article:publicationdate", "pubdate", "date"),
    clean(typeof article?.datePublished === "string" ? article.datePublished : null),
    clean(page.times.find((t) => /\bdatePublished\b/.test(t.attribs.itemprop ?? "") || "pubdate" in t.attribs)?.attribs.datetime),
    clean(page.times.find((t) => t.attribs.datetime)?.attribs.datetime),
    // A <time> without a datetime attribute still prints the date ("January 18, 2017 11:00 PM").
    page.times[0] ? textOf(page.times[0]) : null,
  ];
  for (const raw of stated) {
    const value = raw ? isoValue(raw) : null;
    if (!raw || !value) continue;
    return { text: printedDate(page, value) ?? raw, value };
  }
  return null;
}

/** The visible text of a <time> element that states the same day, as the page prints it. */
function printedDate(page: PageIndex, value: string): string | null {
  const day = value.slice(0, 10);
  for (const el of page.times) {
    const v = isoValue(el.attribs.datetime ?? "");
    const text = textOf(el);
    if (v && v.slice(0, 10) === day && text.length >= 6 && text.length <= 80 && /\d/.test(text)) return text;
  }
  return null;
}
