// Splits a plain-text scrape into its lead article and related items.
//
// Items are found by their dateline (a line holding a relative time or a date): the short lines
// just above it are the item's outlet and its title (printed twice on some pages), the bullets
// just below it repeat the outlet (after a category), then come the title and the body. A title
// printed twice with nothing below it is the header of an item a truncated scrape cut off. Text
// before the first item is the lead; where there is none, the first item is the lead unless the
// page is a listing or the item is followed by more items printed the same way with no
// related-section seam between. Whether a line is a title is read from what follows it
// (`isTitleAt`): furniture, a dateline or the body.
import { readDataJson } from "../data.js";
import { givenNames, isCommonWord } from "../extract/text/index.js";
import type { Message } from "../types.js";
import {
  countWords,
  isArticleEnd,
  isCommentsHeading,
  endsSentence,
  isHeadlineLike,
  isKnownFurniture,
  isListingMarker,
  isOutletLike,
  isProse,
  isRelatedSeam,
  isShortSentence,
  isStub,
  isTitleLine,
  splitGluedFurniture,
} from "./boilerplate.js";
import { datelineValue, FULL_WEEKDAY, isCalendarDay, isDeskName, isRecentAge, isTimeOfDay, openingDateline, parseDateline, type Dateline } from "./dateline.js";
import { footerItems } from "./footer.js";
import { dropBreakHints, type ParsedArticle, type ParsedPage } from "./page.js";

interface Line {
  /** 1-based line number in the input. */
  no: number;
  text: string;
}

interface Block {
  /** Index of the first header line (outlet or title above the dateline). */
  start: number;
  /** Index of the dateline, or of the last line of a header a truncated scrape cut off before it. */
  at: number;
  dateline: Dateline | null;
  outlet: string | null;
  title: string | null;
  /** Names of a byline printed between the title and the dateline. */
  authors: string[];
  /** The aggregator's desk, printed after the time or on the line below it ("Newsroom"), or null. */
  desk: string | null;
  /** How the header is printed (its lines and their kinds): a page prints its lead unlike its items. */
  form: string;
  /** Lines [from, to) of a body printed above the dateline, where the dateline is the item's footer. */
  body?: [from: number, to: number];
  /** Index of a standfirst printed between the title and the byline above the dateline: the body's first line. */
  deck?: number | undefined;
}

// Bullets repeat an item's outlet or category, marked by a hyphen, a dash or a dot.
const BULLET = /^\s*[-–—•·▪◦*]\s+(\S.*)$/;
// Items carry at most a title printed twice and an outlet above their dateline.
const MAX_HEADER_LINES = 3;

/** Normalizes line ends, a leading byte-order mark and break hints, keeping line numbers stable. */
export function splitLines(input: string): Line[] {
  const text = dropBreakHints(input.replace(/^\uFEFF/, ""));
  // Most pages end their lines with "\n" alone: split at it, and by the pattern only where a "\r" is.
  const lines = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  return lines.map((t, i) => ({ no: i + 1, text: t.trimEnd() }));
}

// Titles ending in a stop are short sentences; a longer one is the body's first paragraph.
const MAX_STOP_TITLE_WORDS = 20;
// Trailing widgets are short: "Explore what Daily8 AI can do for you:".
const MAX_WIDGET_WORDS = 10;
// Wire headlines run to a dozen words or so; a longer line above a dateline is a paragraph.
const MAX_WIRE_TITLE_WORDS = 20;
// An outlet's name on a line of its own below a time is short ("The Guardian", "Al Jazeera English").
const MAX_OUTLET_WORDS = 4;
const isShortOutlet = (line: string): boolean => isOutletLike(line) && countWords(line, MAX_OUTLET_WORDS) <= MAX_OUTLET_WORDS;
// Two numbers set apart by other characters: a row of results or a table ("Ajax 3 Feyenoord 1").
const DATA_ROW = /\d\D+\d/;
const isBlank = (l: Line | undefined): boolean => !l || l.text.trim() === "";
// A standfirst says something in a sentence's worth of words: a kicker ("Rail") or a title is shorter.
const MIN_STANDFIRST_WORDS = 10;
// One word of letters and digits, as a brand may spell its name ("g1", "heise").
const ONE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}&+-]{0,24}$/u;
// A day named by a word alone, as a menu's tab may be.
const DAY_WORD = /^(?:today|yesterday)$/i;
// A time or date naming nobody (no outlet, desk, writer or place): an update stamp where it follows an item's dateline.
const isBareStamp = (d: Dateline | null): boolean => !!d && !d.outlet && !d.desk && !d.authors && !d.place;
// A day of the calendar naming nobody ("3 March"), as a timeline heads its entries.
const isCalendarStamp = (d: Dateline | null): boolean => isBareStamp(d) && isCalendarDay(d!.time);
// A weekday on its own line ("Monday"), as a diary or a timeline heads its entries.
const WEEKDAY_LINE = new RegExp(`^${FULL_WEEKDAY}$`, "i");
// Furniture inside an item (a widget, a credit), unlike a section's heading or the article's end, which close one.
const isInlineWidget = (t: string): boolean => isKnownFurniture(t) && !isRelatedSeam(t) && !isArticleEnd(t);

