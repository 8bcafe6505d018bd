// The published date: every date the page states for the article (meta tags, JSON-LD, microdata,
// <time> elements, the date printed by the byline, the date in its address); the day most sources
// agree on wins. Modified dates and the dates of other stories are left out. The value is the
// date as the page states it, with its offset: a local evening is not moved to the next day.
import { instantValue } from "../../timex.js";
import { cleanText, decodeEntities, textOf, type Element } from "./dom.js";
import type { JsonObject } from "./jsonld.js";
import type { PageIndex } from "./page-index.js";
import { inTeaserCard } from "./authors.js";
import { isHeading } from "./blocks.js";
import { articleHead, headSpan, inOtherStories, type Placement } from "./placement.js";
import { validDay, writtenDate, zoneOf, type WrittenDate } from "./written-date.js";

export interface PublishedDate {
  /** As printed on the page, else as the metadata states it. */
  text: string;
  /** ISO day or date-time, with the offset the page states ("2024-03-14T09:30:00+01:00"). */
  value: string;
  /** The same moment as a UTC instant (a date-time without offset read as UTC), or the day. */
  instant: string;
  /** The text block that prints the date and nothing more (a dateline), if one does. */
  block: number | null;
}

/** "Z", "+0100", "+01:00" or "-05" as "Z", "+01:00", "-05:00". */
function offsetOf(zone: string): string {
  if (zone === "Z") return "Z";
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return zoneOf(sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)));
}

// ISO 8601 as metadata writes it, with a space or T, fractional seconds and any zone form.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/;

