// Property: `corpus check` finds every planted fault of a known kind, at the line it was planted,
// whatever page and paragraph it lands in.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { ArticleLedger, checkDocument } from "../src/check/run.js";
import { resolveRules } from "../src/check/config.js";
import { isProse } from "../src/parse/boilerplate.js";
import { FIXTURES } from "./helpers.js";

// Pages the default rules find no error in, so every error after planting is the planted one.
const PAGES = ["daily8-drones.txt", "hashtag-listing.txt", "top-of-page.txt"].map((f) => readFileSync(join(FIXTURES, f), "utf8"));
const RULES = resolveRules({}, "defaults");

function check(text: string) {
  const report = analyze(Buffer.from(text), { path: "page.txt", referenceDate: new Date("2025-06-21T12:00:00Z") });
  return checkDocument({ source: { path: "page.txt" }, report }, text.split(/\r\n|\r|\n/), RULES, new ArticleLedger()).findings;
}

/** Indexes of prose lines that have another prose line right after them. */
const proseFollowedByProse = (lines: string[]): number[] => lines.flatMap((l, i) => (isProse(l) && isProse(lines[i + 1] ?? "") ? [i] : []));
const proseLines = (lines: string[]): number[] => lines.flatMap((l, i) => (isProse(l) ? [i] : []));

type Fault = "furniture" | "mojibake" | "replacement";

function plant(page: string, fault: Fault, pick: number): { text: string; line: number; rule: string } | null {
  const lines = page.split("\n");
  if (fault === "furniture") {
    const spots = proseFollowedByProse(lines);
    if (!spots.length) return null;
    const at = spots[pick % spots.length]! + 1;
    lines.splice(at, 0, "Advertisement");
    return { text: lines.join("\n"), line: at + 1, rule: "furniture-leak" };
  }
  const spots = proseLines(lines);
  const at = spots[pick % spots.length]!;
  const line = lines[at]!;
  const space = line.indexOf(" ", Math.floor(line.length / 2));
  const bad = fault === "mojibake" ? "â€™" : "\uFFFD";
  lines[at] = `${line.slice(0, space)}${bad}${line.slice(space)}`;
  return { text: lines.join("\n"), line: at + 1, rule: "encoding" };
}

describe("check finds planted faults", () => {
  it("the base pages have no error findings", () => {
    for (const page of PAGES) expect(check(page).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("every planted fault is reported by its rule at its line, and no other error", () => {
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.constantFrom<Fault>("furniture", "mojibake", "replacement"), fc.nat(1000), (p, fault, pick) => {
        const planted = plant(PAGES[p]!, fault, pick);
        if (!planted) return;
        const errors = check(planted.text).filter((f) => f.severity === "error");
        expect(errors.map((f) => [f.ruleId, f.line])).toEqual([[planted.rule, planted.line]]);
      }),
      { numRuns: 60 },
    );
  });

  it("a scrape cut off mid-word is reported as truncated at its last line", () => {
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.integer({ min: 20, max: 60 }), (p, cut) => {
        // The scrape ends inside its last paragraph: everything after the cut is lost.
        const all = PAGES[p]!.split("\n");
        const lines = all.slice(0, proseLines(all).at(-1)! + 1);
        const last = lines[lines.length - 1]!;
        let at = Math.max(1, last.length - cut);
        while (at < last.length - 1 && !(/\p{L}/u.test(last[at - 1]!) && /\p{L}/u.test(last[at]!))) at++;
        lines[lines.length - 1] = last.slice(0, at);
        const found = check(lines.join("\n")).filter((f) => f.ruleId === "truncated-article");
        expect(found.map((f) => f.line)).toEqual([lines.length]);
      }),
      { numRuns: 30 },
    );
  });
});