export function parseText(input: string): ParsedPage {
  const lines = splitLines(input);
  const messages: Message[] = [];
  const repeated = repeatedShortLines(lines);
  // An article's end printed under several items, whatever its count ("34 comments", "8 comments"), is a listing's widget.
  const repeatedEnds = repeatedShapes(lines.filter((l) => isArticleEnd(l.text)), countShape);
  const blocks = findBlocks(lines);

  const articles: ParsedArticle[] = [];
  const firstBlock = blocks.length ? blocks[0]!.start : lines.length;
  // A related-section seam before the first dated item ends the lead; what follows it up to
  // the first dated item are items without a dateline.
  const seam = seamIn(lines, 0, firstBlock, repeated);
  // A page of undated cards (title, outlet, text) with no seam is a listing: every card is an item.
  const cards = blocks.length === 0 && seam < 0 && isCardList(undatedGroups(lines, 0, lines.length));
  const lead = cards ? null : leadBefore(lines, 0, seam >= 0 ? seam : firstBlock, repeated, messages);
  const listing = lines.slice(0, firstBlock).some((l) => isListingMarker(l.text));
  if (lead) articles.push(lead);
  if (seam >= 0 || cards) articles.push(...undatedItems(lines, seam + 1, firstBlock, repeated, messages));

  // Dated items are compared by how their headers are printed; a dateless header is a cut-off one.
  const dated = blocks.filter((b) => b.dateline);
  let cut = false;
  blocks.forEach((b, k) => {
    const next = k + 1 < blocks.length ? blocks[k + 1]!.start : lines.length;
    // A related-section seam inside a dated item ends it; what follows it up to the next dated item
    // are items without a dateline ("More from The Atlantic" / "The Atlantic" / title / text) or a
    // list of headlines ("Most viewed"), no text of the item.
    const inner = b.body ? -1 : seamIn(lines, b.at + 1, next, repeated);
    const undated = inner >= 0 ? undatedItems(lines, inner + 1, next, repeated, messages) : [];
    const end = inner >= 0 ? inner : next;
    const last = k === blocks.length - 1 && inner < 0;
    const { item, headerOnly } = itemOf(lines, b, end, last, repeated, messages);
    // The first item is the page's own article when nothing stands before it, the page is no
    // listing, and it is alone, or a related-section seam or its own comments and tags (printed
    // once, unlike a listing's widgets under every item) separate it from the next item, or the
    // items after it are printed another way (a page's top prints its lead unlike its items).
    const seamAfter = lines.slice(b.at, next).some((l) => isRelatedSeam(l.text) || (isArticleEnd(l.text) && !repeatedEnds.has(countShape(l.text))));
    const printedApart = b === dated[0] && dated.length > 1 && dated[1]!.form !== b.form;
    const isLead = articles.length === 0 && k === 0 && !listing && (blocks.length === 1 || seamAfter || printedApart);
    // A reader's comment (a name, a time, words, no headline) under the comments heading is no item, nor
    // one of a single line, read as a headline without a body ("Jo Smith" / "1 hour ago" / "Will it open?").
    if (!isLead && (item.title === null || !item.paragraphs.length) && inComments(lines, b.start)) {
      articles.push(...undated);
      return;
    }
    item.role = isLead ? "lead" : "related";
    // An item with a headline and no body is a headline-only list entry or a teaser: furniture,
    // unless the page ends right after its header, which is an item a truncated scrape cut off.
    cut = last && headerOnly && !item.paragraphs.length && item.title !== null;
    if (item.paragraphs.length || isLead || cut) articles.push(item);
    articles.push(...undated);
  });

  if (articles.length === 0 && lines.some((l) => l.text.trim())) {
    const all = lines.filter((l) => !isBlank(l));
    messages.push({ severity: "warning", code: "layout-unrecognized", message: "no article layout recognized; the page is read as one lead article", line: all[0]?.no ?? 1 });
    articles.push({ role: "lead", title: null, outlet: null, published: null, authors: [], url: null, paragraphs: all.map((l) => l.text.trim()), line: all[0]?.no ?? 1 });
  }
  if (lead && lead.outlet === null && lead.title !== null) lead.outlet = outletPrintedAbove(lines, lead, articles);
  flagTruncation(articles, lines, cut, messages);
  // A lead with no published line of its own may date itself in its first paragraph's dateline.
  const first = articles.find((a) => a.role === "lead");
  return { articles, messages, statedDate: first && !first.published ? openingDateline(first.paragraphs[0]) : null };
}

/**
 * True when line i stands in the page's comments: after a comments heading with no related-section
 * seam between them ("Comments" / "Jo Smith" / "2 hours ago" / words / "Related Articles").
 */
function inComments(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (isCommentsHeading(lines[k]!.text)) return true;
    if (isRelatedSeam(lines[k]!.text)) return false;
  }
  return false;
}

/**
 * The name printed right above the lead's title, where the page prints every related item's outlet
 * so too ("Sky News" / title / text): an aggregator credits its lead as it credits its items
 * ("The Telegraph" / title / "Story by …"), while a site's own name stands apart from its title.
 */
function outletPrintedAbove(lines: Line[], lead: ParsedArticle, articles: ParsedArticle[]): string | null {
  const credited = articles.filter((a) => a.role === "related" && a.outlet !== null);
  const printedAbove = (a: ParsedArticle): boolean => lines[a.line - 1]!.text.trim() === a.outlet && firstTextFrom(lines, a.line) === a.title;
  const above = lines[lead.line - 2]?.text ?? "";
  return credited.length > 0 && credited.every(printedAbove) && isShortOutlet(above) && !isKnownFurniture(above) ? above.trim() : null;
}

/**
 * Index of the related-section seam that ends an article in lines [from, to), or -1. A seam counts
 * after the article's title or some prose, unless the next line of text is prose again: then it
 * was a widget inside the article ("Most Read" between two paragraphs).
 */
function seamIn(lines: Line[], from: number, to: number, repeated: Set<string>): number {
  let text = false;
  let pending = -1;
  for (let i = from; i < to; i++) {
    const t = lines[i]!.text.trim();
    // A heading opens the related section once; printed under several blocks it is a link ("Read more").
    if (text && pending < 0 && isRelatedSeam(t) && !repeated.has(t)) pending = i;
    if (!t || isKnownFurniture(t) || isRelatedSeam(t)) continue;
    const isBody = isProse(t) && !isTitleLine(t);
    if (pending >= 0) {
      if (!isBody) return pending;
      pending = -1;
    }
    text ||= isProse(t) || (isTitleLine(t) && !isStub(t));
  }
  return pending;
}

interface UndatedGroup {
  header: Line[];
  body: Line[];
}

/** Lines [from, to) grouped into header lines (outlet, "- outlet" bullet, title) and the prose below them. */
function undatedGroups(lines: Line[], from: number, to: number): UndatedGroup[] {
  const groups: UndatedGroup[] = [];
  for (let j = from; j < to; j++) {
    const l = lines[j]!;
    const t = l.text.trim();
    if (!t || isKnownFurniture(t) || isRelatedSeam(t)) continue;
    const last = groups[groups.length - 1];
    if (isProse(t) && !isTitleLine(t)) {
      if (last) last.body.push(l);
    } else if (!last || last.body.length) {
      groups.push({ header: [l], body: [] });
    } else {
      last.header.push(l);
    }
  }
  return groups;
}

/** Header lines without bullets, trimmed. */
const plainHeader = (header: Line[]): string[] => header.filter((h) => !BULLET.test(h.text)).map((h) => h.text.trim());

// A card's title says something in words; a rule of dashes or a label is none ("---").
const MIN_CARD_TITLE_WORDS = 3;

