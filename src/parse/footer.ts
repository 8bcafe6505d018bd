// Some pages print an item's outlet and time below its body, as a footer ("Title" / "Body" /
// "Reuters | 3 hours ago"), the reverse of a header. A page reads so when no dateline has a header
// above it and the last one closes the page: no prose follows it and no title right below it,
// where a header would have its item's title and body below.
import { isKnownFurniture, isOutletLike, isProse, isRelatedSeam, isTitleLine } from "./boilerplate.js";

interface TextLine {
  text: string;
}

/** An item whose dateline follows its body: the indices of its first line and title, its outlet line, and its body. */
export interface FooterItem {
  start: number;
  title: string;
  outlet: string | null;
  body: [from: number, to: number];
}

const textAt = (lines: readonly TextLine[], i: number): string => lines[i]?.text.trim() ?? "";
const isSkipped = (t: string): boolean => !t || isKnownFurniture(t) || isRelatedSeam(t);
// A headline: a title line no widget's words make.
const isHeadline = (t: string): boolean => !isSkipped(t) && isTitleLine(t);

/**
 * The items of a page whose datelines, at indices `ats` (none with a header above it), close their
 * items; null when the page is not printed so, or an item has no title above its body.
 */
export function footerItems(lines: readonly TextLine[], ats: readonly number[]): FooterItem[] | null {
  const last = ats[ats.length - 1];
  if (last === undefined || isHeadline(textAt(lines, last + 1))) return null;
  for (let k = last + 1; k < lines.length; k++) if (!isSkipped(textAt(lines, k)) && isProse(textAt(lines, k))) return null;
  const items: FooterItem[] = [];
  for (const [k, at] of ats.entries()) {
    const item = k === 0 ? itemAbove(lines, at) : itemAfter(lines, ats[k - 1]! + 1, at);
    if (!item) return null;
    items.push(item);
  }
  return items;
}

/** The first item: read up from its dateline over its body (prose first) to the headline above it, and an outlet right above that. */
function itemAbove(lines: readonly TextLine[], at: number): FooterItem | null {
  let prose = false;
  for (let i = at - 1; i >= 0; i--) {
    const t = textAt(lines, i);
    if (isSkipped(t)) continue;
    if (prose && isHeadline(t)) {
      const above = textAt(lines, i - 1);
      const outlet = !isSkipped(above) && isOutletLike(above) ? above : null;
      return { start: outlet ? i - 1 : i, title: t, outlet, body: [i + 1, at] };
    }
    prose ||= isProse(t);
  }
  return null;
}

/**
 * An item after the previous one's dateline: its first headline, which is an outlet where another
 * headline follows it ("BLOOMBERG" / title), then its body down to its dateline.
 */
function itemAfter(lines: readonly TextLine[], from: number, at: number): FooterItem | null {
  let i = from;
  while (i < at && !isHeadline(textAt(lines, i))) i++;
  if (i >= at) return null;
  let outlet: string | null = null;
  if (isOutletLike(textAt(lines, i)) && i + 1 < at && isHeadline(textAt(lines, i + 1))) outlet = textAt(lines, i++);
  const start = outlet ? i - 1 : i;
  if (!lines.slice(i + 1, at).some((l) => isProse(l.text))) return null;
  return { start, title: textAt(lines, i), outlet, body: [i + 1, at] };
}