/** The ISO value of a stated date: a date-time with the stated offset when it has a time, else a day. */
export function isoValue(raw: string, lang = "en"): string | null {
  const s = cleanText(raw);
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (!m[4] || Number(m[4]) > 23 || Number(m[5]) > 59) return day;
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? "00"}${m[7] ? offsetOf(m[7]) : ""}`;
  }
  return writtenValue(s, lang);
}

/** The value of a date written out ("Dec. 20, 2023, 6:00 AM ET", "14 March 2024"), with its year. */
export function writtenValue(text: string, lang = "en"): string | null {
  return writtenDate(text, lang)?.value ?? null;
}

/** The UTC instant of a value (a date-time without offset read as UTC), or the day itself. */
export function instantOf(value: string): string {
  if (!value.includes("T")) return value;
  const date = new Date(/(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? value.slice(0, 10) : instantValue(date);
}

type Family = "ld" | "meta" | "micro" | "visible" | "generic" | "url" | "time";
// Order of preference between equally supported days.
const PRIORITY: Family[] = ["ld", "meta", "micro", "visible", "generic", "url", "time"];
// A date stated as the publication's counts fully; a date printed by the byline may be the
// update's, a "date" meta tag or the address may date something else, the page's first <time> less still.
const WEIGHT: Record<Family, number> = { ld: 1, meta: 1, micro: 1, visible: 0.7, generic: 0.5, url: 0.5, time: 0.3 };

interface Candidate {
  family: Family;
  value: string;
  /** The date as printed, for visible dates. */
  printed: string | null;
  /** The block of a printed dateline. */
  block?: number;
}

// A dateline holds the date and a few words ("Published", "Updated 10:02", "|").
const DATELINE_SLACK = 12;

// Meta tags of the published date, most specific first; then microdata properties in meta tags,
// and tags that name a date without saying which.
const PUBLISHED_METAS = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published", "article.published", "published_at", "parsely-pub-date",
  "sailthru.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created", "article:publicationdate", "pubdate", "publishdate",
  "publish-date", "publish_date", "published-date", "date_published", "publication_date", "publication-date", "citation_publication_date",
  "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "iso-8601-publish-date", "pdate", "displaydate", "bt:pubdate",
];
const MICRODATA_METAS = ["datepublished", "datecreated"];
const GENERIC_METAS = ["dc.date", "dcterms.date", "date"];
// Words that introduce a date other than the publication's: the last update.
const MODIFIED_WORDS = "updated?|modified|last\\s+edit(?:ed)?|mis à jour|aktualisiert|actualizado|atualizado|aggiornato";
const MODIFIED = new RegExp(`\\b(?:${MODIFIED_WORDS})\\b`, "i");
const MODIFIED_PROP = /\bdateModified\b|(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i;
// A date in an article's address: /2015/04/30/, /2015-04-30/ or /20150430/ (one separator throughout).
const URL_DATE = /\/((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?:[/-]|$)/;

// The page's first <time> is looked for among this many (a page of empty ones states no date).
const MAX_FIRST_TIMES = 20;

/** True when a <time> states an update: by its property or class, or by the words just before it ("Updated"). */
function isModified(el: Element): boolean {
  if (MODIFIED_PROP.test(`${el.attribs.itemprop ?? ""} ${el.attribs.class ?? ""}`)) return true;
  let before = "";
  for (let n = el.prev; n && before.length < 40; n = n.prev) before = (n.type === "text" ? n.data : n.type === "tag" ? textOf(n) : "") + before;
  return MODIFIED.test(before);
}

/** The date a <time> element states: its datetime attribute, else its text. */
function timeValue(el: Element, lang: string): string | null {
  const attr = el.attribs.datetime ?? el.attribs.content;
  return (attr && isoValue(decodeEntities(attr), lang)) || writtenValue(textOf(el), lang);
}

/** What a <time> element prints, when it is a date ("14 March 2024", not "Share"). */
function printedTime(el: Element): string | null {
  const text = textOf(el);
  return text.length <= 80 && /\d/.test(text) ? text : null;
}

// The words that introduce a dateline's dates, the update's or the publication's, with the word kept;
// not letters around them, but digits may be: spans printed side by side run together ("2024Published").
const DATE_MARKER = new RegExp(`((?<!\\p{L})(?:(?:${MODIFIED_WORDS})(?!\\p{L})|publi(?:shed|é|cado|cato)|posted|veröffentlicht))`, "iu");

/**
 * The first date of a dateline that no update word introduces: "Published 3 May 2024. Updated 4 May
 * 2024" and "Updated 4 May 2024 Published 3 May 2024" both give the 3rd.
 */
function publishedPart(line: string, lang: string): WrittenDate | null {
  const parts = line.split(DATE_MARKER);
  for (let k = 0; k < parts.length; k += 2) {
    if (k > 0 && MODIFIED.test(parts[k - 1]!)) continue;
    const date = writtenDate(parts[k]!, lang);
    if (date) return date;
  }
  return null;
}

/**
 * The published dates a visible dateline in the article's head prints (not the update's, nor
 * another story's); `updates` are the texts of the <time>s that state an update: another date of the line is the publication's.
 */
function printedInHead(p: Placement, from: number, lang: string, updates: string[]): Candidate[] {
  const out: Candidate[] = [];
  const holdsHeadline = (e: Element): boolean => {
    const range = p.seg.ranges.get(e);
    return !!range && range[0] <= from && from < range[1];
  };
  // Some pages print the dateline right above the headline, with the section label.
  const above = from > 0 && isHeading(p.seg.blocks[from]!) ? [from - 1] : [];
  for (const i of [...above, ...articleHead(p, from)]) {
    const { text, owner, linkChars } = p.seg.blocks[i]!;
    if (text.length > 160 || (owner && inOtherStories(owner, holdsHeadline))) continue;
    for (const line of text.split("\n")) {
      const date = publishedPart(updates.reduce((l, u) => l.replace(u, " "), line), lang) ?? publishedPart(line, lang);
      if (!date) continue;
      const alone = text.length <= date.text.length + DATELINE_SLACK;
      // Above the headline only a dateline alone counts: a linked or longer line there is another story's.
      if (i < from && (!alone || linkChars > 0)) continue;
      out.push({ family: "visible", value: date.value, printed: date.text, ...(alone ? { block: i } : {}) });
    }
  }
  return out;
}

// A line that says when the article was published, printed under its text by some sites ("First
// published on 12 March 2024", "Published: 12 March 2024 14:05 GMT"): these words, then the date
// and a few more at most; a sentence of the body says more ("Published figures from 3 March show …").
const PUBLISHED_LINE = /^(?:this\s+(?:article|story)\s+was\s+)?(?:(?:first|originally)\s+)?published(?:\s+(?:on|at))?\s*:?\s*/i;
// Such a line is short, and printed within a few blocks after the body's last.
const MAX_PUBLISHED_LINE = 120;
const BELOW_BODY_BLOCKS = 5;

/** The published dates a line after the article's head states in those words, not in another story's teaser. */
function statedBelow(p: Placement, lang: string, otherStory: (el: Element) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const last = p.body[p.body.length - 1];
  if (last === undefined) return out;
  for (let i = p.first; i <= Math.min(last + BELOW_BODY_BLOCKS, p.seg.blocks.length - 1); i++) {
    const { text, owner } = p.seg.blocks[i]!;
    const words = PUBLISHED_LINE.exec(text);
    if (!words || text.length > MAX_PUBLISHED_LINE || (owner && otherStory(owner))) continue;
    const date = writtenDate(text.slice(words[0].length), lang);
    if (date && text.length <= words[0].length + date.text.length + DATELINE_SLACK) out.push({ family: "visible", value: date.value, printed: date.text });
  }
  return out;
}

function candidates(page: PageIndex, article: JsonObject | null, p: Placement, from: number, title: string | null, url: string | null): Candidate[] {
  const out: Candidate[] = [];
  const lang = page.lang;
  // Another story's date: in a panel of them, or in its teaser's card (a list of "More news" after the body).
  const otherStory = (el: Element): boolean => inOtherStories(el) || inTeaserCard(p, el, from, title);
  const add = (family: Family, raw: unknown, printed: string | null = null): void => {
    const value = typeof raw === "string" ? isoValue(decodeEntities(raw), lang) : null;
    if (value) out.push({ family, value, printed });
  };
  add("ld", article?.datePublished ?? article?.dateCreated);
  for (const [family, keys] of [["meta", PUBLISHED_METAS], ["micro", MICRODATA_METAS], ["generic", GENERIC_METAS]] as const) {
    for (const key of keys) for (const v of page.metas.get(key) ?? []) add(family, v);
  }
  for (const el of page.microdata) {
    if (/\b(?:datePublished|dateCreated)\b/.test(el.attribs.itemprop!)) {
      const value = timeValue(el, lang);
      if (value) out.push({ family: "micro", value, printed: el.name === "time" ? printedTime(el) : null });
    }
  }
  // <time> elements: those printed above the body are the article's dateline.
  const [zoneStart, headStop] = headSpan(p, from);
  for (const el of page.times) {
    const at = el.startIndex ?? 0;
    const pubdate = "pubdate" in el.attribs;
    // Another story's date in a panel beside the headline is not the article's.
    if ((!pubdate && (at < zoneStart || at > headStop)) || isModified(el) || otherStory(el)) continue;
    const value = timeValue(el, lang);
    if (value) out.push({ family: pubdate ? "micro" : "visible", value, printed: printedTime(el) });
  }
  // A <time> marked as the update by its class or property, printed before the publication's in one line ("<time class=updated>…</time> <time>…</time>").
  const updates = page.times.filter(isModified).map((el) => textOf(el)).filter((t) => t.length > 0);
  out.push(...printedInHead(p, from, lang, updates), ...statedBelow(p, lang, otherStory));
  const inUrl = url ? URL_DATE.exec(url) : null;
  if (inUrl && validDay(Number(inUrl[1]), Number(inUrl[3]), Number(inUrl[4]))) out.push({ family: "url", value: `${inUrl[1]}-${inUrl[3]}-${inUrl[4]}`, printed: null });
  // The page's first <time> that states no update: a page's last update is not its publication.
  for (const el of page.times.slice(0, MAX_FIRST_TIMES)) {
    if (otherStory(el) || isModified(el)) continue;
    const value = timeValue(el, lang);
    if (!value) continue;
    out.push({ family: "time", value, printed: null });
    break;
  }
  return out;
}

// Offsets of the world's zones, in hours: a UTC instant is a local date within this span.
const ZONE_SPAN: [number, number] = [-12, 14];

/**
 * The days a value may be on the page's own calendar: its day, and for an instant in UTC the
 * local days it falls on somewhere ("2023-12-21T03:00:00Z" is the evening of the 20th in New York).
 */
function daysOf(value: string): string[] {
  if (!/T.*Z$/.test(value)) return [value.slice(0, 10)];
  const t = Date.parse(value);
  if (Number.isNaN(t)) return [value.slice(0, 10)];
  return [...new Set([value.slice(0, 10), ...ZONE_SPAN.map((h) => new Date(t + h * 3600e3).toISOString().slice(0, 10))])];
}

/**
 * The published date the most sources agree on (each kind of source counting once per day), or
 * null. `from` is the block of the headline, where the article's dateline zone starts; `title` is the headline.
 */
export function readPublished(page: PageIndex, article: JsonObject | null, p: Placement, from: number, title: string | null, url: string | null): PublishedDate | null {
  const found = candidates(page, article, p, from, title, url);
  if (!found.length) return null;
  const byDay = new Map<string, Map<Family, number>>();
  for (const c of found) {
    for (const day of daysOf(c.value)) {
      const families = byDay.get(day) ?? new Map<Family, number>();
      families.set(c.family, WEIGHT[c.family]);
      byDay.set(day, families);
    }
  }
  // Within a kind of source, the day the page prints in its own zone before a UTC instant's ("<time
  // datetime='…T04:30Z'>March 5, 11:30 PM ET</time>" is on the 5th where it is published).
  const isUtc = (c: Candidate): number => (/T.*Z$/.test(c.value) ? 1 : 0);
  const ranked = [...found].sort((a, b) => PRIORITY.indexOf(a.family) - PRIORITY.indexOf(b.family) || isUtc(a) - isUtc(b));
  const score = (day: string): number => [...byDay.get(day)!.values()].reduce((a, b) => a + b, 0);
  // Each source's own day first: a UTC instant backs its neighbouring days only where another source states them.
  let bestDay = ranked[0]!.value.slice(0, 10);
  for (const c of ranked) if (score(c.value.slice(0, 10)) > score(bestDay) + 1e-9) bestDay = c.value.slice(0, 10);
  const onDay = ranked.filter((c) => c.value.startsWith(bestDay));
  // The most precise statement of that day: a time with an offset, else a time, else the day.
  const chosen = onDay.find((c) => /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(c.value)) ?? onDay.find((c) => c.value.includes("T")) ?? onDay[0]!;
  const printed = onDay.find((c) => c.printed);
  return { text: printed?.printed ?? chosen.value, value: chosen.value, instant: instantOf(chosen.value), block: printed?.block ?? null };
}
