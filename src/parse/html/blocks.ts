// Cuts the document into text blocks: the runs of text between block-level tags, each with its
// link text, the element that holds it and whether markup marks it as furniture. One iterative
// walk in document order; every element records the range of blocks it contains.
import type { CheerioAPI } from "cheerio";
import { cleanText, isElement, type AnyNode, type Element } from "./dom.js";
import { BLOCK_TAGS, HEADING_TAGS, INVISIBLE_TAGS, furnitureHint, isFurnitureElement, isHidden } from "./hints.js";

export interface TextBlock {
  /** The block's text, whitespace collapsed; <br> line breaks kept as "\n". */
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The block-level element that holds the text (null at the top level). */
  owner: Element | null;
  /** Tag of the block-level element that holds the text. */
  tag: string;
  /** Inside furniture by tag or ARIA role (nav, aside, footer, figcaption...). */
  furnitureTag: boolean;
  /** Inside an element whose class or id marks furniture. */
  furnitureHint: boolean;
  /** Offset in the source of the block's first text. */
  sourceIndex: number;
}

export interface Segmentation {
  blocks: TextBlock[];
  /** Each element's blocks: [first, end) indexes into `blocks`, in post-order (children first). */
  ranges: Map<Element, [number, number]>;
  /** Characters of text in the blocks before each index: an element's text length without walking it again. */
  charsBefore: number[];
}

// Marks a <br> in the collected text: a private-use character no page text contains.
const LINE_BREAK = "\ue000";

// Bits of walk state an element switches on while it is open.
const LINK = 1;
const FURNITURE_TAG = 2;
const FURNITURE_HINT = 4;

export function segment($: CheerioAPI): Segmentation {
  const blocks: TextBlock[] = [];
  const ranges = new Map<Element, [number, number]>();
  const owners: Element[] = [];
  let parts: string[] = [];
  let linkParts: string[] = [];
  let first: { owner: Element | null; furnitureTag: boolean; furnitureHint: boolean; sourceIndex: number } | null = null;
  let links = 0;
  let furnitureTags = 0;
  let furnitureHints = 0;

  const flush = (): void => {
    if (first) {
      const lines = parts.join("").split(LINE_BREAK).map(cleanText).filter((l) => l.length > 0);
      if (lines.length) {
        blocks.push({ text: lines.join("\n"), linkChars: cleanText(linkParts.join("")).length, owner: first.owner, tag: first.owner?.name ?? "body", furnitureTag: first.furnitureTag, furnitureHint: first.furnitureHint, sourceIndex: first.sourceIndex });
      }
    }
    parts = [];
    linkParts = [];
    first = null;
  };

  const root = $.root()[0]!;
  // Entries are nodes to enter, or [element, bits, firstBlock] to leave.
  const stack: Array<AnyNode | [Element, number, number]> = [...root.children].reverse();
  while (stack.length) {
    const entry = stack.pop()!;
    if (Array.isArray(entry)) {
      const [el, bits, start] = entry;
      if (BLOCK_TAGS.has(el.name)) {
        flush();
        owners.pop();
      }
      if (bits & LINK) links--;
      if (bits & FURNITURE_TAG) furnitureTags--;
      if (bits & FURNITURE_HINT) furnitureHints--;
      ranges.set(el, [start, blocks.length]);
      continue;
    }
    const node = entry;
    if (node.type === "text") {
      // Whitespace between tags carries no text; it matters only as a word separator.
      if (!first) {
        if (!/\S/.test(node.data.replace(/\u00a0/g, ""))) continue;
        first = { owner: owners[owners.length - 1] ?? null, furnitureTag: furnitureTags > 0, furnitureHint: furnitureHints > 0, sourceIndex: node.startIndex ?? 0 };
      }
      parts.push(node.data);
      if (links) linkParts.push(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === "br") {
      parts.push(LINE_BREAK);
      continue;
    }
    if (INVISIBLE_TAGS.has(name) || isHidden(node)) continue;
    const block = BLOCK_TAGS.has(name);
    let bits = 0;
    if (name === "a" && node.attribs.href !== undefined) bits |= LINK;
    if (isFurnitureElement(node)) bits |= FURNITURE_TAG;
    const hint = furnitureHint(node);
    // Only block elements mark the blocks inside them; an inline element's class describes a word.
    if (hint && block) bits |= FURNITURE_HINT;
    // Furniture inline in a paragraph (a caption span, a share icon) is left out of its text; a link
    // with a weakly hinted class ("meta-org") is a word of the sentence.
    if (!block && (bits & FURNITURE_TAG || (hint === "strong" && name !== "a"))) continue;
    if (block) {
      flush();
      owners.push(node);
    }
    if (bits & LINK) links++;
    if (bits & FURNITURE_TAG) furnitureTags++;
    if (bits & FURNITURE_HINT) furnitureHints++;
    stack.push([node, bits, blocks.length]);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  const charsBefore = [0];
  for (const b of blocks) charsBefore.push(charsBefore[charsBefore.length - 1]! + b.text.length);
  return { blocks, ranges, charsBefore };
}

export const isHeading = (b: TextBlock): boolean => HEADING_TAGS.has(b.tag);
