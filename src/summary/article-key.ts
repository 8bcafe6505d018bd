// What makes two articles the same item: their title and body, compared without case or spacing
// differences. The dateline is left out: the same item reads "2 hours ago" on one page and
// "5 hours ago" on the next.
import { createHash } from "node:crypto";
import type { Article } from "../types.js";

/** The article's body: its text without the title and dateline lines it starts with. */
export function articleBody(a: Article): string {
  let rest = a.text;
  if (a.title && rest.startsWith(a.title)) rest = rest.slice(a.title.length).replace(/^\n/, "");
  if (a.published && rest.startsWith(a.published.text)) rest = rest.slice(a.published.text.length).replace(/^\n/, "");
  return rest;
}

const normalize = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** A 64-bit hex digest of the normalized title and body: equal for the same item on any page. */
export function articleKey(a: Article): string {
  return createHash("sha1")
    .update(`${normalize(a.title ?? "")}\n${normalize(articleBody(a))}`)
    .digest("hex")
    .slice(0, 16);
}
