import type { RawFinding, Rule } from "../types.js";
import { isCutOff } from "./cut-off.js";
import { isTeaser } from "./teaser.js";

export const relatedMetadata: Rule = {
  id: "related-metadata",
  description: "a related item without its outlet or published time",
  severity: "error",
  defaults: {},
  check: ({ report }) =>
    report.articles.flatMap((a, i): RawFinding[] => {
      if (a.role !== "related" || isTeaser(a) || isCutOff(report, i)) return [];
      const missing = [a.outlet ? null : "outlet", a.published ? null : "published time"].filter(Boolean);
      return missing.length ? [{ message: `related item "${a.title ?? "(untitled)"}" has no ${missing.join(" and no ")}`, line: a.line }] : [];
    }),
};
