import { articleBody } from "../../summary/article-key.js";
import type { RawFinding, Rule } from "../types.js";
import { isCutOff } from "./cut-off.js";
import { isTeaser } from "./teaser.js";

export const incompleteArticle: Rule = {
  id: "incomplete-article",
  description: "an article without a title or without a body",
  severity: "error",
  defaults: {},
  check: ({ report }) =>
    report.articles.flatMap((a, i): RawFinding[] => {
      if (isTeaser(a)) return [];
      const missing = [a.title ? null : "title", articleBody(a).trim() || isCutOff(report, i) ? null : "body"].filter(Boolean);
      return missing.length ? [{ message: `article ${i + 1} (${a.role}) has no ${missing.join(" and no ")}`, line: a.line }] : [];
    }),
};
