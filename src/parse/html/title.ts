// The headline: every title the page states (JSON-LD, Open Graph and Twitter cards, meta tags,
// microdata, the document title) and the headings it prints, each cleaned of the site's name and
// section label. The one the most sources agree on wins; a heading printed right above the body
// is one source, and wins ties, since it is the headline a reader sees.
import { cleanText, decodeEntities, textOf } from "./dom.js";
import type { JsonObject } from "./jsonld.js";
import type { PageIndex } from "./page-index.js";
import type { VisibleHeading } from "./placement.js";

type Family = "visible" | "ld" | "social" | "micro" | "meta" | "doc";
// Order of preference between equally supported titles.
const PRIORITY: Family[] = ["visible", "ld", "social", "micro", "meta", "doc"];

interface Source {
  family: Family;
  text: string;
  /** How much the source counts: 1, or less for an h1 far from the body (often a logo). */
  weight: number;
  /** The heading's block, for visible sources. */
  block: number | null;
  /** A title only where another source states it too (an h2 or h3 opening the body may be a subheading). */
  needsSupport: boolean;
}

export interface Headline {
  title: string;
  /** The block of the heading that prints it, when one does. */
  block: number | null;
}

// " | ", " - ", " – ", " — ", " · ", " • ", " ~ ", " :: ", " » ", " / " separate a headline from the site's name.
const SEPARATOR = /\s+(?:[|\-–—·•~»/]|::)\s+/g;
// What may join a headline to the rest of a title: the separators, "@" (blog posts), "_" (CJK sites).
const JOINER = /^(?:\s+(?:[|\-–—·•~»/@]|::)\s+|\s*_|\s*\|\s*|:\s+)/;
// The permalink sign documentation sites print after a heading ("Setting up¶", "Install #").
const PERMALINK = /\s*[¶#§]+$/;
// Headlines are shorter than this; longer "titles" are descriptions.
const MAX_TITLE = 300;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const norm = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/\s+/g, " ").trim();

/** True when a title segment names the outlet ("BBC News" for "BBC", "HeraldSun" for "Herald Sun"). */
function namesOutlet(segment: string, outlets: string[]): boolean {
  const seg = letters(segment);
  if (!seg) return false;
  return outlets.some((o) => {
    const name = letters(o).replace(/^the/, "");
    // The name with a word or two before or after it ("BBC News", "Tech at Example"), or part of it; a
    // longer segment that mentions it is the headline ("How we built the Example app").
    return name.length >= 2 && (seg.replace(/^the/, "") === name || (seg.length <= 40 && (seg.startsWith(name) || seg.endsWith(name) || name.includes(seg))));
  });
}

/** The title without its last (or first) segment when `drop` holds for it, or null. */
function cutSegment(title: string, atEnd: boolean, drop: (segment: string) => boolean): string | null {
  const seps = [...title.matchAll(SEPARATOR)];
  if (!seps.length) return null;
  const sep = atEnd ? seps[seps.length - 1]! : seps[0]!;
  const [kept, segment] = atEnd ? [title.slice(0, sep.index), title.slice(sep.index + sep[0].length)] : [title.slice(sep.index + sep[0].length), title.slice(0, sep.index)];
  return drop(segment) ? kept.trim() : null;
}

// A section label printed between the headline and the site's name ("… | Local News | Site"):
// a word or two without digits, not opening in lower case ("Ferry fares to rise — at last | Site" keeps its tail).
const SECTION_SEGMENT = /^(?!\p{Ll})[\p{L}&'’.]+(?: [\p{L}&'’.]+)?$/u;
// A headline keeps at least this many words once a section label is cut from it.
const MIN_HEADLINE_WORDS = 3;

// A date printed after the headline ("… - Feb. 1, 2016", "… - 21/12/2018"): numbers, with a year,
// and a month or weekday word or two; "Election Results 2024" is a label, not a date.
const DATE_SEGMENT = /^(?=.*(?:\b(?:1[89]|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2}))(?:\p{L}{3,9}\.?|\d{1,4})(?:[\s,./-]+(?:\p{L}{3,9}\.?|\d{1,4}))*$/u;
const isDate = (s: string): boolean => DATE_SEGMENT.test(s.trim()) && (s.match(/\d+/g)?.length ?? 0) >= 2 && (s.match(/\p{L}+/gu)?.length ?? 0) <= 2;

