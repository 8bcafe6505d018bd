// Related items: the teaser sections a page introduces with a heading such as "Related",
// "More from X", "Most read" or "Recommended", read as one item per linked teaser with its
// title, link, outlet and time where the teaser gives them.
import type { CheerioAPI } from "cheerio";
import type { ParsedArticle } from "../page.js";
import { parseDateline } from "../dateline.js";
import type { Segmentation } from "./blocks.js";
import { isTeaserHeading, teaserSection } from "./teasers.js";
import { cleanText, elementsIn, textOf, type AnyNode, type Element } from "./dom.js";
import { BLOCK_TAGS, INVISIBLE_TAGS } from "./hints.js";
import { isoValue } from "./published.js";

interface Teaser {
  link: Element;
  url: string;
  title: string;
}

// More teasers than this in one section is a link farm, not a list of related stories.
const MAX_ITEMS = 60;
// A teaser title is a headline: a few words, not "More", "Next page" or an author's name.
const MIN_TITLE_WORDS = 4;
// A teaser's card (title, time, outlet) sits within a few levels of its link; deeper is the page.
const CARD_DEPTH = 12;
// Class/id words of the element that names a teaser's outlet.
const OUTLET_HINT = /(?:^|[\s_-])(?:source|outlet|publisher|provider|site-?name|brand|attribution)(?:$|[\s_-])/i;

/** The related items of the page, in page order, without the lead's own link. */
export function relatedItems($: CheerioAPI, seg: Segmentation, leadUrl: string | null, lineAt: (offset: number) => number): ParsedArticle[] {
  const items: ParsedArticle[] = [];
  const seen = new Set<string>();
  if (leadUrl) seen.add(resolve(leadUrl, null));
  for (const { section, after } of teaserSections(seg)) {
    const teasers = teasersIn(section, after, leadUrl);
    const holders = teaserHolders(teasers, section);
    for (const teaser of teasers) {
      if (seen.has(teaser.url) || items.length >= MAX_ITEMS) continue;
      seen.add(teaser.url);
      const card = cardOf(teaser.link, holders);
      const when = timeIn($, card);
      items.push({
        role: "related",
        title: teaser.title,
        outlet: outletIn($, card, teaser.link),
        published: when?.text ?? null,
        publishedValue: when?.value ?? null,
        authors: [],
        url: teaser.url,
        paragraphs: [],
        line: lineAt(teaser.link.startIndex ?? 0),
      });
    }
  }
  return items;
}

/** Each teaser section and where its heading is. */
function teaserSections(seg: Segmentation): Array<{ section: Element; after: number }> {
  const sections: Array<{ section: Element; after: number }> = [];
  for (let i = 0; i < seg.blocks.length; i++) {
    const b = seg.blocks[i]!;
    const section = isTeaserHeading(b) ? teaserSection(seg, i) : null;
    if (!section) continue;
    sections.push({ section, after: b.sourceIndex });
    i = seg.ranges.get(section)![1] - 1;
  }
  return sections;
}

function teasersIn(section: Element, after: number, leadUrl: string | null): Teaser[] {
  const teasers: Teaser[] = [];
  for (const link of elementsIn(section, isLink)) {
    const href = link.attribs.href!.trim();
    // Teasers follow their section's heading; in-page anchors and script links lead to no article.
    if ((link.startIndex ?? 0) < after || !href || href.startsWith("#") || /^(?:javascript|mailto|tel):/i.test(href)) continue;
    const title = teaserTitle(link);
    if (title) teasers.push({ link, url: resolve(href, leadUrl), title });
  }
  return teasers;
}

const isLink = (el: Element): boolean => el.name === "a" && el.attribs.href !== undefined;

