// Finds the article body among the text blocks: the element whose blocks hold the most article
// text net of furniture (text density over the tree), then the blocks inside it that read as
// article text, keeping short ones only where article text surrounds them.
import { isHeading, type Segmentation, type TextBlock } from "./blocks.js";
import { holds, MAX_ANCESTORS, type AnyNode, type Element } from "./dom.js";
import { BLOCK_TAGS, furnitureHint } from "./hints.js";
import { isTeaserHeading, teaserSection } from "./teasers.js";

// "slide": a gallery's slide, never article text, but no evidence against its container either.
// "ad": an advertisement's label, which does not separate the paragraphs around it.
type Kind = "good" | "medium" | "short" | "heading" | "bad" | "slide" | "ad";

// Sentence punctuation near the end: prose, as opposed to labels, menus and credits.
const SENTENCE_END = /[.!?…:;"'”’»)。！？」]\s*$/;
// Chinese, Japanese and Korean characters: a word's worth of text in one or two characters.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// The main CJK blocks, for a quick test before counting (most pages have none).
const CJK_RANGE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const cjkCount = (s: string): number => (CJK_RANGE.test(s) ? (s.match(CJK)?.length ?? 0) : 0);

/** Words of a text, counting a word for every two CJK characters (written without spaces). */
const words = (s: string, cjk = cjkCount(s)): number => s.split(/\s+/).length + cjk / 2;
/** A text's length in Latin characters: a CJK character says about as much as three. */
const weightedLength = (s: string, cjk = cjkCount(s)): number => s.length + 2 * cjk;

// Calls to action inside an article: newsletter sign-ups, app downloads, "follow us" lines.
const CALL_TO_ACTION = /\b(?:sign\s*up|subscribe|register)\b.{0,80}\b(?:newsletters?|briefings?|inbox|e-?mails?|alerts)\b|\bnewsletters?\b.{0,80}\b(?:sign\s*up|subscribe|inbox)\b|^(?:follow\s+(?:us|@\w+)\s+on|download\s+(?:our|the)\s+(?:free\s+)?app|click\s+here\s+to)\b/i;
// A call to action is a sentence or two; an article paragraph about newsletters runs longer.
const MAX_CALL_TO_ACTION = 250;
// The label of an advertisement slot between two paragraphs of an article.
const AD_LABEL = /^(?:advertisement|advertising|ad|sponsored(?: content)?|(?:the )?(?:story|article) continues below(?: advertisement)?|continue reading(?: (?:the )?(?:main story|below))?|scroll to continue(?: with content)?)$/i;

/** What a block is: article text, a medium or short piece, a subheading, or furniture. */
function kindOf(b: TextBlock, useHints: boolean): Kind {
  if (AD_LABEL.test(b.text)) return "ad";
  if (b.furnitureTag || (useHints && b.furnitureHint)) return "bad";
  if (b.text.length <= MAX_CALL_TO_ACTION && CALL_TO_ACTION.test(b.text)) return "bad";
  // Subheadings are often links to their topic; the prose after them decides.
  const cjk = cjkCount(b.text);
  const len = weightedLength(b.text, cjk);
  const sentence = SENTENCE_END.test(b.text);
  // Some pages set their first paragraph as a heading: a long sentence is prose whatever its tag.
  if (isHeading(b) && !(len >= 120 && sentence && b.linkChars === 0)) return "heading";
  // Link lists (menus, teasers, tag clouds) are mostly link text.
  const linkShare = b.linkChars / b.text.length;
  if (linkShare > 0.5) return "bad";
  // Prose is judged by the words it has outside its links.
  const own = len * (1 - linkShare);
  const n = words(b.text, cjk);
  if (own >= 80 || (own >= 30 && n >= 5 && sentence)) return "good";
  // A list item or clause of a few words: article text only next to article text. Capitals
  // without a sentence's end are a label ("SIGN UP FOR OUR NEWSLETTER"), not a clause.
  if (own >= 25 && n >= 4 && (sentence || cjk > 0 || /\p{Ll}/u.test(b.text))) return "medium";
  return "short";
}

/** The block's weight in the choice of container: article text counts for, furniture against. */
function weightOf(kind: Kind, b: TextBlock): number {
  if (kind === "good") return weightedLength(b.text);
  if (kind === "bad") return -weightedLength(b.text);
  return 0;
}

/** The element holding the most article text net of furniture (the deepest of equals), and its blocks' range. */
function bestContainer(seg: Segmentation, kinds: Kind[]): [Element, [number, number]] | null {
  const prefix = new Float64Array(kinds.length + 1);
  for (let i = 0; i < kinds.length; i++) prefix[i + 1] = prefix[i]! + weightOf(kinds[i]!, seg.blocks[i]!);
  let best: [Element, [number, number]] | null = null;
  let bestScore = 0;
  for (const [el, range] of seg.ranges) {
    const score = prefix[range[1]]! - prefix[range[0]]!;
    if (score > bestScore) {
      bestScore = score;
      best = [el, range];
    }
  }
  return best;
}

/**
 * On a page read without its class names, marks as furniture again the blocks inside a hinted
 * element that holds the lesser part of the container's prose (comments, a gallery, a share bar
 * inside the article); a hinted wrapper of most of the prose is the article's, whatever its class.
 */
function rehint(seg: Segmentation, kinds: Kind[], container: Element, [start, end]: [number, number]): void {
  const good = new Float64Array(kinds.length + 1);
  for (let i = 0; i < kinds.length; i++) good[i + 1] = good[i]! + (kinds[i] === "good" ? seg.blocks[i]!.text.length : 0);
  const goodIn = (el: Element): number => {
    const r = seg.ranges.get(el);
    return r ? good[r[1]]! - good[r[0]]! : 0;
  };
  const half = goodIn(container) / 2;
  const minor = new Map<Element, boolean>();
  for (let i = start; i < end; i++) {
    let el: AnyNode | null = seg.blocks[i]!.owner;
    for (let depth = 0; el && el !== container && el.type === "tag" && depth < MAX_ANCESTORS; el = el.parent, depth++) {
      if (!BLOCK_TAGS.has(el.name) || !furnitureHint(el)) continue;
      let isMinor = minor.get(el);
      if (isMinor === undefined) minor.set(el, (isMinor = goodIn(el) < half));
      if (isMinor) {
        kinds[i] = "bad";
        break;
      }
    }
  }
}

/** The blocks of [start, end) that read as article text. */
function articleBlocks(kinds: Kind[], seg: Segmentation, container: Element, [start, end]: [number, number]): number[] {
  const blocks = seg.blocks;
  const kept: number[] = [];
  // The nearest block before/after i that is prose, a heading or furniture (an ad label is none);
  // past headings too when `overHeadings`.
  const anchor = (i: number, step: 1 | -1, overHeadings = false): Kind | null => {
    for (let j = i + step; j >= start && j < end; j += step) {
      const k = kinds[j]!;
      if (k !== "short" && k !== "medium" && k !== "ad" && !(overHeadings && k === "heading")) return k;
    }
    return null;
  };
  for (let i = start; i < end; i++) {
    const b = blocks[i]!;
    const kind = kinds[i]!;
    if (kind === "good") kept.push(i);
    // A subheading belongs to the article when prose follows it, also past the subheadings of its first subsection.
    else if (kind === "heading" && anchor(i, 1, true) === "good") kept.push(i);
    // Medium pieces (list items, short paragraphs) next to the prose belong to it.
    else if (kind === "medium" && (anchor(i, -1) === "good" || anchor(i, 1) === "good")) kept.push(i);
    // A short paragraph inside the prose ("He declined to comment."), not a one-word label.
    else if (kind === "short" && words(b.text) >= 3 && anchor(i, -1) === "good" && anchor(i, 1) === "good") kept.push(i);
  }
  return withWholeLists(kept, kinds, seg, container);
}

// A list or a table is read whole: its short items and cells belong to the article with the rest.
const ITEM_OF: Record<string, Set<string>> = { li: new Set(["ul", "ol"]), td: new Set(["table"]), th: new Set(["table"]) };
// Levels looked up from a block for the item or cell holding it: cells often wrap their text in a div or two.
const MAX_ITEM_DEPTH = 4;

/** The list item or table cell that holds the block (its own element or one a few levels up), or null. */
function itemOf(b: TextBlock): Element | null {
  let el: AnyNode | null = b.owner;
  for (let depth = 0; el && el.type === "tag" && depth < MAX_ITEM_DEPTH; el = el.parent, depth++) if (el.name in ITEM_OF) return el;
  return null;
}

/** The element (list, table) whose items `item` is one of, or null. */
function structureOf(item: Element): Element | null {
  const parents = ITEM_OF[item.name]!;
  let el = item.parent;
  for (let depth = 0; el && el.type === "tag" && depth < MAX_ANCESTORS; el = el.parent, depth++) if (parents.has(el.name)) return el;
  return null;
}


/**
 * The kept blocks, with every short item of a list or table one of whose items is kept. A cell
 * that holds the whole article is a layout table's, whose other cells are the page's furniture.
 */
function withWholeLists(kept: number[], kinds: Kind[], seg: Segmentation, container: Element): number[] {
  const all = new Set(kept);
  const done = new Set<Element>();
  for (const i of kept) {
    const item = itemOf(seg.blocks[i]!);
    const structure = item && !holds(item, container) ? structureOf(item) : null;
    const range = structure && !done.has(structure) ? seg.ranges.get(structure) : undefined;
    if (!range) continue;
    done.add(structure!);
    for (let j = range[0]; j < range[1]; j++) {
      const b = seg.blocks[j]!;
      const cell = itemOf(b);
      if (!cell) continue;
      // Links in a table's cells are its data (names, titles), a linked item of a list of points is
      // one of them; the furniture's cells and lone links of a word or three (menus) stay out.
      const linkCell = kinds[j] === "bad" && !b.furnitureTag && !b.furnitureHint && (cell.name !== "li" || words(b.text) >= 4 || b.linkChars < b.text.length);
      if (kinds[j] === "short" || kinds[j] === "medium" || linkCell) all.add(j);
    }
  }
  return all.size === kept.length ? kept : [...all].sort((a, b) => a - b);
}

/** Marks as furniture each teaser section: from a "Related"/"More stories" heading to the end of its section. */
function silenceTeaserSections(seg: Segmentation, kinds: Kind[]): void {
  for (let i = 0; i < seg.blocks.length; i++) {
    if (!isTeaserHeading(seg.blocks[i]!)) continue;
    const section = teaserSection(seg, i);
    const end = section ? seg.ranges.get(section)![1] : i + 1;
    // Two prose paragraphs in a row are an article, not teasers: the section ended before them.
    let j = i;
    for (; j < end && !(kinds[j] === "good" && kinds[j + 1] === "good"); j++) kinds[j] = "bad";
    i = Math.max(i, j - 1);
  }
}

// A teaser summary is a sentence or two; article paragraphs after a linked subheading run longer.
const MAX_SUMMARY = 320;

/** Marks as furniture runs of two or more teasers: a heading that is a link, then a short summary. */
function silenceTeaserRuns(blocks: TextBlock[], kinds: Kind[]): void {
  const isTeaserAt = (i: number): boolean => {
    const h = blocks[i];
    const s = blocks[i + 1];
    return !!h && !!s && isHeading(h) && h.linkChars >= 0.9 * h.text.length && s.linkChars === 0 && s.text.length <= MAX_SUMMARY;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!isTeaserAt(i) || !isTeaserAt(i + 2)) continue;
    let j = i;
    while (isTeaserAt(j)) {
      kinds[j] = "bad";
      kinds[j + 1] = "bad";
      j += 2;
    }
    i = Math.max(i, j - 1);
  }
}

