import { isKnownFurniture, isProse } from "../../parse/boilerplate.js";
import type { RawFinding, Rule } from "../types.js";

export const furnitureLeak: Rule = {
  id: "furniture-leak",
  description: "page furniture (share bars, promotions, widget text) inside an article",
  severity: "error",
  defaults: {},
  check: ({ report, lines }) => {
    const findings: RawFinding[] = [];
    // Furniture glued into a sentence: the parser split it off, but the scrape carries it.
    for (const m of report.messages) if (m.code === "glued-furniture") findings.push({ message: `furniture glued to a sentence: ${m.message}`, line: m.line });
    const starts = report.articles.map((a) => a.line).sort((a, b) => a - b);
    report.articles.forEach((a) => {
      if (lines && report.source.format === "text") {
        // A furniture line between two paragraphs of one article sits inside it; furniture after
        // the last paragraph is the page's own, between articles.
        const end = starts.find((s) => s > a.line) ?? lines.length + 1;
        let proseSeen = false;
        let pending: number[] = [];
        for (let no = a.line; no < end; no++) {
          const t = lines[no - 1] ?? "";
          if (isProse(t)) {
            if (proseSeen) for (const p of pending) findings.push({ message: `page furniture "${lines[p - 1]!.trim()}" inside an article`, line: p });
            proseSeen = true;
            pending = [];
          } else if (isKnownFurniture(t)) {
            pending.push(no);
          }
        }
      } else {
        // In HTML (or without the input's lines), furniture left in the analyzed text is the leak.
        const leaked = a.text.split("\n").find((l, i) => i > 0 && isKnownFurniture(l));
        if (leaked) findings.push({ message: `page furniture "${leaked.trim()}" inside an article`, line: a.line });
      }
    });
    return findings.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  },
};
