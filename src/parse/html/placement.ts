// Where the article body sits among the page's text blocks, and what the page prints just before
// it: the headline a reader sees, the byline and the date sit next to the body, while logos,
// section labels and other stories' headlines sit further away.
import { isHeading, type Segmentation, type TextBlock } from "./blocks.js";
import { isElement, textOf, type AnyNode, type Element } from "./dom.js";

export interface Placement {
  seg: Segmentation;
  /** Indexes of the body's blocks, in document order. */
  body: number[];
  /** Index of the body's first block (the number of blocks when there is no body). */
  first: number;
  /** Source offset of the body's first text (the end of the page when there is none). */
  start: number;
}

export interface VisibleHeading {
  text: string;
  block: number;
  /** 1 for h1, 2 for h2 ... */
  level: number;
  /** Printed right above the body (or as its first lines). */
  near: boolean;
  /** The text without an element of its own at its start or end: a kicker, a badge or a subtitle ("<span>Analysis</span> Headline"). */
  parts: string[];
}

// A headline, standfirst, byline, date and share bar fit in this much text above the body.
const NEAR_CHARS = 700;
// Headline, kicker, standfirst, byline, dates, share buttons: as many blocks at most.
const NEAR_BLOCKS = 16;
// h1s away from the body worth weighing (logos, section names, a stray headline); a page with
// more uses h1 for every heading.
const MAX_FAR_H1 = 10;
// Headings that can be the article's own: h1 to h3.
const MAX_LEVEL = 3;

export function placementOf(seg: Segmentation, body: number[], sourceLength: number): Placement {
  const first = body[0] ?? seg.blocks.length;
  return { seg, body, first, start: body.length ? seg.blocks[first]!.sourceIndex : sourceLength };
}

// A dateline or byline read as the body's first lines is short.
const MAX_HEAD_LINE = 120;

/**
 * The article's head: the blocks printed above the body, from `from` (a block index) on, at most
 * NEAR_BLOCKS of them, then the short blocks up to the body's third (a dateline or byline read as
 * the body's first lines, or left between its headline and its first paragraph).
 */
export function articleHead(p: Placement, from = 0): number[] {
  const out: number[] = [];
  for (let i = Math.max(from, p.first - NEAR_BLOCKS); i < p.first; i++) out.push(i);
  for (let i = p.first; i < headEnd(p); i++) if (p.seg.blocks[i]!.text.length <= MAX_HEAD_LINE) out.push(i);
  return out;
}

/** The source offsets the article's head spans: from its first block to the first text of the body's third block. */
export function headSpan(p: Placement, from = 0): [number, number] {
  const zone = articleHead(p, from)[0];
  const end = headEnd(p);
  return [zone === undefined ? p.start : p.seg.blocks[zone]!.sourceIndex, end < p.seg.blocks.length ? p.seg.blocks[end]!.sourceIndex : Infinity];
}

/** The block index where the article's head ends: the body's third block. */
function headEnd(p: Placement): number {
  return p.body[2] ?? (p.body.length ? p.body[p.body.length - 1]! + 1 : p.first);
}

// Furniture the eye skips between a headline and its text: captions, credits, promotions (a menu of links still parts them).
const isSkipped = (b: TextBlock): boolean => (b.furnitureTag || b.furnitureHint) && b.linkChars < b.text.length / 2;

/** True when block i is printed right above the body or is one of its first two blocks. */
export function isNearBody(p: Placement, i: number): boolean {
  if (i === p.body[0] || i === p.body[1]) return true;
  if (i >= p.first || p.first - i > NEAR_BLOCKS) return false;
  let chars = 0;
  for (let j = i + 1; j < p.first; j++) if (!isSkipped(p.seg.blocks[j]!)) chars += p.seg.blocks[j]!.text.length;
  return chars <= NEAR_CHARS;
}

// The address of a site's home page: its root, with the host or not ("/", "https://example.com/", "/index.html").
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#\s]+)?\/(?:index\.\w+)?$|^(?:https?:)?\/\/[^/?#\s]+$/i;