/** The title without a date segment at its end. */
function withoutDateTail(title: string): string {
  return cutSegment(title, true, isDate) ?? title;
}

// A name's words: capitalized ("Example", "Yahoo!News", "V8"), a digit-led brand ("9to5Mac") or "&".
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.!'’&+-]*|\p{N}+\p{L}[\p{L}\p{N}]*|[&+])$/u;
// The small words inside a name ("Museum of Art", "Times of the Harbour").
const NAME_JOINER = /^(?:of|the|for|and|on|at|in|de|del|der|des|du|di|da|la|le|en|von|van|y|et)$/;
// A site named by its address ("example.com").
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
// A site's name is a few words; a longer tail is part of the headline.
const MAX_NAME_WORDS = 4;
// Without a tag naming the site, a tail is cut only from a headline at least this long.
const MIN_NAMED_HEADLINE_WORDS = 4;
// A name in parentheses at the end ("… (Example Daily)").
const PARENTHESIZED_TAIL = /\s+\(([^()]{2,40})\)$/;
// A name in brackets at the end ("… [Example]").
const BRACKETED_TAIL = /\s+\[([^[\]]{2,40})\]$/;

/** True when a title segment reads as a name (a site's, or an author's after "by"), not as words of a headline. */
function isNameSegment(segment: string): boolean {
  const words = segment.trim().replace(/^by\s+/i, "").split(/\s+/);
  if (words.length > MAX_NAME_WORDS || segment.length > 40) return false;
  if (words.length === 1 && DOMAIN.test(words[0]!)) return true;
  return NAME_WORD.test(words[0]!) && words.every((w) => NAME_WORD.test(w) || NAME_JOINER.test(w));
}

/** The title without a leading or trailing segment that names the site, nor the section label next to it. */
export function stripSiteName(title: string, outlets: string[], people: string[] = []): string {
  // The site, or a person the page credits, named exactly, with a handle in parentheses at most ("Headline | Jane Doe (@jane)").
  const namesSite = (s: string): boolean => namesOutlet(s, outlets) || people.some((p) => letters(p) === letters(s.replace(/\([^()]*\)/g, "")));
  let t = title;
  const cut = { end: false, start: false };
  for (let round = 0; round < 3; round++) {
    const atEnd = cutSegment(t, true, namesSite);
    const next = atEnd ?? cutSegment(t, false, namesSite);
    if (next === null) break;
    cut[atEnd === null ? "start" : "end"] = true;
    t = next;
  }
  // The site's name in parentheses after the headline ("Headline (Example Daily)").
  t = t.replace(PARENTHESIZED_TAIL, (m, name: string) => (namesSite(name) ? "" : m));
  // A site whose name no tag states: a short name after the headline (" - Example Daily", " [Example]").
  t = withoutDateTail(t).replace(BRACKETED_TAIL, (m, name: string) => (isNameSegment(name) ? "" : m));
  const named = cutSegment(t, true, isNameSegment);
  if (named !== null && headlineWords(named) >= MIN_NAMED_HEADLINE_WORDS) {
    t = named;
    cut.end = true;
  }
  // A site whose address no tag states, printed before the headline ("example.com - Headline").
  const address = cutSegment(t, false, (s) => DOMAIN.test(s.trim()));
  if (address !== null && headlineWords(address) >= MIN_NAMED_HEADLINE_WORDS) {
    t = address;
    cut.start = true;
  }
  const section = (s: string): boolean => SECTION_SEGMENT.test(s.trim());
  for (const atEnd of [true, false]) {
    const next = cut[atEnd ? "end" : "start"] ? cutSegment(t, atEnd, section) : null;
    if (next !== null && headlineWords(next) >= MIN_HEADLINE_WORDS) t = next;
  }
  // A name the section label hid ("Headline | Jane Doe | Opinion | Site").
  t = withoutDateTail(cutSegment(t, true, namesSite) ?? t);
  // Some sites print their name before a colon ("Harbour Times: Ferry fares to rise").
  const colon = /^([^:]{2,40}):\s+(?=\S)/.exec(t);
  if (colon && namesOutlet(colon[1]!, outlets)) t = t.slice(colon[0].length);
  return t.trim();
}

