import type { Rule } from "../types.js";

export const truncatedArticle: Rule = {
  id: "truncated-article",
  description: "the last article ends mid-sentence: the scrape was cut off",
  severity: "warning",
  defaults: {},
  check: ({ report }) => report.messages.filter((m) => m.code === "truncated-article").map((m) => ({ message: m.message, line: m.line })),
};