/** True when a heading is one link to the site's home page: the site's name printed as its logo, not a headline. */
function isHomeLink(owner: Element | null): boolean {
  let el = owner;
  for (let kids = el ? childrenOf(el) : []; kids.length === 1 && isElement(kids[0]!); kids = childrenOf(el!)) {
    el = kids[0];
    if (el.name === "a") return HOME_HREF.test(el.attribs.href ?? "");
  }
  return false;
}

/** The page's h1-h3 headings that may be its headline: every h1, and h2/h3 right above the body; not the site's name linked to its home page. */
export function visibleHeadings(p: Placement): VisibleHeading[] {
  const out: VisibleHeading[] = [];
  let far = 0;
  p.seg.blocks.forEach((b, i) => {
    if (!isHeading(b)) return;
    const level = Number(b.tag[1]);
    if (level > MAX_LEVEL || isHomeLink(b.owner)) return;
    // An h2 or h3 that opens the body is its first subheading or, on pages without an h1 (blog
    // themes), the post's title: it counts as a far heading, one that other sources must confirm.
    const near = isNearBody(p, i) && (level === 1 || i < p.first);
    if (near || (level === 1 && far++ < MAX_FAR_H1) || i === p.first) out.push({ text: b.text.replace(/\n/g, " "), block: i, level, near, parts: withoutEdgeElement(b.owner) });
  });
  return out;
}

// A headline keeps three words at least once a kicker, badge or subtitle is cut from it.
const MIN_PART_WORDS = 3;

const wordCount = (s: string): number => s.split(/\s+/).length;
const childrenOf = (el: Element): AnyNode[] => el.children.filter((c) => c.type !== "text" || c.data.trim() !== "");

/** A heading's text without the element of its own it prints at its start, and without the one at its end. */
function withoutEdgeElement(owner: Element | null): string[] {
  let el = owner;
  // Through wrappers that hold the whole heading (<h1><a>…</a></h1>).
  for (let kids = el ? childrenOf(el) : []; kids.length === 1 && isElement(kids[0]!); kids = childrenOf(el!)) el = kids[0];
  const kids = el ? childrenOf(el) : [];
  if (!el || kids.length < 2) return [];
  const text = textOf(el);
  const parts: string[] = [];
  for (const [edge, atStart] of [[kids[0]!, true], [kids[kids.length - 1]!, false]] as const) {
    const cut = isElement(edge) ? textOf(edge) : "";
    if (!cut || !(atStart ? text.startsWith(cut) : text.endsWith(cut))) continue;
    const rest = (atStart ? text.slice(cut.length) : text.slice(0, text.length - cut.length)).trim();
    if (wordCount(rest) >= MIN_PART_WORDS) parts.push(rest);
  }
  return parts;
}

// Class/id words of the panels that list other stories, with their bylines.
const OTHER_STORIES = /(?:^|[\s_-])(?:related|recommend\w*|teasers?|promos?|trending|popular|most-?read|sidebar|rail|outbrain|taboola)(?:$|[\s_-])/i;

// Class/id words of the readers' comments under an article: their names and times are the commenters'.
const COMMENTS = /(?:^|\s)(?:comments|comments?[-_](?:area|section|list|thread|container|wrapper)|commentlist|disqus_thread)(?:$|\s)/i;

/**
 * True when the element sits in navigation, a panel of other stories (an aside outside the
 * article) or the readers' comments; `holdsArticle` ends the search at an ancestor known to hold the article.
 */
export function inOtherStories(el: Element, holdsArticle?: (e: Element) => boolean): boolean {
  let aside = false;
  // The classes of <body> and <html> describe the whole page ("has-sidebar"), not a panel.
  for (let e: Element | null = el; e && e.type === "tag" && e.name !== "body" && e.name !== "html"; e = e.parent as Element | null) {
    // A layout wrapper around the headline and a sidebar may name the sidebar ("two-col-sidebar-right").
    if (holdsArticle?.(e)) return false;
    const names = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`;
    if (e.name === "nav" || /^(?:navigation|complementary)$/i.test(e.attribs.role ?? "") || OTHER_STORIES.test(names) || COMMENTS.test(names)) return true;
    if (e.name === "aside") aside = true;
    // An aside inside the article holds its own byline.
    if (e.name === "article") return false;
  }
  return aside;
}
