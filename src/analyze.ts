// analyze(bytes, options) -> Report: decode, parse into articles, hand each to the extraction pipeline (extract/index.ts).
// No file system, console or process here; the CLI does the I/O.
import { createHash } from "node:crypto";
import { type ArticleDigest, type ArticleDocument, type ArticleInput, digestArticles, readArticles } from "./extract/index.js";
import { decode } from "./input/decode.js";
import { detectLanguage } from "./language/detect.js";
import { unsupportedLanguage } from "./language/readers.js";
import { datelineValue, wireDatelineDay } from "./parse/dateline.js";
import { parseHtml } from "./parse/html.js";
import type { ParsedArticle, ParsedPage } from "./parse/page.js";
import { parseText } from "./parse/text.js";
import { instantValue } from "./timex.js";
import type { Article, Message, Report, SourceFormat } from "./types.js";

export interface AnalyzeOptions {
  /** Shown in the report's source; "-" for stdin. */
  path: string;
  /** The instant relative expressions are resolved against; else a date the page states. */
  referenceDate?: Date | null;
  /** Input format; "auto" detects HTML by content. */
  format?: SourceFormat | "auto";
}

// HTML is recognized by its content: a doctype or an html/head/body tag near the start, after an
// XHTML page's XML declaration; saved fragments start with a title or a content element.
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<(?:article|main|section|div)[\s>])/i;

export function detectFormat(text: string): SourceFormat {
  return HTML_START.test(text.slice(0, 4096)) ? "html" : "text";
}

export function analyze(bytes: Uint8Array, options: AnalyzeOptions): Report {
  const decoded = decode(bytes);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const format = !options.format || options.format === "auto" ? detectFormat(text) : options.format;
  const page: ParsedPage = format === "html" ? parseHtml(text) : parseText(text);
  const messages: Message[] = [...decoded.messages, ...page.messages];

  const ref = options.referenceDate ?? statedReference(page);
  if (!options.referenceDate && ref) {
    messages.push({ severity: "info", code: "reference-date-from-page", message: `relative dates resolved against ${instantValue(ref)}, the date the page states`, line: null });
  }
  const articles = withDigests(page.articles, ref);
  // Where an extractor cannot read an article's language, its empty lists say nothing: the report says so.
  for (const a of articles) {
    const warning = unsupportedLanguage(a);
    if (warning) messages.push(warning);
  }
  return {
    source: { path: options.path, format, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    referenceDate: ref ? instantValue(ref) : null,
    messages,
    articles,
  };
}

/** The first absolute date the page states for itself or its lead, as a reference instant. */
function statedReference(page: ParsedPage): Date | null {
  const stated = page.statedDate ?? page.articles.map((a) => a.publishedValue ?? (a.published ? datelineValue(a.published, null) : null)).find((v) => v);
  if (!stated) return null;
  const d = new Date(/T/.test(stated) ? stated : `${stated}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The page's articles with their keywords and summaries, weighted against each other. */
function withDigests(parsed: ParsedArticle[], ref: Date | null): Article[] {
  const digests = digestArticles(parsed.map((a) => a.paragraphs.join("\n")));
  const inputs = parsed.map((a) => articleInput(a, ref));
  const docs = readArticles(inputs);
  return parsed.map((a, i) => toArticle(a, inputs[i]!, docs[i]!, digests[i]!));
}

/** What the extractors read of an article (its text, language and published item), with its published date. */
interface PreparedArticle extends ArticleInput {
  published: Article["published"];
}

function articleInput(a: ParsedArticle, ref: Date | null): PreparedArticle {
  const text = [a.title, a.publishedInText === false ? null : a.published, ...a.paragraphs].filter((p): p is string => !!p).join("\n");
  const language = detectLanguage(text);
  const published = a.published ? { text: a.published, value: a.publishedValue ?? datelineValue(a.published, ref) } : null;
  // A related item's own words count from when it was published; its header from the page's date.
  const headerStart = a.title ? a.title.length + 1 : 0;
  const item = a.role === "related" && published ? { header: { start: headerStart, end: headerStart + published.text.length }, published: published.value } : wireItem(a, text, ref);
  return { text, ref, language, item, published };
}

/**
 * A story whose wire dateline names its own day ("ANKARA, Nov 18 (AP) - ...") counts its words
 * from that day, as a related item does from its header's: "on Wednesday" in a story filed on a
 * Monday is that week's, whenever the page was read.
 */
function wireItem(a: ParsedArticle, text: string, ref: Date | null): ArticleInput["item"] {
  const first = a.paragraphs[0];
  const day = wireDatelineDay(first, ref);
  if (!day || first === undefined) return null;
  const at = text.indexOf(first);
  return { header: { start: at + day.start, end: at + day.end }, published: day.value };
}

function toArticle(a: ParsedArticle, input: PreparedArticle, doc: ArticleDocument, digest: ArticleDigest): Article {
  return {
    role: a.role,
    title: a.title,
    outlet: a.outlet,
    published: input.published,
    authors: a.authors,
    url: a.url,
    language: doc.language,
    text: doc.text,
    line: a.line,
    quotes: doc.quotes,
    entities: doc.entities,
    figures: doc.figures,
    dates: doc.dates,
    summary: digest.summary,
    keywords: digest.keywords,
  };
}