// Sites that join with underscores put a column and their name after the headline, each a word
// or three ("…新台阶_科技_腾讯网", "Headline_Tech_Site Name"): short segments at the end.
const UNDERSCORE_TAIL = /(?:\s*_\s*[^_\s](?:[^_\s]| (?=\S)){0,19}){1,3}$/u;
const MAX_TAIL_WORDS = 3;

/** The title without a tail of short segments joined by underscores. */
function stripUnderscoreTail(title: string): string {
  const tail = UNDERSCORE_TAIL.exec(title);
  if (!tail || tail[0].split("_").some((seg) => seg.trim().split(" ").length > MAX_TAIL_WORDS)) return title;
  const head = title.slice(0, tail.index).trim();
  // The headline is the longer part: "新竹尖石_美樹營地賞楓" keeps its underscore.
  return head.length > tail[0].length ? head : title;
}

// A section label before the headline: "Opinion | …", "World » …" (one or two words).
const SECTION_PREFIX = /^[\p{L}&]+(?: [\p{L}&]+)?\s+[|»›]\s+(?=(?:\S+\s+){2}\S)/u;

// A live page's or a medium's label before the headline ("LIVE: …", "WATCH: …", "Breaking: …"): it says how the story is told, not what it tells.
const FORMAT_LABEL = /^(?:live(?:\s+(?:updates|blog|coverage))?|watch(?:\s+live)?|video|photos|in\s+pictures|listen|breaking(?:\s+news)?|just\s+in)\s*(?::|[-–—|]\s)\s*(?=(?:\S+\s+){2}\S)/i;

/** A headline without a format label before it. */
const withoutFormatLabel = (title: string): string => title.replace(FORMAT_LABEL, "");

/** The words of a text, a character of a script written without spaces counting half of one. */
function headlineWords(text: string): number {
  return text.split(/\s+/).length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) / 2;
}

// Inline markup a CMS leaves in a stated title ("Ferry <em>fares</em>", escaped or not): no words of it.
const INLINE_TAG = /<\/?(?:em|i|b|strong|span|br|sup|sub|a|u|mark|small|cite|q|abbr)\b[^<>]*>/gi;

/** A stated title as a headline: entities decoded, inline markup, site name, column and section label removed. */
export function cleanTitle(raw: string, outlets: string[], people: string[] = []): string {
  const t = cleanText(decodeEntities(raw).replace(INLINE_TAG, (tag) => (/^<br\b/i.test(tag) ? " " : "")));
  return withoutFormatLabel(stripSiteName(stripUnderscoreTail(t), outlets, people).replace(SECTION_PREFIX, "").trim());
}

/** How far a source's text supports a candidate headline: 1 the same, less for a part of it. */
function support(candidate: string, source: string, clean: (title: string) => string): number {
  const c = norm(candidate);
  const s = norm(source);
  if (!c || !s) return 0;
  if (c === s || c === norm(clean(source))) return 1;
  // A headline cut short with an ellipsis (JSON-LD limits its length).
  const cut = /^(.{20,}?)\s*(?:…|\.\.\.)$/.exec(s);
  if (cut && c.startsWith(cut[1]!)) return 0.9;
  // The headline, then the rest of the title after a separator ("Headline | Column | Site").
  if (s.startsWith(c) && JOINER.test(s.slice(c.length))) return 0.8;
  // The rest, then the headline ("Site - Headline"): the site's name is the shorter part.
  if (s.endsWith(c)) {
    const rest = s.slice(0, s.length - c.length);
    if (/(?:\s+(?:[|\-–—·•~»/]|::)|_|:)\s*$/.test(rest) && rest.length < c.length) return 0.8;
  }
  return 0;
}

// Microdata headlines looked at: more are a listing's items.
const MAX_PER_FAMILY = 10;
// Words of a headline: a section label or a greeting is shorter ("Health Center", "Hi, I'm Jo").
const HEADLINE_WORDS = 4;

/**
 * How much a printed heading counts. The h1 above the body is the headline a reader sees: a
 * headline-length one outweighs two sources that state another (social titles are rewritten for
 * sharing and search); a short one counts as one source. An h2 or h3 there may be a kicker, and
 * an h1 far from the body is often the site's logo.
 */
