// corpus summary: the aggregator on hand-made reports (with documents that must add nothing), its
// independence from document order and its memory bound, keywords and summary sentences, and the
// CLI over a generated corpus: pages, NDJSON, standard input, and shards merged.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestArticles, sentences, terms } from "../src/extract/keywords/index.js";
import { formatSummaryText } from "../src/report/summary-text.js";
import { CorpusSummary } from "../src/summary/aggregate.js";
import { BoundedTable, TopK } from "../src/summary/bounded.js";
import type { DocResult } from "../src/corpus/result.js";
import type { Article, Entity, Figure, Quote } from "../src/types.js";
import { generateCorpus } from "./gen-corpus.js";
import { runCli } from "./helpers.js";

const span = { start: 0, end: 1 };
const entity = (name: string, type: Entity["type"], times = 1): Entity => ({ name, type, aliases: [], role: null, mentions: Array.from({ length: times }, () => ({ text: name, span })) });
const quote = (speaker: string | null, text: string): Quote => ({ text, speaker, speakerMention: speaker, cue: "said", kind: "direct", span });
const figure = (value: number, unit: string | null, text: string): Figure => ({ value, high: null, unit, qualifier: null, text, span });

function article(over: Partial<Article> & { title: string }): Article {
  const body = over.text ?? `${over.title} body text.`;
  return { role: "lead", outlet: null, published: null, authors: [], url: null, line: 1, quotes: [], entities: [], figures: [], dates: [], summary: [], keywords: [], ...over, text: `${over.title}\n${body}` };
}

const doc = (path: string, articles: Article[]): DocResult => ({
  source: { path },
  report: { source: { path, format: "text", bytes: 1, sha256: "0".repeat(64) }, referenceDate: null, messages: [], articles },
});

const DOCS: DocResult[] = [
  doc("a.txt", [
    article({ title: "Port strike ends", entities: [entity("Ana Ruiz", "person", 3), entity("Port Authority", "organization"), entity("Valencia", "location")], quotes: [quote("Ana Ruiz", "We are back at work."), quote("Ana Ruiz", "The deal is fair to everyone involved."), quote(null, "unattributed")], figures: [figure(1200, "workers", "1,200 workers")], dates: [{ text: "June 3", value: "2025-06-03", kind: "absolute", span }] }),
    article({ role: "related", title: "Rail fares frozen", outlet: "Metro Wire", published: { text: "2 hours ago", value: "2025-06-21T10:00:00Z" }, text: "Rail fares frozen\nThe fares stay the same." }),
  ]),
  doc("b.txt", [
    article({ title: "Ana Ruiz named minister", entities: [entity("Ana Ruiz", "person"), entity("Valencia", "location")], quotes: [quote("Ana Ruiz", "Short.")], figures: [figure(3.8e9, "EUR", "3.8 billion euros"), figure(1200, "workers", "1,200 workers")] }),
    // The same related item as on a.txt, with another dateline: one item on two pages.
    article({ role: "related", title: "Rail fares frozen", outlet: "Metro Wire", published: { text: "5 hours ago", value: "2025-06-21T07:00:00Z" }, text: "Rail fares frozen\nThe  fares stay the same." }),
  ]),
  { source: { path: "c.txt" }, error: { code: "binary", message: "binary file" } },
  // A page with no articles adds a document and nothing else.
  doc("d.txt", []),
];

