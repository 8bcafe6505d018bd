// Reads a page's HTML with cheerio: a first pass that takes the title and the paragraphs.
import * as cheerio from "cheerio";
import type { ParsedPage } from "./page.js";

export function parseHtml(html: string): ParsedPage {
  const $ = cheerio.load(html);
  $("script, style, noscript, nav, footer, aside").remove();
  const title = ($('meta[property="og:title"]').attr("content") ?? $("h1").first().text() ?? $("title").text()).trim() || null;
  const paragraphs = $("p").toArray().map((p) => $(p).text().replace(/\s+/g, " ").trim()).filter((t) => t.length > 0);
  const messages: ParsedPage["messages"] = [];
  if (paragraphs.length === 0) messages.push({ severity: "warning", code: "no-article", message: "no article text found in the HTML", line: null });
  return { articles: [{ role: "lead", title, outlet: null, published: null, authors: [], url: null, paragraphs, line: 1 }], messages, statedDate: null };
}