const isCardTitle = (t: string): boolean => isTitleLine(t) && !isOutletLike(t) && countWords(t, MIN_CARD_TITLE_WORDS) >= MIN_CARD_TITLE_WORDS;

/**
 * True when a header ends in a card's title and its outlet, the title first ("Glaciers retreat
 * faster" / "The Alpine Post") or the outlet first ("The Alpine Post" / "Glaciers retreat faster").
 */
function endsInCard(plain: string[], titleFirst: boolean): boolean {
  if (plain.length < 2) return false;
  const [upper, lower] = plain.slice(-2) as [string, string];
  const [title, outlet] = titleFirst ? [upper, lower] : [lower, upper];
  return isShortOutlet(outlet) && isCardTitle(title);
}

// A listing of cards prints at least two: one alone is an article with its outlet beside its title.
const MIN_CARDS = 2;

/** True when every group with text is a card printed the same way (title then outlet, or outlet then title), and there are a few. */
function isCardList(groups: UndatedGroup[]): boolean {
  const withBody = groups.filter((g) => g.body.length);
  return withBody.length >= MIN_CARDS && [true, false].some((titleFirst) => withBody.every((g) => endsInCard(plainHeader(g.header), titleFirst)));
}

/**
 * Related items without a dateline, after a related-section seam or on a page of cards: each is
 * one or more header lines (outlet, "- outlet" bullet, title, or title above outlet) followed by
 * prose; an item without prose is furniture.
 */
function undatedItems(lines: Line[], from: number, to: number, repeated: Set<string>, messages: Message[]): ParsedArticle[] {
  return undatedGroups(lines, from, to).flatMap(({ header, body }) => {
    const bullets = header.map((h) => BULLET.exec(h.text)?.[1]?.trim()).filter((b): b is string => !!b);
    const plain = plainHeader(header);
    const below = endsInCard(plain, true);
    const title = (below ? plain[plain.length - 2] : plain[plain.length - 1]) ?? null;
    const outlet = bullets[bullets.length - 1] ?? (below ? plain[plain.length - 1]! : plain.slice(0, -1).reverse().find(isOutletLike)) ?? null;
    const { paragraphs, authors } = bodyOf(body, repeated, new Set(), messages);
    if (!title || paragraphs.length === 0) return [];
    return [{ role: "related" as const, title, outlet, published: null, authors, url: null, paragraphs, line: header[0]!.no }];
  });
}

/** Lines of at most eight words printed more than once: widgets repeated under every item. */
function repeatedShortLines(lines: Line[]): Set<string> {
  return repeatedShapes(lines.filter((l) => countWords(l.text, 8) <= 8), (t) => t.trim());
}

/** A line with its counts blanked ("34 comments" reads "# comments"). */
const countShape = (t: string): string => t.trim().replace(/\d+/g, "#");

/** The shapes of non-blank lines that more than one of the lines has. */
function repeatedShapes(lines: Line[], shape: (t: string) => string): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const s = shape(l.text);
    if (s) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([s]) => s));
}

// A live page's title: "Budget live: ...", "UK politics live – ...", "Live: ...", "... – live updates", "... as it happened".
const LIVE_TITLE = /\blive\s*(?::|[–—-]\s)|^live\b|[–—-]\s*live(?:\s+updates)?\s*$|\blive\s+(?:updates|blog|coverage)\b|\bas it happened\b/i;

// A credit's label before an outlet's name is no part of it ("Source: BBC News", "via ITV News").
const OUTLET_CREDIT = /^(?:source\s*:|via)\s+(\S.*)$/i;

/** The outlet a header line names, without a credit's label before the name ("Source: BBC News" names BBC News). */
function creditedName(line: string): string {
  const m = OUTLET_CREDIT.exec(line);
  return m && isOutletLike(m[1]!) ? m[1]! : line;
}

function findBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const live = LIVE_TITLE.test(firstTextFrom(lines, 0) ?? "");
  lines.forEach((line, at) => {
    const dateline = parseDateline(line.text);
    if (!dateline) return;
    // A bare stamp right below an item's dateline is its update time ("6 January 2026" / "Updated 2 hours ago"), no item of its own.
    let prev = at - 1;
    while (prev >= 0 && isBlank(lines[prev])) prev--;
    if (blocks.length && prev === blocks[blocks.length - 1]!.at && isBareStamp(dateline)) return;
    // A day word between two short links is a tab of the site's menu ("News+" / "Today" / "Following"), no item's day;
    // between an outlet and the bullet repeating it ("Reuters" / "Yesterday" / "- Reuters") it is the item's.
    const after = firstTextFrom(lines, at + 1);
    const repeatsAbove = after !== null && prev >= 0 && BULLET.exec(after)?.[1]!.trim() === lines[prev]!.text.trim();
    if (DAY_WORD.test(line.text.trim()) && prev >= 0 && isStub(lines[prev]!.text) && after !== null && isStub(after) && !repeatsAbove) return;
    // A bare time right above a related-section heading closes the article before it ("Updated 3 hours ago" / "Related").
    if (!dateline.outlet && !dateline.place && !dateline.authors && isBlank(lines[at - 1]) === false && after !== null && isRelatedSeam(after) && !isHeadlineLike(lines[at - 1]!.text)) return;
    // Header lines: the contiguous headline-like lines just above the dateline, which some
    // scrapes separate from it by blank lines or a byline ("By Jane Smith"), never an outlet.
    const authors: string[] = [...(dateline.authors ?? [])];
    let above = at - 1;
    while (above >= 0) {
      // A widget printed between the title and the time ("14 sources") stands in no header either.
      const names = isBlank(lines[above]) || isInlineWidget(lines[above]!.text) ? [] : bylineAuthors(lines[above]!.text);
      if (!names) break;
      authors.unshift(...names);
      above--;
    }
    // A standfirst, one sentence between the headline and the byline ("Title" / "Rows of empty shops
    // tell only part of it." / "By Jane Doe" / date), opens the item's body.
    const byline = authors.length > (dateline.authors?.length ?? 0);
    const deck = byline && above > 0 && isOneSentence(lines[above]!.text.trim()) && endsSentence(lines[above]!.text) && isTitleLine(lines[above - 1]!.text) ? above-- : undefined;
    const header: number[] = [];
    // A dateline signed by the aggregator's desk stands under its briefing's title, however long ("Weekend briefing: what …").
    const deskSigned = !!dateline.desk || (after !== null && isDeskName(after));
    for (let j = above; j >= 0 && above - j < MAX_HEADER_LINES; j--) {
      const t = lines[j]!.text;
      // Above a wire dateline stands the story's headline, which wire copy may end in a stop; a
      // title printed twice is one whatever its length.
      const twice = (j > 0 && lines[j - 1]!.text === t) || (j + 1 < at && lines[j + 1]!.text === t);
      const briefingTitle = deskSigned && j === above && isOneSentence(t.trim()) && !endsSentence(t) && countWords(t, MAX_CLOSED_TITLE_WORDS) <= MAX_CLOSED_TITLE_WORDS;
      const headline = isHeadlineLike(t) || (!!dateline.place && countWords(t, MAX_WIRE_TITLE_WORDS) <= MAX_WIRE_TITLE_WORDS) || (twice && isOneSentence(t.trim())) || briefingTitle;
      // Nor does a header reach over another dateline, one a live page's entry stamps ("12:55 GMT" / entry / "11:40 GMT").
      if (isBlank(lines[j]) || !headline || (blocks.length && j <= blocks[blocks.length - 1]!.at) || parseDateline(t)) break;
      header.unshift(j);
    }
    // Between a wire story's title and its dateline only a byline stands ("Peter Blackburn"); above
    // a calendar date, an article page's writer named alone ("Tom Hadley" / "Thu, January 8, 2026").
    const writer = dateline.place ? (l: string) => (isPersonName(l) ? l : null) : !dateline.outlet && datelineValue(dateline.time, null) !== null ? writerOf : null;
    // The writer's job may stand on a line of its own under the name ("Sarah Kemp" / "Health Editor" / date).
    const jobLine = writer !== null && header.length >= 3 && isWriterJob(lines[header[header.length - 1]!]!.text) && writer(lines[header[header.length - 2]!]!.text.trim()) !== null;
    if (jobLine) header.pop();
    const writerName = writer && header.length >= 2 ? writer(lines[header[header.length - 1]!]!.text.trim()) : null;
    if (writerName !== null) {
      authors.unshift(writerName);
      header.pop();
    }
    const byWriter = writerName !== null;
    // An item's header holds a title, maybe printed twice, and an outlet: a third line unlike both
    // is a heading or chrome above the item ("Top news" / "BBC News" / title).
    if (header.length === MAX_HEADER_LINES && new Set(header.map((j) => lines[j]!.text.trim())).size === MAX_HEADER_LINES) header.shift();
    // Under a title, above its writer, a longer line of many words is the standfirst, stop or no
    // stop ("Title" / "Union says members have worked overtime for years" / "Gwyn Topham" / date).
    const [top, low] = header.map((j) => lines[j]!.text.trim());
    const standfirst = deck === undefined && (byWriter || byline) && header.length === 2 && !isOutletLike(top!) && countWords(low!, MIN_STANDFIRST_WORDS) >= MIN_STANDFIRST_WORDS && low!.length > top!.length;
    const deckAt = standfirst ? header.pop() : deck;
    const next = firstTextFrom(lines, at + 1);
    // A dateline naming its outlet or writer, set apart by a blank line from the lines above and
    // with a title below it, heads the item below: the lines above end the item before.
    if ((dateline.outlet || dateline.authors) && next !== null && isTitleLine(next) && lines.slice(above + 1, at).some((l) => isBlank(l))) header.length = 0;
    let outlet = dateline.outlet;
    let titles = header.map((j) => lines[j]!.text.trim());
    const headerLines = header.length;
    const candidate = titles[titles.length - 1];
    const below = bulletsAfter(lines, at);
    // The line above the dateline is the outlet when it reads as a name, or when a bullet below
    // repeats it, whatever its spelling ("news.com.au"); a wire dateline has a place instead, and
    // a dateline signed by the aggregator's desk stands under the page's own title; a line printed twice is a title.
    const desk = deskSigned ? (dateline.desk ?? next) : null;
    // A one-word name in lower case ("g1") is the outlet too where a title and prose follow the time.
    const named = isOutletLike(creditedName(candidate ?? "")) || (ONE_WORD.test(candidate ?? "") && titledBelow(lines, at + 1));
    // The bullet repeating the outlet names it past a line printed between them (an edition, a button: "BBC News" /
    // "North West" / "5 hours ago" / "- BBC News"), or where the two lines above spell it ("Manchester Evening" / "News").
    const bulleted = below.texts[below.texts.length - 1];
    const spelled = !outlet && bulleted !== undefined && candidate !== bulleted && (titles[titles.length - 2] === bulleted || titles.slice(-2).join(" ") === bulleted);
    const outletAbove = spelled || (!outlet && !dateline.place && !byWriter && candidate !== undefined && titles[titles.length - 2] !== candidate && ((named && !desk) || below.texts.includes(candidate)));
    if (outletAbove) {
      outlet = spelled ? bulleted : creditedName(candidate!);
      titles = titles.slice(0, spelled ? -2 : -1);
    }
    // Other pages print the outlet above the title, both above the time ("The Herald" / title / "4h").
    if (!outlet && !dateline.place && !desk && !below.texts.length && titles.length === 2 && titles[0] !== titles[1] && isOutletLike(titles[0]!)) outlet = titles[0]!;
    // Where bullets follow the dateline, or an outlet above it and a title then prose below it, the
    // title is printed below: a headline above is the item's only when printed twice or again
    // below; else it ends the text before the item ("Meer over dit onderwerp" / "NOS" / "2 uur geleden" / title).
    const last = titles[titles.length - 1];
    if ((below.texts.length || (outletAbove && titledBelow(lines, at + 1))) && last !== undefined && titles[titles.length - 2] !== last && firstTextFrom(lines, below.next) !== last) {
      header.splice(0, titles.length);
      titles = [];
    }
    // A time of today naming no outlet, above or below it, stamps an entry of a live page: the article goes on;
    // so does an age of minutes or hours on a page whose title says it is live ("2m ago" under "Budget live: ...").
    const outletBelow = next !== null && isShortOutlet(next);
    if (!outlet && !desk && (isTimeOfDay(dateline.time) || (live && isRecentAge(dateline.time))) && !outletBelow) return;
    const title = titles.length >= 2 && titles[titles.length - 1] === titles[titles.length - 2] ? titles[titles.length - 1]! : (titles[titles.length - 1] ?? null);
    const start = header.length ? header[0]! : at;
    // The dateline's own words besides its time ("time", an outlet, a desk) tell one print from another.
    let datelineForm = line.text.trim().replace(dateline.time, "#");
    if (dateline.outlet) datelineForm = datelineForm.replace(dateline.outlet, "O");
    if (dateline.desk) datelineForm = datelineForm.replace(dateline.desk, "D");
    const lastAuthor = dateline.authors?.[dateline.authors.length - 1];
    if (lastAuthor) datelineForm = "A" + datelineForm.slice(datelineForm.indexOf(lastAuthor) + lastAuthor.length);
    const form = `${headerLines}${outletAbove ? "O" : ""}|${datelineForm}|${below.texts.length}`;
    blocks.push({ start, at, dateline, outlet, title, authors, desk, form, deck: deckAt });
  });
  const dated = withoutTimelineDays(lines, blocks);
  return withCutTitles(lines, asFooters(lines, dated) ?? dated);
}