describe("CorpusSummary", () => {
  const s = (() => {
    const summary = new CorpusSummary({ top: 5 });
    for (const d of DOCS) summary.add(d);
    return summary.toJSON();
  })();

  it("counts documents, failures, articles and items once", () => {
    expect([s.documents, s.errors, s.articles, s.uniqueArticles]).toEqual([4, 1, 4, 3]);
    expect(s.outlets).toEqual({ count: 1, top: [{ name: "Metro Wire", articles: 2 }] });
    expect(s.recurring).toEqual([{ title: "Rail fares frozen", outlet: "Metro Wire", pages: 2 }]);
    expect(s.approximate).toBe(false);
  });

  it("counts names by articles, not mentions", () => {
    expect(s.entities).toEqual({
      person: [{ name: "Ana Ruiz", articles: 2 }],
      organization: [{ name: "Port Authority", articles: 1 }],
      location: [{ name: "Valencia", articles: 2 }],
    });
  });

  it("ranks speakers by quotes with their most substantial quote, and skips unattributed quotes", () => {
    expect(s.speakers).toEqual([{ name: "Ana Ruiz", quotes: 3, sample: { text: "The deal is fair to everyone involved.", path: "a.txt" } }]);
  });

  it("lists the largest figures once each, with the first file claiming them", () => {
    expect(s.figures.map((f) => [f.value, f.unit, f.source.path])).toEqual([
      [3.8e9, "EUR", "b.txt"],
      [1200, "workers", "a.txt"],
    ]);
  });

  it("puts dated mentions and publication times on a monthly timeline", () => {
    expect(s.timeline).toEqual([{ month: "2025-06", mentions: 3 }]);
  });

  it("gives the same summary whatever the order of the documents", () => {
    const orders = [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
    for (const order of orders) {
      const other = new CorpusSummary({ top: 5 });
      for (const i of order) other.add(DOCS[i]!);
      expect(other.toJSON()).toEqual(s);
    }
  });

  it("stays within its memory bound on an endless stream of distinct names, and says it is approximate", () => {
    const summary = new CorpusSummary({ top: 3, capacity: 100 });
    for (let i = 0; i < 5000; i++) summary.add(doc(`p${i}.txt`, [article({ title: `Story ${i}`, outlet: `Outlet ${i % 7}`, entities: [entity(`Person ${i}`, "person"), entity("Everywhere", "location")] })]));
    const json = summary.toJSON();
    expect(json.approximate).toBe(true);
    expect(json.entities.location).toEqual([{ name: "Everywhere", articles: 5000 }]);
    expect(json.outlets.count).toBe(7);
  });

  it("prints bar charts scaled to the largest count, plain without color", () => {
    const text = formatSummaryText(s, { color: false, barWidth: 10 });
    expect(text).toContain("4 documents · 4 articles · 3 unique · 1 outlet · 1 file failed");
    expect(text).toMatch(/Ana Ruiz +2 ██████████\n/);
    // Each chart is scaled to its own largest count; an eighth block shows a fraction of a cell.
    expect(text).toMatch(/Port Authority +1 ██████████\n/);
    const uneven = formatSummaryText({ ...s, entities: { ...s.entities, person: [{ name: "A", articles: 16 }, { name: "B", articles: 5 }] } }, { color: false, barWidth: 10 });
    expect(uneven).toMatch(/ A +16 ██████████\n/);
    expect(uneven).toMatch(/ B + 5 ███▏\n/);
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatSummaryText(s, { color: true })).toMatch(/\u001b\[/);
  });
});

describe("bounded tables", () => {
  it("BoundedTable halves itself past its capacity, keeping the highest counts", () => {
    const t = new BoundedTable<{ count: number }>(4);
    for (const [k, n] of [["a", 5], ["b", 1], ["c", 3], ["d", 1], ["e", 2]] as const) t.bump(k, n, () => ({ count: 0 }));
    expect([...t.entries()].map(([k]) => k).sort()).toEqual(["a", "c"]);
    expect(t.pruned).toBe(true);
  });

  it("TopK keeps the k best by its order, one per key", () => {
    const top = new TopK<number>(2, (a, b) => b - a);
    for (const [k, v] of [["x", 1], ["y", 5], ["x", 9], ["z", 3]] as const) top.offer(k, v, (held, offered) => Math.max(held, offered));
    expect(top.sorted()).toEqual([9, 5]);
  });
});

describe("keywords and summary sentences", () => {
  it.each([
    ["Mr. Smith said so. Then he left.", ["Mr. Smith said so.", "Then he left."]],
    ["The U.S. Army moved in. Officials said 3 people died.", ["The U.S. Army moved in.", "Officials said 3 people died."]],
    ["He asked: “why?” Nobody answered.", ["He asked: “why?”", "Nobody answered."]],
    ["First paragraph ends here.\nSecond one here.", ["First paragraph ends here.", "Second one here."]],
    ["version 2.5 of the plan. and lowercase after a stop", ["version 2.5 of the plan. and lowercase after a stop"]],
    ["", []],
  ])("sentences(%j)", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ["", []],
    ["The and of it was, is, were: 12 34 5,600.", []],
    ["They said that it would be going there again.", []],
  ])("terms(%j) holds no function words, verbs or numbers", (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  const long = [
    "The regional water board approved a plan to rebuild the old reservoir dam on Tuesday.",
    "Engineers found that the dam walls had cracked after decades of heavy winter floods.",
    "The board said the work would start in the spring and last for three years.",
    "Farmers downstream have asked for compensation while the reservoir stays empty.",
    "The weather was mild for the season.",
    "Officials said the dam reservoir plan would also add a fish ladder for salmon.",
    "It was a busy week.",
  ].join(" ");

  it("picks three sentences from a long article, in article order, and names its topic", () => {
    const [d] = digestArticles([long]);
    expect(d!.summary).toHaveLength(3);
    const positions = d!.summary.map((s) => long.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(d!.summary).not.toContain("It was a busy week.");
    expect(d!.keywords.slice(0, 3)).toEqual(expect.arrayContaining(["dam", "reservoir"]));
  });

  it("weighs a word shared by every article of the page below one only this article uses", () => {
    const [a, b] = digestArticles([
      "The harbour ferry service will add night sailings to the islands from May, the ferry operator said.",
      "The harbour museum will open a new gallery of maritime paintings in May, the museum said.",
    ]);
    expect(a!.keywords[0]).toBe("ferry");
    expect(b!.keywords[0]).toBe("museum");
  });

  it("yields nothing for an empty body and two sentences at most for a short one", () => {
    expect(digestArticles([""])).toEqual([{ summary: [], keywords: [] }]);
    expect(digestArticles(["Too short."])[0]!.summary).toEqual([]);
    const short = "The council approved the new harbour budget on Monday evening. Residents will see lower ferry fares next year. The vote was close.";
    expect(digestArticles([short])[0]!.summary).toHaveLength(2);
  });
});

describe("corpus summary over a generated corpus", () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corpus-gen-summary-"));
    out = mkdtempSync(join(tmpdir(), "corpus-gen-out-"));
    generateCorpus(dir, { files: 1200, seed: 5 });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it("merges shard outputs into the summary of the whole corpus, the same with one worker or two", () => {
    const whole = runCli(["summary", dir, "--json", "--jobs", "2"]);
    expect(whole.code).toBe(1); // the corpus holds binary files
    const summary = JSON.parse(whole.stdout);
    expect(summary.documents).toBe(1200);
    expect(summary.recurring.length).toBeGreaterThan(0);
    expect(runCli(["summary", dir, "--json", "--jobs", "1"]).stdout).toBe(whole.stdout);
    const shards = [1, 2, 3].map((k) => {
      const file = join(out, `shard-${k}.ndjson`);
      const r = runCli(["analyze", dir, "--format", "ndjson", "--shard", `${k}/3`, "--out", file]);
      // 1 when the shard holds one of the binary files, else 0; never a fatal error.
      expect(r.code === 0 || r.code === 1 ? "" : r.stderr).toBe("");
      return file;
    });
    // Any order of the shard files gives the same bytes.
    expect(runCli(["summary", shards[2]!, shards[0]!, shards[1]!, "--json"]).stdout).toBe(whole.stdout);
  }, 300_000);

  it("reads NDJSON on standard input and prints text without color when piped", () => {
    const ndjson = runCli(["analyze", join(dir, "batch-000"), "--format", "ndjson"]).stdout;
    const fromStdin = runCli(["summary", "-", "--top", "3"], { input: ndjson });
    expect(fromStdin.stdout).toMatch(/^Corpus summary\n {2}100 documents · /);
    expect(fromStdin.stdout).toContain("Outlets (articles)");
    expect(fromStdin.stdout).not.toMatch(/\u001b\[/);
    expect(runCli(["summary", join(dir, "batch-000"), "--top", "3"]).stdout).toBe(fromStdin.stdout);
  }, 120_000);

  it("gives a damaged line of analyze output an error record, exit 1 and one line, and reads the rest", () => {
    const bad = join(out, "bad.ndjson");
    writeFileSync(bad, '{"source":{"path":"x"},"articles":[],"messages":[]}\nnot json\n');
    const r = runCli(["summary", bad, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: 2, errors: 1 });
    expect(r.stderr).toBe(`corpus: ${bad}: line 2: not JSON; expected one analyze record per line\n`);
  });
});