// A numbered slide's title: "3/50 Rates held", "3 of 50: Rates held".
const SLIDE_COUNTER = /^(\d{1,3})\s*(?:\/|of)\s*(\d{1,3})\b:?\s+\p{L}/u;
// A gallery numbers at least this many slides.
const MIN_SLIDES = 3;

/** Marks as furniture the slides of a gallery: each block that opens with a counter ("3/50") and its caption. */
function silenceSlides(blocks: TextBlock[], kinds: Kind[]): void {
  const slides = blocks.flatMap((b, i) => {
    const m = SLIDE_COUNTER.exec(b.text);
    return m && b.text.length <= 200 && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= MIN_SLIDES ? [i] : [];
  });
  if (slides.length < MIN_SLIDES) return;
  for (const i of slides) {
    kinds[i] = "slide";
    if (i + 1 < blocks.length && !SLIDE_COUNTER.test(blocks[i + 1]!.text)) kinds[i + 1] = "slide";
  }
}

function extract(seg: Segmentation, useHints: boolean): number[] {
  const kinds = seg.blocks.map((b) => kindOf(b, useHints));
  silenceTeaserSections(seg, kinds);
  silenceTeaserRuns(seg.blocks, kinds);
  silenceSlides(seg.blocks, kinds);
  const best = bestContainer(seg, kinds);
  if (!best) return [];
  const [container, range] = best;
  if (!useHints) rehint(seg, kinds, container, range);
  return articleBlocks(kinds, seg, container, range);
}

const textLength = (seg: Segmentation, picked: number[]): number => picked.reduce((n, i) => n + seg.blocks[i]!.text.length, 0);

/** The indexes of the body's blocks, in document order. */
export function mainContent(seg: Segmentation): number[] {
  let picked = extract(seg, true);
  // Class names mislead on some pages ("page has-sidebar" around everything): when they leave
  // little text, read the page by its tags and text alone.
  if (textLength(seg, picked) < 500) {
    const plain = extract(seg, false);
    if (textLength(seg, plain) > 2 * textLength(seg, picked)) picked = plain;
  }
  return picked;
}

