import type { Report } from "../../types.js";

/**
 * The article a truncated scrape cut off (the last one, when the page parser found the scrape
 * truncated): its missing body, outlet or time are that truncation, which truncated-article
 * reports once, so the other rules leave them alone.
 */
export const isCutOff = (report: Report, index: number): boolean => index === report.articles.length - 1 && report.messages.some((m) => m.code === "truncated-article");