function visibleWeight(h: VisibleHeading): number {
  if (!h.near) return 0.5;
  if (h.level > 1) return 0.9;
  // A short one loses a tie to a stated title: it may be the site's logo.
  return headlineWords(h.text) >= HEADLINE_WORDS ? 3 : 0.95;
}

/** Every title the page states, by source. */
function statedTitles(page: PageIndex, article: JsonObject | null, headings: VisibleHeading[]): Source[] {
  const sources: Source[] = [];
  const add = (family: Family, text: unknown, weight = 1, block: number | null = null, needsSupport = false): void => {
    if (typeof text === "string" && text.trim()) sources.push({ family, text, weight, block, needsSupport });
  };
  for (const h of headings) {
    add("visible", h.text.replace(PERMALINK, ""), visibleWeight(h), h.block, h.level > 1 && !h.near);
    // The heading without its kicker, badge or subtitle, a title only where another source states it so.
    for (const part of h.parts) add("visible", part, visibleWeight(h), h.block, true);
  }
  add("ld", article?.headline);
  add("ld", article?.name);
  for (const key of ["og:title", "twitter:title"]) for (const v of page.metas.get(key) ?? []) add("social", v);
  for (const key of ["title", "dc.title", "dcterms.title", "headline", "sailthru.title", "parsely-title"]) for (const v of page.metas.get(key) ?? []) add("meta", v);
  for (const el of page.microdata.filter((e) => /\bheadline\b/.test(e.attribs.itemprop!)).slice(0, MAX_PER_FAMILY)) add("micro", el.attribs.content ?? textOf(el));
  if (page.title) add("doc", textOf(page.title));
  return sources;
}

/** The headline most sources agree on, or null when the page states none. */
export function readHeadline(page: PageIndex, article: JsonObject | null, headings: VisibleHeading[], outlets: string[], people: string[]): Headline | null {
  const clean = (t: string): string => cleanTitle(t, outlets, people);
  const sources = statedTitles(page, article, headings);
  const isOutlet = (t: string): boolean => outlets.some((o) => letters(o) === letters(t));
  let best: { title: string; block: number | null; score: number; rank: number } | null = null;
  const seen = new Set<string>();
  for (const [rank, src] of sources.map((s) => [PRIORITY.indexOf(s.family), s] as const).sort((a, b) => a[0] - b[0])) {
    const title = src.family === "visible" ? withoutFormatLabel(cleanText(src.text)) : clean(src.text);
    if (!title || title.length > MAX_TITLE || isOutlet(title) || !/[\p{L}\p{N}]/u.test(title) || seen.has(norm(title))) continue;
    seen.add(norm(title));
    // Each family counts once, by its best-supporting source.
    const byFamily = new Map<Family, number>();
    for (const s of sources) byFamily.set(s.family, Math.max(byFamily.get(s.family) ?? 0, support(title, s.text, clean) * s.weight));
    const score = [...byFamily.values()].reduce((a, b) => a + b, 0);
    if (src.needsSupport && score <= src.weight) continue;
    if (!best || score > best.score + 1e-9) best = { title, block: src.block, score, rank };
  }
  if (!best) return null;
  const forms = sources.filter((s) => s.family !== "doc").map((s) => clean(s.text));
  return { title: untruncated(best.title, forms), block: best.block };
}

/** A headline cut short with an ellipsis, completed from a fuller form (not one that adds the site's name). */
function untruncated(title: string, forms: string[]): string {
  const cut = /^(.*\S)\s*(?:…|\.\.\.)$/.exec(title);
  if (!cut) return title;
  return forms.find((f) => f.length > cut[1]!.length && f.startsWith(cut[1]!) && !/(?:…|\.\.\.)$/.test(f) && !JOINER.test(f.slice(cut[1]!.length))) ?? title;
}

/** What the document title appends after the headline ("Headline - The Daily Example"), or null. */
export function appendedName(docTitle: string, headline: string): string | null {
  if (!docTitle.startsWith(headline) || docTitle.length <= headline.length) return null;
  const m = /^\s*(?:[|\-–—·•~»]|::)\s+(.+)$/.exec(docTitle.slice(headline.length));
  const name = m?.[1]!.split(SEPARATOR).pop()?.trim();
  // A site name is short and is not a date ("Headline - Feb. 1, 2016").
  return name && name.length <= 40 && !/\d{4}/.test(name) ? name : null;
}
