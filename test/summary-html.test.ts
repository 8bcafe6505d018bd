// The HTML report: every text escaped, nothing loaded from anywhere, every section in the markup
// itself (so it reads with JavaScript off), a timeline that switches to years over a long span,
// and a size bounded by the summary's lists however large the corpus. The rendering in a real
// browser is scripts/test-browser.mjs (npm run test:browser).
import { describe, expect, it } from "vitest";
import { formatSummaryHtml } from "../src/report/summary-html.js";
import { CorpusSummary } from "../src/summary/aggregate.js";
import type { SummaryJson } from "../src/summary/types.js";
import type { Article } from "../src/types.js";
import { runCli } from "./helpers.js";

const HOSTILE = `<script>alert("x")</script> & 'quoted' <img src=x onerror=alert(1)>`;

const summary = (over: Partial<SummaryJson> = {}): SummaryJson => ({
  documents: 3,
  errors: 1,
  articles: 5,
  uniqueArticles: 4,
  outlets: { count: 1, top: [{ name: HOSTILE, articles: 2 }] },
  entities: { person: [{ name: "Ana Ruiz", articles: 3 }, { name: HOSTILE, articles: 1 }], organization: [{ name: "Harbour Council", articles: 2 }], location: [{ name: "Valencia", articles: 1 }] },
  speakers: [{ name: "Ana Ruiz", quotes: 4, sample: { text: "We are back at work.", path: "a.txt" }, samples: [{ text: "We are back at work.", path: "a.txt" }, { text: HOSTILE, path: `b${HOSTILE}.txt` }] }],
  figures: [{ value: 3.8e9, high: null, unit: "EUR", qualifier: "about", text: "about 3.8 billion euros", source: { path: "a.txt", title: HOSTILE } }],
  timeline: [{ month: "2025-03", mentions: 2 }, { month: "2025-06", mentions: 5 }],
  recurring: [{ title: HOSTILE, outlet: "Metro Wire", pages: 2 }],
  approximate: false,
  ...over,
});

describe("formatSummaryHtml", () => {
  const html = formatSummaryHtml(summary());

  it("escapes every text it prints", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;img src=x onerror=alert(1)&gt;");
    // The one script is the page's own, inline.
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("loads nothing: no external reference, and a policy that forbids any", () => {
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:src|href)=/i);
    expect(html).not.toMatch(/https?:|url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
  });

  it("holds every section and all its content in the markup, with bars scaled to the largest count", () => {
    for (const id of ["counts", "outlets", "people", "organizations", "places", "speakers", "figures", "timeline", "recurring"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain("<dd>3</dd>");
    expect(html).toMatch(/<td>Ana Ruiz<\/td><td class="num" data-value="3">3<\/td><td><svg class="bar"[^>]*><rect class="person" width="240"/);
    expect(html).toMatch(/<td class="num" data-value="1">1<\/td><td><svg class="bar"[^>]*><rect class="person" width="80"/);
    // The quotes behind each speaker are in <details>, open to anyone without a script.
    expect(html).toMatch(/<details><summary><span class="name">Ana Ruiz<\/span> <span class="num">4 quotes<\/span>/);
    expect(html).toContain("<q>We are back at work.</q>");
    // Months without mentions still take their place on the timeline.
    expect(html.match(/<rect class="month"/g)).toHaveLength(4);
    expect(html).toContain("<title>2025-04: 0 mentions</title>");
    // The search box appears only once the script runs.
    expect(html).toMatch(/<input id="search"[^>]* hidden>/);
  });

  it("counts years on a timeline longer than ten years, and says none where a list is empty", () => {
    const long = formatSummaryHtml(summary({ timeline: [{ month: "1990-05", mentions: 1 }, { month: "2025-06", mentions: 3 }], speakers: [], figures: [], recurring: [] }));
    expect(long.match(/<rect class="month"/g)).toHaveLength(36);
    expect(long).toContain("<title>1990: 1 mention</title>");
    expect(long).toContain('aria-label="dated mentions by year"');
    expect(long.match(/<p class="none">none<\/p>/g)).toHaveLength(3);
  });

  it("stays small for a corpus of 10,000 pages with a name and a speaker of its own each", () => {
    const s = new CorpusSummary({ top: 10, quoteSamples: 3 });
    const span = { start: 0, end: 1 };
    for (let i = 0; i < 10_000; i++) {
      const a: Article = {
        role: "lead", title: `Story ${i}`, outlet: `Outlet ${i % 50}`, published: { text: "x", value: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-01` }, authors: [], url: null, text: `Story ${i}\nBody ${i}.`, line: 1,
        quotes: [{ text: `Quote number ${i} is ${"long ".repeat(i % 100)}`, speaker: `Speaker ${i % 3000}`, speakerMention: null, cue: "said", kind: "direct", span }],
        entities: [{ name: `Person ${i}`, type: "person", aliases: [], role: null, mentions: [{ text: "x", span }] }],
        figures: [{ value: i, high: null, unit: "jobs", qualifier: null, text: `${i} jobs`, span }], dates: [], summary: [], keywords: [],
      };
      s.add({ source: { path: `p${i}.txt` }, report: { source: { path: `p${i}.txt`, format: "text", bytes: 1, sha256: "0" }, referenceDate: null, messages: [], articles: [a] } });
    }
    const started = performance.now();
    const page = formatSummaryHtml(s.toJSON());
    expect(performance.now() - started).toBeLessThan(500);
    expect(page.length).toBeLessThan(60_000);
    expect(page.match(/<li class="speaker">/g)).toHaveLength(10);
    expect(page.match(/<ul class="quotes"><li>.*?<\/li><li>.*?<\/li><li>.*?<\/li><\/ul>/g)).toHaveLength(10);
  });
});

describe("corpus summary --format html", () => {
  it("writes the fixtures' report with -o, and the JSON summary stays as it was (no quote samples)", () => {
    const r = runCli(["summary", "fixtures", "--format", "html"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^<!doctype html>\n/);
    expect(r.stdout).toContain('<section id="speakers">');
    expect(runCli(["summary", "fixtures", "--json"]).stdout).not.toContain('"samples"');
  });
});