/** The headline a link gives as another story's teaser (a few words, its block's main text), or null. */
export function teaserTitle(link: Element): string | null {
  const title = titleOf(link);
  return title.split(" ").length < MIN_TITLE_WORDS || title.length > 250 || !isWholeBlock(link, title) ? null : title;
}
// A teaser's headline element: a heading, or a class naming a title ("card__title", "Headline").
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const TITLE_CLASS = /title|headline/i;
const isTitleElement = (el: Element): boolean => HEADING_TAGS.has(el.name) || (el.attribs.class !== undefined && TITLE_CLASS.test(el.attribs.class));

/** A teaser's link is its block's main text; a link inside a sentence is a citation, not a teaser. */
function isWholeBlock(link: Element, title: string): boolean {
  let block: AnyNode | null = link.parent;
  for (let depth = 0; depth < CARD_DEPTH && block && block.type === "tag" && !BLOCK_TAGS.has(block.name); depth++) block = block.parent;
  if (!block || block.type !== "tag") return true;
  return title.length >= 0.5 * textOf(block).length;
}

/** A teaser link's headline: its heading element's text (else its own) without times and outlet labels. */
function titleOf(link: Element): string {
  const root = elementsIn(link, isTitleElement, 1)[0] ?? link;
  const pieces: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") pieces.push(node.data);
    else if (node.type === "tag") {
      if (node !== root && (node.name === "time" || OUTLET_HINT.test(`${node.attribs.class ?? ""} ${node.attribs.id ?? ""}`))) continue;
      if (INVISIBLE_TAGS.has(node.name)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  // A time printed at the end of the link's text ("... 4 hours ago") is its dateline.
  const text = cleanText(pieces.join(" "));
  const tail = /^(.*\S)\s+(\S+\s+\S+\s+ago|\d{1,2} \w+ \d{4}|\w+\.? \d{1,2}, \d{4})$/i.exec(text);
  return tail && parseDateline(tail[2]!) ? tail[1]! : text;
}

/** For each ancestor of a teaser link (up to CARD_DEPTH levels, below the section), the links it holds. */
function teaserHolders(teasers: Teaser[], section: Element): Map<Element, Set<string>> {
  const holders = new Map<Element, Set<string>>();
  for (const t of teasers) {
    let el = t.link.parent;
    for (let depth = 0; depth < CARD_DEPTH && el && el !== section && el.type === "tag"; depth++, el = el.parent) {
      const urls = holders.get(el) ?? new Set<string>();
      urls.add(t.url);
      holders.set(el, urls);
    }
  }
  return holders;
}

/** The largest ancestor of a teaser link, below its section, that holds no other teaser. */
function cardOf(link: Element, holders: Map<Element, Set<string>>): Element {
  let card = link;
  for (let el = link.parent; el && el.type === "tag"; el = el.parent) {
    const urls = holders.get(el);
    if (!urls || urls.size > 1) break;
    card = el;
  }
  return card;
}

function timeIn($: CheerioAPI, card: Element): { text: string; value: string | null } | null {
  const time = $(elementsIn(card, (el) => el.name === "time", 1));
  if (time.length) {
    const text = textOf(time[0]!);
    const value = isoValue(time.attr("datetime") ?? "");
    if (text || value) return { text: text || time.attr("datetime")!, value };
  }
  // A printed dateline in the card: "2 hours ago", "12-03-2025", "June 3, 2025".
  for (const node of descendantTexts(card)) {
    const dateline = parseDateline(node);
    if (dateline) return { text: dateline.time, value: null };
  }
  return null;
}

function outletIn($: CheerioAPI, card: Element, link: Element): string | null {
  for (const el of elementsIn(card, (e) => e.attribs.class !== undefined || e.attribs.id !== undefined)) {
    if (el === link || !OUTLET_HINT.test(`${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`)) continue;
    const text = textOf(el);
    if (text && text.length <= 50 && text.split(" ").length <= 6) return text;
  }
  return null;
}

/** The short text pieces of an element, one per text node, in document order (iterative). */
function descendantTexts(root: AnyNode): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length && out.length < 50) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const t = cleanText(node.data);
      if (t && t.length <= 80) out.push(t);
    } else if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** The absolute form of a link when the page's own address is known. */
function resolve(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}
