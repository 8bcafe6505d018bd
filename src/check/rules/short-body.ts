import { articleBody } from "../../summary/article-key.js";
import type { RawFinding, Rule } from "../types.js";
import { isCutOff } from "./cut-off.js";

const WORD = /[\p{L}\p{N}]+/gu;

export const shortBody: Rule = {
  id: "short-body",
  description: "an article body shorter than a threshold (minWords)",
  severity: "warning",
  // Twenty words is about one sentence: less is a teaser or a fragment; listing summaries run longer.
  defaults: { minWords: 20 },
  check: ({ report, options }) =>
    report.articles.flatMap((a, i): RawFinding[] => {
      if (isCutOff(report, i)) return [];
      const body = articleBody(a);
      const words = body.match(WORD)?.length ?? 0;
      // An empty body is incomplete-article's finding, not this one's.
      return words > 0 && words < Number(options.minWords) ? [{ message: `"${a.title ?? "(untitled)"}" has a body of ${words} words (fewer than ${options.minWords})`, line: a.line }] : [];
    }),
};
