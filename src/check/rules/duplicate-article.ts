import { articleKey } from "../../summary/article-key.js";
import type { RawFinding, Rule } from "../types.js";

export const duplicateArticle: Rule = {
  id: "duplicate-article",
  description: "an article (same title and body) already in another checked file or in the baseline",
  severity: "warning",
  // Related items legitimately recur across an aggregator's pages; a repeated lead is a re-scrape.
  defaults: { roles: ["lead"] },
  check: ({ report, options, articles, path }) => {
    const roles = new Set(options.roles as string[]);
    // Within one file the same item twice is the page's own layout, not a duplicate scrape.
    const inFile = new Set<string>();
    return report.articles.flatMap((a): RawFinding[] => {
      if (!roles.has(a.role)) return [];
      const key = articleKey(a);
      if (inFile.has(key)) return [];
      inFile.add(key);
      const earlier = articles.claim(key, { path, line: a.line });
      // A baseline written elsewhere may name this very file: it is no copy of itself.
      return earlier && earlier.path !== path ? [{ message: `"${a.title ?? "(untitled)"}" duplicates ${earlier.path}:${earlier.line}`, line: a.line }] : [];
    });
  },
};