/**
 * The blocks less the days of a timeline printed inside an article ("Key dates" / "3 March" / what
 * happened / "5 March" / ...): bare calendar days in a row, each after prose of the article, one of
 * them with no headline of its own (prose right above and below it), are no items' datelines.
 */
function withoutTimelineDays(lines: Line[], blocks: Block[]): Block[] {
  const proseAbove = (from: number, to: number): boolean => lines.slice(from, to).some((l) => isProse(l.text));
  const isDay = (b: Block, k: number): boolean =>
    isCalendarStamp(b.dateline) && !b.outlet && !b.desk && !b.authors.length && !bulletsAfter(lines, b.at).texts.length && proseAbove(k ? blocks[k - 1]!.at + 1 : 0, b.start);
  // A timeline's entry has prose of the article right above its day and right below it; an item, a headline above or below.
  const isEntry = (b: Block): boolean => b.title === null && isProse(lastTextBefore(lines, b.at) ?? "") && isProse(firstTextFrom(lines, b.at + 1) ?? "");
  const timeline = new Set<Block>();
  for (let k = 0; k < blocks.length; k++) {
    let e = k;
    while (e < blocks.length && isDay(blocks[e]!, e)) e++;
    const run = blocks.slice(k, e);
    if (run.some(isEntry)) run.forEach((b) => timeline.add(b));
    k = Math.max(k, e);
  }
  return timeline.size ? blocks.filter((b) => !timeline.has(b)) : blocks;
}

/**
 * The blocks read as footers below their items' bodies, where none has a header or bullets of its
 * own and the page reads so; the first may be the lead's own dateline under its title ("Title" /
 * "3 hours ago"), above the items footed below it.
 */
function asFooters(lines: Line[], blocks: Block[]): Block[] | null {
  const headed = blocks.length > 1 && blocks[0]!.start < blocks[0]!.at ? 1 : 0;
  const feet = blocks.slice(headed);
  if (!feet.length || !feet.every((b) => b.start === b.at && !b.dateline?.place && !bulletsAfter(lines, b.at).texts.length)) return null;
  const items = footerItems(lines, feet.map((b) => b.at));
  if (!items || (headed && items[0]!.start <= blocks[0]!.at)) return null;
  return [...blocks.slice(0, headed), ...feet.map((b, k) => ({ ...b, start: items[k]!.start, title: items[k]!.title, outlet: b.outlet ?? items[k]!.outlet, body: items[k]!.body, form: "footer" }))];
}

/**
 * The blocks, with one more for a title printed twice after the last item, maybe with its outlet,
 * and followed by nothing: the header of an item a truncated scrape cut off before its time.
 */
function withCutTitles(lines: Line[], blocks: Block[]): Block[] {
  const after = blocks.length ? blocks[blocks.length - 1]!.at : -1;
  const lastText = (from: number): number => {
    let k = from;
    while (k > after && isBlank(lines[k])) k--;
    return k;
  };
  const end = lastText(lines.length - 1);
  const last = lines[end]?.text.trim() ?? "";
  const outlet = end - 1 > after && lines[end - 1]!.text.trim() !== last && isOutletLike(last) ? last : null;
  const j = outlet ? lastText(end - 1) : end;
  const t = lines[j]?.text.trim() ?? "";
  // The item before it ended in body text, so the two prints are no header of its own.
  if (j - 1 <= after || lines[j - 1]!.text.trim() !== t || !(isHeadlineLike(t) || isOneSentence(t)) || !lines.slice(after + 1, j - 1).some((l) => isProse(l.text))) return blocks;
  return [...blocks, { start: j - 1, at: end, dateline: null, outlet, title: t, authors: [], desk: null, form: "" }];
}

// A headline may end in a stop ("Ukraine says it downed 40 drones."): a page's first line of one
// short sentence is its title when a paragraph at least twice as long follows, or a longer one
// where the page prints the article's end (its tags, comments or related seam), as aggregators do
// under a titled lead.
const MAX_STOPPED_TITLE_WORDS = 15;
function isStoppedTitle(line: string, next: string | null, ratio: number): boolean {
  const t = line.trim();
  return (
    next !== null &&
    /^\p{Lu}/u.test(t) &&
    /[^.]\.$/.test(t) &&
    !/[.!?]\s/.test(t) &&
    countWords(t, MAX_STOPPED_TITLE_WORDS) <= MAX_STOPPED_TITLE_WORDS &&
    isProse(next) &&
    next.length >= ratio * t.length &&
    !isKnownFurniture(t)
  );
}

