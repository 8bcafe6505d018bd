// The span invariant: every extracted item's span slices its text out of its article's text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { pagePaths } from "./helpers.js";

describe("span invariant", () => {
  for (const path of pagePaths()) {
    it(`holds for every item of ${path.split("/").slice(-2).join("/")}`, () => {
      const report = analyze(readFileSync(path), { path, referenceDate: new Date("2025-06-21T12:00:00Z") });
      expect(report.articles.length).toBeGreaterThan(0);
      for (const a of report.articles) {
        const items: Array<{ text: string; span: { start: number; end: number } }> = [
          ...a.quotes,
          ...a.figures,
          ...a.dates,
          ...a.entities.flatMap((e) => e.mentions),
        ];
        for (const item of items) {
          expect(a.text.slice(item.span.start, item.span.end)).toBe(item.text);
        }
      }
    });
  }
});
