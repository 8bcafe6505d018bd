// Teaser sections: the blocks a heading such as "Related", "More from X" or "Most read"
// introduces. The content finder leaves them out of the body; the related-items reader reads them.
import type { Segmentation, TextBlock } from "./blocks.js";
import { isHeading } from "./blocks.js";
import type { Element } from "./dom.js";
import { RELATED_HEADING } from "./hints.js";

/** A heading (or a short label that is not a link) that introduces a teaser section. */
export function isTeaserHeading(b: TextBlock): boolean {
  if (b.text.length > 60 || !RELATED_HEADING.test(b.text)) return false;
  return isHeading(b) || (b.linkChars === 0 && b.text.length <= 40);
}

/** The section a teaser heading (block i) introduces: its nearest ancestor that holds more than the heading. */
export function teaserSection(seg: Segmentation, i: number): Element | null {
  for (let el = seg.blocks[i]!.owner?.parent; el && el.type !== "root"; el = el.parent) {
    const range = seg.ranges.get(el as Element);
    if (range && range[1] > i + 1) return el as Element;
  }
  return null;
}
