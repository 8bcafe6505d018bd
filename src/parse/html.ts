// Reads a page's HTML with cheerio: the lead article (metadata, then the main content found by
// structure and text density) and the related teasers, in the shape the text parser returns.
import type { Message } from "../types.js";
import { segment } from "./html/blocks.js";
import { mainContent } from "./html/content.js";
import { loadDocument } from "./html/dom.js";
import { readMetadata } from "./html/metadata.js";
import { indexPage } from "./html/page-index.js";
import { placementOf } from "./html/placement.js";
import { relatedItems } from "./html/related.js";
import type { ParsedArticle, ParsedPage } from "./page.js";

export function parseHtml(html: string): ParsedPage {
  const $ = loadDocument(html);
  const index = indexPage($);
  const seg = segment($);
  const picked = mainContent(seg);
  const meta = readMetadata(index, placementOf(seg, picked, html.length));
  // The headline and the dateline are reported as the title and the published date, not repeated in the body.
  const body = picked.filter((i) => i !== meta.titleBlock && i !== meta.datelineBlock && seg.blocks[i]!.text !== meta.title);
  const messages: Message[] = [];
  if (body.length === 0) messages.push({ severity: "warning", code: "no-article", message: "no article text found in the HTML", line: null });
  const lineAt = lineIndex(html);
  const lead: ParsedArticle = {
    role: "lead",
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    publishedValue: meta.publishedValue,
    publishedInText: false,
    authors: meta.authors,
    url: meta.url,
    paragraphs: body.flatMap((i) => seg.blocks[i]!.text.split("\n")),
    line: body.length ? lineAt(seg.blocks[body[0]!]!.sourceIndex) : 1,
  };
  return { articles: [lead, ...relatedItems($, seg, meta.url, lineAt)], messages, statedDate: meta.publishedInstant };
}

/** Maps a source offset to its 1-based line. */
function lineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