// A title the article's end closes may run long, but stays one sentence of a long headline's length.
const MAX_CLOSED_TITLE_WORDS = 40;
// Two sentences on one line: a stop, a space, then a capital ("The council met. It voted.").
const SENTENCE_BREAK = /[.!?…]['"”’)\]]*\s+["'“‘(]?\p{Lu}/u;

/** One sentence or headline that could stand as a title: capitalized, no list punctuation at its end. */
function isOneSentence(t: string): boolean {
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(t) && !/[:;,]$/.test(t) && !SENTENCE_BREAK.test(t) && countWords(t, MAX_CLOSED_TITLE_WORDS) <= MAX_CLOSED_TITLE_WORDS && !isKnownFurniture(t);
}

/**
 * True when the text after line i, up to line `to` (included), reaches the end of an article (its
 * tags or comments, a related-section seam, the next item's dateline) before any prose: captions,
 * credits and other furniture may stand between.
 */
function closedAfter(lines: Line[], i: number, to: number): boolean {
  for (let k = i + 1; k <= to && k < lines.length; k++) {
    const t = lines[k]!.text.trim();
    if (!t) continue;
    if (isArticleEnd(t) || isRelatedSeam(t) || parseDateline(t)) return true;
    if (isProse(t) && !isKnownFurniture(t)) return false;
  }
  return false;
}

/**
 * Whether line i is a title, read from what follows it: a headline is one wherever it stands; any
 * one sentence is one when the article's end follows it (a lead printed as its title alone), and
 * any that ends in no stop when a paragraph follows; on the page's first line, one short sentence
 * ending in a stop is one above a longer paragraph.
 */
function isTitleAt(lines: Line[], i: number, to: number, pageTop: boolean): boolean {
  const t = lines[i]!.text.trim();
  if (isTitleLine(t)) return true;
  if (isOneSentence(t) && closedAfter(lines, i, to)) return true;
  // A long line that ends no sentence, above a paragraph, is a headline however many words it has.
  const next = firstTextFrom(lines, i + 1);
  if (isOneSentence(t) && !endsSentence(t) && next !== null && isProse(next) && endsSentence(next)) return true;
  // On the page's first line, one question above a longer paragraph is the headline however many words it has.
  if (pageTop && isOneSentence(t) && /\?['"”’]?$/.test(t) && next !== null && isProse(next) && endsSentence(next) && next.length > t.length) return true;
  return pageTop && isStoppedTitle(t, next, articleEndIn(lines, i, to) ? 1 : 2);
}

/** True when lines [from, to] hold an article's end: its tags or comments, or a related-section seam. */
function articleEndIn(lines: Line[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < lines.length; k++) if (isArticleEnd(lines[k]!.text) || isRelatedSeam(lines[k]!.text)) return true;
  return false;
}

/** True when the first line of text from index `from` is a title line and prose follows it. */
function titledBelow(lines: Line[], from: number): boolean {
  let j = from;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j < lines.length && isTitleLine(lines[j]!.text) && !isKnownFurniture(lines[j]!.text) && isProse(firstTextFrom(lines, j + 1) ?? "");
}

/** The last non-blank line before index `to`, trimmed, or null. */
function lastTextBefore(lines: Line[], to: number): string | null {
  let j = to - 1;
  while (j >= 0 && isBlank(lines[j])) j--;
  return lines[j]?.text.trim() ?? null;
}

/** The first non-blank line from index `from`, trimmed, or null. */
function firstTextFrom(lines: Line[], from: number): string | null {
  let j = from;
  while (j < lines.length && isBlank(lines[j])) j++;
  return lines[j]?.text.trim() ?? null;
}

/** Texts of the bullet lines right below a dateline (blank lines between skipped), and the index after the last. */
function bulletsAfter(lines: Line[], at: number): { texts: string[]; next: number } {
  const texts: string[] = [];
  let next = at + 1;
  for (let j = at + 1; j < lines.length; j++) {
    if (isBlank(lines[j])) continue;
    const m = BULLET.exec(lines[j]!.text);
    if (!m) break;
    texts.push(m[1]!.trim());
    next = j + 1;
  }
  return { texts, next };
}

/** An item from its header block to `end`; `headerOnly` when nothing follows its header and title. */
function itemOf(lines: Line[], b: Block, end: number, last: boolean, repeated: Set<string>, messages: Message[]): { item: ParsedArticle; headerOnly: boolean } {
  if (b.body) {
    const { paragraphs, authors } = bodyOf(lines.slice(...b.body), repeated, new Set([b.title ?? "", b.outlet ?? ""]), messages);
    const item: ParsedArticle = { role: "related", title: b.title, outlet: b.outlet, published: b.dateline?.time ?? null, authors, url: null, paragraphs, line: lines[b.start]!.no };
    return { item, headerOnly: false };
  }
  const { texts: bullets, next } = bulletsAfter(lines, b.at);
  // Category bullets ("• Business") come first; the last bullet names the outlet.
  let outlet = b.outlet ?? bullets[bullets.length - 1] ?? null;
  // Blank lines, furniture, a section's heading ("Related") and an update stamp may stand between the time and what the item prints below it.
  const isGap = (l: Line | undefined): boolean => isBlank(l) || isKnownFurniture(l!.text) || isRelatedSeam(l!.text) || isBareStamp(parseDateline(l!.text));
  /** The first line from `k` that is no gap, or `end`. */
  const pastGaps = (k: number): number => {
    while (k < end && isGap(lines[k])) k++;
    return k;
  };
  let j = pastGaps(next);
  // Some pages print the outlet on its own line below the time ("3 hours ago" / "The Guardian"), before the title or the body.
  if (outlet === null && !b.desk && j < end && isShortOutlet(lines[j]!.text) && lines[j]!.text.trim() !== b.title && lines.slice(j + 1, end).some((l) => isProse(l.text))) {
    outlet = lines[j]!.text.trim();
    j = pastGaps(j + 1);
  }
  let title = b.title;
  // A section's label above the headline ("Opinion" / headline / text) is no title: one or two words a headline and prose follow.
  if (title === null && j < end && isStub(lines[j]!.text)) {
    const k = pastGaps(j + 1);
    if (k < end && isTitleLine(lines[k]!.text) && !isKnownFurniture(lines[k]!.text) && lines.slice(k + 1, end).some((l) => isProse(l.text))) j = k;
  }
  // Below an outlet bullet the page always prints a title, even one ending in a stop ("Cyclists
  // say lanes are not enough."), when body text follows it.
  const titledByLayout = (k: number): boolean =>
    bullets.length > 0 && countWords(lines[k]!.text, MAX_STOP_TITLE_WORDS) <= MAX_STOP_TITLE_WORDS && !isKnownFurniture(lines[k]!.text) && lines.slice(k + 1, end).some((l) => isProse(l.text));
  if (j < end && (title === null ? isTitleAt(lines, j, end, false) || titledByLayout(j) : lines[j]!.text.trim() === title)) {
    title = lines[j]!.text.trim();
    j++;
  }
  const exclude = new Set([title ?? "", outlet ?? "", b.desk ?? ""].filter(Boolean));
  const run = [...(b.deck === undefined ? [] : [lines[b.deck]!]), ...lines.slice(j, end)];
  const { paragraphs, authors } = bodyOf(run, repeated, exclude, messages, { list: true, cutAtEnd: last });
  const d = b.dateline;
  // A wire dateline is printed whole, place and date, as the article's dateline.
  const published = d ? (d.place ? lines[b.at]!.text.trim() : d.time) : null;
  const publishedValue = d?.place ? datelineValue(d.time, null) : undefined;
  const item: ParsedArticle = { role: "related", title, outlet, published, publishedValue, authors: [...b.authors, ...authors], url: null, paragraphs, line: lines[b.start]!.no };
  return { item, headerOnly: run.every((l) => isBlank(l)) };
}

/**
 * The lead article in lines [from, to): its title and the text after it. A title the article's
 * end closes is the lead even without a body (a video, a paywalled story); lines with no title
 * and no prose above the first item are the page's chrome (a banner), no article.
 */
function leadBefore(lines: Line[], from: number, to: number, repeated: Set<string>, messages: Message[]): ParsedArticle | null {
  let j = from;
  while (j < to && (isBlank(lines[j]) || isKnownFurniture(lines[j]!.text) || isStub(lines[j]!.text) || isListingMarker(lines[j]!.text))) j++;
  if (j >= to) return null;
  j = pastChrome(lines, j, to);
  const first = lines[j]!;
  if (!isTitleAt(lines, j, to, true)) {
    const body = bodyOf(lines.slice(j, to), repeated, new Set(), messages);
    if (!body.paragraphs.some((p) => isProse(p))) return null;
    messages.push({ severity: "warning", code: "layout-unrecognized", message: "no title line found; the page is read as one lead article", line: first.no });
    return { role: "lead", title: null, outlet: null, published: null, url: null, ...body, line: first.no };
  }
  const closed = closedAfter(lines, j, to);
  const { paragraphs, authors } = bodyOf(lines.slice(j + 1, to), repeated, new Set([first.text.trim()]), messages, { list: closed, cutAtEnd: false });
  if (paragraphs.length === 0 && !closed) return null;
  return { role: "lead", title: first.text.trim(), outlet: null, published: null, authors, url: null, paragraphs, line: first.no };
}

/**
 * The first line from j that is no chrome: a page may print above the lead's title its site's or
 * section's name and a bar of links ("Flipboard", "Science & Technology", "Home  For You  Local"),
 * name-like lines that a title follows. A byline or a body after them makes the first the title.
 */
function pastChrome(lines: Line[], j: number, to: number): number {
  let k = j;
  while (k < to && (isBlank(lines[k]) || isKnownFurniture(lines[k]!.text) || isOutletLike(lines[k]!.text))) k++;
  return k > j && k < to && isTitleAt(lines, k, to, true) ? k : j;
}

// A capitalized word of a printed name ("Jane", "O'Neill", "J.", "Smith-Jones").
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
// Lower-case particles inside a name ("Anna de Vries", "Ludwig van Beethoven").
const PARTICLES = readDataJson<{ nameParticles: string[] }>("entity-cues.json").nameParticles.join("|");
// Outlets known by a name that could be a person's ("Al Jazeera"), with their short forms.
const KNOWN_ORGANIZATIONS = new Set(Object.entries(readDataJson<{ names: Record<string, string[]> }>("organizations.json").names).flat(2));
// One name of one to four words, particles between them ("van der").
const NAME = `${NAME_WORD}(?:\\s+(?:(?:${PARTICLES})\\s+){0,2}${NAME_WORD}){0,3}`;
// One to four names, as a byline lists them ("Jane Doe", "Jane Doe and John Roe", "Jane Doe, Reuters").
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,3}`;
// A byline line: "By Jane Doe", "Story by Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters",
// and the role a paper prints after the name ("By Anna de Vries, political correspondent"); "by" in
// French, Spanish, Portuguese, German and Italian too ("Par Camille Renaud", "Por Lucía Morales", "di Marco Bellini").
// A job a paper prints capitalized after the name ("By Jane Doe, Health Correspondent"): no author.
const JOB = "(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Contributor|Producer|Analyst)s?";
// The job may stand after a dash too ("By Owen Marley – Political Editor").
const BYLINE = new RegExp(`^(?:(?:[Ss]tory|[Ww]ords) )?(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|di)\\s+(${NAMES})(?:,\\s*\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4}|\\s+[–—-]\\s+(?:${NAME_WORD}\\s+){0,3}${JOB})?$`, "u");
// A credit line names who made the piece: "Host: Jane Doe", "Editor - Jane Doe", "Presented by Jane Doe".
const CREDIT_LABEL = "(?:[Hh]ost|[Pp]resenter|[Aa]nchor|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Pp]roducer|[Ww]riter)s?\\s*[:–—-]|(?:[Pp]resented|[Hh]osted|[Pp]roduced|[Rr]eported|[Ww]ritten|[Ee]dited) by";
const CREDIT = new RegExp(`^(?:${CREDIT_LABEL})\\s*(${NAMES})$`, "u");
// A person's name as a byline prints it: two to four capitalized words, particles between them.
const PERSON_NAME = new RegExp(`^${NAME_WORD}(?: (?:(?:${PARTICLES})\\s)?${NAME_WORD}){1,3}$`, "u");

/** Names a credit line gives ("Host: Jane Doe"), or null when the line is no credit. */
function creditAuthors(line: string): string[] | null {
  return namesOf(CREDIT.exec(line.trim()));
}

const JOB_TITLE = new RegExp(`${JOB}$`, "u");

/** The names a byline or credit match lists. */
function namesOf(m: RegExpExecArray | null): string[] | null {
  return m ? m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n && !JOB_TITLE.test(n)) : null;
}

/** True for a line that is only a person's name ("Peter Blackburn", "Anna de Vries"). */
function isPersonName(line: string): boolean {
  return PERSON_NAME.test(line.trim()) && line.trim().length <= 40;
}

/**
 * True for a line that names a writer: a person's name opening with a given name (or followed by a job), whose other
 * words are no common words ("Sky News", "Fox Business") and which names no known outlet ("Al Jazeera").
 */
function isWriterName(line: string, jobFollows = false): boolean {
  const [first, ...rest] = line.trim().split(/\s+/);
  const { female, male } = givenNames();
  // A job printed after it makes a name a writer's without a given name we know ("Gwyn Topham Transport correspondent").
  return isPersonName(line) && (jobFollows || female.has(first!) || male.has(first!)) && !rest.some(isCommonWord) && !KNOWN_ORGANIZATIONS.has(line.trim());
}

// A writer's job a paper prints after the name, in any case ("Transport correspondent", "Political Editor").
const WRITER_JOB = /^(?:correspondent|editor|reporter|writer|columnist|critic)s?$/i;
// The job takes up to three words ("Chief political correspondent").
const MAX_JOB_WORDS = 3;

/** A writer's job printed alone: a few capitalized words ending in one ("Chief Political Correspondent"). */
function isWriterJob(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= MAX_JOB_WORDS && WRITER_JOB.test(words[words.length - 1]!) && words.every((w) => /^\p{Lu}/u.test(w) || w === "and");
}

/** The writer a line names alone or before their job ("Tom Hadley", "Gwyn Topham Transport correspondent"), or null. */
function writerOf(line: string): string | null {
  const words = line.trim().split(/\s+/);
  const jobWords = WRITER_JOB.test(words[words.length - 1]!) ? MAX_JOB_WORDS : 0;
  for (let n = 0; n <= jobWords; n++) {
    const name = words.slice(0, words.length - n).join(" ");
    if (isWriterName(name, n > 0)) return name;
  }
  return null;
}

/** Names a byline line gives, or null when the line is no byline. */
export function bylineAuthors(line: string): string[] | null {
  // A byline may carry the story's time and read time after separators ("Story by Jane Doe • 3h • 2 min read"), or the writer's job ("| Political Editor").
  const [head, ...meta] = line.trim().split(/\s[·•|]\s/);
  if (!meta.every((m) => parseDateline(m) || isKnownFurniture(m) || JOB_TITLE.test(m.trim()))) return null;
  return namesOf(BYLINE.exec(head!.trim()));
}

interface BodyOptions {
  /** Short lines with no prose and no rows of data among them, three or more, are the article's list, not widgets. */
  list: boolean;
  /** The run ends the page: a few words cut off after an item's header are its body. */
  cutAtEnd: boolean;
}

// A list article (a review of the papers) prints at least a few names and headlines.
const MIN_LIST_LINES = 3;

/** Body paragraphs of a run of lines, with furniture and glued furniture removed, and bylines. */
function bodyOf(run: Line[], repeated: Set<string>, exclude: Set<string>, messages: Message[], opts: BodyOptions = { list: false, cutAtEnd: false }): { paragraphs: string[]; authors: string[] } {
  const kept: Line[] = [];
  // Short name lines ("The Times"), kept only in a list, where they say whose headline follows.
  const names = new Set<Line>();
  const authors: string[] = [];
  for (const l of run) {
    const t = l.text.trim();
    if (!t || exclude.has(t) || isKnownFurniture(t) || isRelatedSeam(t) || repeated.has(t)) continue;
    // A day of the calendar or of the week on its own line heads a timeline's entry in the article ("3 March", "Monday"), no stub.
    if (isStub(t) && !isCalendarStamp(parseDateline(t)) && !WEEKDAY_LINE.test(t)) {
      if (isOutletLike(t)) {
        const name = { no: l.no, text: t };
        kept.push(name);
        names.add(name);
      }
      continue;
    }
    const byline = bylineAuthors(t) ?? creditAuthors(t);
    if (byline) {
      authors.push(...byline);
      continue;
    }
    const [text, glued] = splitGluedFurniture(t);
    if (glued) messages.push({ severity: "info", code: "glued-furniture", message: `removed "${glued}" glued to the end of a sentence`, line: l.no });
    kept.push({ no: l.no, text });
  }
  if (opts.list && kept.length >= MIN_LIST_LINES && !kept.some((l) => isProse(l.text) || DATA_ROW.test(l.text))) return { paragraphs: kept.map((l) => l.text), authors };
  const body = kept.filter((l) => !names.has(l));
  // Widgets trail an article (promotions, prompts ending in ":"): drop the short non-prose tail,
  // but keep a long unfinished paragraph, which is a truncated scrape, a short last sentence, and
  // rows of data (results, tables: two numbers or more), which widgets do not print; the article's own time stamp is one.
  const isWidget = (t: string): boolean => !isProse(t) && !isShortSentence(t) && countWords(t, MAX_WIDGET_WORDS) <= MAX_WIDGET_WORDS && (!DATA_ROW.test(t) || parseDateline(t) !== null);
  const lastLine = body[body.length - 1];
  while (body.length && isWidget(body[body.length - 1]!.text)) body.pop();
  // Where the scrape stops a few words into an item's body, those words are its body, cut off; a
  // sentence left without its stop is a one-line body anywhere, since widgets only trail a body.
  if (body.length === 0 && lastLine && isCutSentence(lastLine.text) && (opts.cutAtEnd || countWords(lastLine.text, MIN_BARE_SENTENCE_WORDS) >= MIN_BARE_SENTENCE_WORDS)) body.push(lastLine);
  return { paragraphs: body.map((l) => l.text), authors };
}

// A one-line body without its stop says something in a few words ("Dozens of schools told pupils to stay home").
const MIN_BARE_SENTENCE_WORDS = 5;

/** A sentence cut off by the end of a scrape: capitalized, words in lowercase, no closing punctuation. */
function isCutSentence(t: string): boolean {
  return countWords(t, 2) >= 2 && /^["'“‘]?\p{Lu}/u.test(t) && /\s\p{Ll}/u.test(t) && /[\p{L}\p{N},'’"”]$/u.test(t) && !isKnownFurniture(t);
}

/** A short line of two numbers or more: a row of results or a table ("Ajax 3 Feyenoord 1"). */
function isDataRow(t: string): boolean {
  return countWords(t, MAX_WIDGET_WORDS) <= MAX_WIDGET_WORDS && DATA_ROW.test(t);
}

// A scrape cut off mid-word ends its last paragraph without a stop; a table's last row has none
// either. One cut off right after an item's header (`headerCut`) ends with no body at all.
function flagTruncation(articles: ParsedArticle[], lines: Line[], headerCut: boolean, messages: Message[]): void {
  const last = articles[articles.length - 1];
  const para = last?.paragraphs[last.paragraphs.length - 1];
  if (!last || (!headerCut && (!para || endsSentence(para) || isDataRow(para)))) return;
  const lineNo = [...lines].reverse().find((l) => l.text.trim())?.no ?? last.line;
  const message = headerCut ? "the last item has only its header; the scrape looks truncated" : "the last article ends mid-sentence; the scrape looks truncated";
  messages.push({ severity: "warning", code: "truncated-article", message, line: lineNo });
}
