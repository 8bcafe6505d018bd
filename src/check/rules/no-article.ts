import type { Rule } from "../types.js";

export const noArticle: Rule = {
  id: "no-article",
  description: "the page yields no article",
  severity: "error",
  defaults: {},
  check: ({ report }) => (report.articles.length === 0 ? [{ message: "no article found", line: null }] : []),
};
