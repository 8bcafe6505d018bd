// What a page parser (plain text or HTML) hands to the analysis: articles as title, dateline and
// body paragraphs, before any extractor runs.
import type { ArticleRole, Message } from "../types.js";

// Soft hyphens and word joiners only mark where a word may break or may not: "Netan\u00adyahu" is one word.
const BREAK_HINTS = /[\u00ad\u2060]+/g;

/** The text as it reads: break hints, which render as nothing, dropped. */
export const dropBreakHints = (text: string): string => (text.includes("\u00ad") || text.includes("\u2060") ? text.replace(BREAK_HINTS, "") : text);

export interface ParsedArticle {
  role: ArticleRole;
  title: string | null;
  outlet: string | null;
  /** The item's time or date as printed ("2 hours ago", "12-03-2025"), or null. */
  published: string | null;
  /** ISO date or instant the page states for this article (HTML metadata), or null. */
  publishedValue?: string | null;
  /**
   * False where the date is reported in `published` alone, not as a line of the text: an HTML
   * page's dateline, like its byline, is printed beside the article, not in it.
   */
  publishedInText?: boolean;
  authors: string[];
  url: string | null;
  /** Body paragraphs, furniture removed. */
  paragraphs: string[];
  /** 1-based line where the article starts in the input. */
  line: number;
}

export interface ParsedPage {
  articles: ParsedArticle[];
  messages: Message[];
  /** A date the page states for itself (ISO), usable as the reference date, or null. */
  statedDate: string | null;
}
