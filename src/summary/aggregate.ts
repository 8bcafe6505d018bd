// CorpusSummary: folds analyzed documents, one at a time, into the corpus-wide counts of
// `corpus summary`. Nothing is kept per document; every table has a memory bound. Below the
// bounds the result depends only on the set of documents, not their order, so shard outputs
// merged in any order give the summary of the whole corpus.
import type { Article, EntityType } from "../types.js";
import { articleKey } from "./article-key.js";
import { BoundedTable, byCountThenName, TopK } from "./bounded.js";
import type { DocResult } from "../corpus/result.js";
import type { FigureSummary, LanguageCount, NamedCount, RecurringItem, SpeakerSummary, SummaryJson } from "./types.js";

export type { SummaryJson } from "./types.js";

export interface SummaryOptions {
  /** Length of each ranked list. */
  top?: number;
  /** Rows each table keeps before it drops its lowest counts. */
  capacity?: number;
  /** Quotes kept per speaker; above 1, each speaker lists them as `samples` (the HTML report shows them). */
  quoteSamples?: number;
}

const DEFAULT_TOP = 10;
const DEFAULT_CAPACITY = 20_000;
// A sample quote longer than this is no more representative, only harder to read.
const SAMPLE_QUOTE_CHARS = 200;
// Quotes kept beside the sample are cut to this, so a table of many speakers stays small.
const KEPT_QUOTE_CHARS = 280;
const MONTH = /^(\d{4}-\d{2})/;
const ENTITY_TYPES: EntityType[] = ["person", "organization", "location"];

interface Counted {
  count: number;
}
interface Sample {
  text: string;
  path: string;
}
interface SpeakerRow extends Counted {
  sample: Sample;
  /** The best quotes, best first, one per text (with the first path in code-unit order), when more than one is kept. */
  samples?: Sample[];
}
interface ItemRow extends Counted {
  title: string | null;
  outlet: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nullableMin = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : cmp(a, b) <= 0 ? a : b);
const figureTop = (f: FigureSummary): number => Math.max(f.value, f.high ?? f.value);
const figureKey = (f: FigureSummary): string => `${f.value}\u0000${f.high}\u0000${f.unit}\u0000${f.text}`;

export class CorpusSummary {
  private documents = 0;
  private errors = 0;
  private articles = 0;
  private readonly top: number;
  private readonly quoteSamples: number;
  private readonly outlets: BoundedTable<Counted>;
  private readonly languages: BoundedTable<Counted>;
  private readonly entities: BoundedTable<Counted>;
  private readonly speakers: BoundedTable<SpeakerRow>;
  private readonly months: BoundedTable<Counted>;
  private readonly items: BoundedTable<ItemRow>;
  private readonly figures: TopK<FigureSummary>;

  constructor(options: SummaryOptions = {}) {
    this.top = options.top ?? DEFAULT_TOP;
    this.quoteSamples = options.quoteSamples ?? 1;
    const cap = options.capacity ?? DEFAULT_CAPACITY;
    this.outlets = new BoundedTable(cap);
    this.languages = new BoundedTable(cap);
    this.entities = new BoundedTable(cap);
    this.speakers = new BoundedTable(cap);
    this.months = new BoundedTable(cap);
    this.items = new BoundedTable(cap);
    // Largest first; equal values in a fixed order so the list does not depend on arrival order.
    this.figures = new TopK(this.top, (a, b) => figureTop(b) - figureTop(a) || cmp(figureKey(a), figureKey(b)));
  }

  add(doc: DocResult): void {
    this.documents++;
    if ("error" in doc) {
      this.errors++;
      return;
    }
    const path = doc.source.path;
    // An item printed twice on one page is still one page carrying it.
    const seenOnPage = new Set<string>();
    for (const a of doc.report.articles) {
      this.articles++;
      this.addArticle(a, path);
      const key = articleKey(a);
      if (seenOnPage.has(key)) continue;
      seenOnPage.add(key);
      this.items.bump(key, 1, () => ({ count: 0, title: a.title, outlet: a.outlet }), (row) => {
        row.title = nullableMin(row.title, a.title);
        row.outlet = nullableMin(row.outlet, a.outlet);
      });
    }
  }

  private addArticle(a: Article, path: string): void {
    if (a.outlet) this.outlets.bump(a.outlet, 1, () => ({ count: 0 }));
    // "" stands for too short to tell; reports from before languages were detected have none.
    if (a.language !== undefined) this.languages.bump(a.language ?? "", 1, () => ({ count: 0 }));
    // Entities count once per article: a name repeated in one story is not wider coverage.
    const named = new Set(a.entities.map((e) => `${e.type}\u0000${e.name}`));
    for (const key of named) this.entities.bump(key, 1, () => ({ count: 0 }));
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const offered = { text: q.text, path };
      this.speakers.bump(q.speaker, 1, () => ({ count: 0, sample: offered, samples: this.quoteSamples > 1 ? [] : undefined }), (row) => {
        row.sample = betterSample(row.sample, offered);
        if (row.samples) keepSample(row.samples, { text: clipQuote(q.text), path }, this.quoteSamples);
      });
    }
    const published = a.published?.value ?? null;
    for (const value of [published, ...a.dates.map((d) => d.value)]) {
      const month = value ? MONTH.exec(value)?.[1] : undefined;
      if (month) this.months.bump(month, 1, () => ({ count: 0 }));
    }
    for (const f of a.figures) {
      const item: FigureSummary = { value: f.value, high: f.high, unit: f.unit, qualifier: f.qualifier, text: f.text, source: { path, title: a.title } };
      this.figures.offer(figureKey(item), item, (held, offered) => (cmp(offered.source.path, held.source.path) < 0 ? offered : held));
    }
  }

  toJSON(): SummaryJson {
    const named = (rows: Iterable<[string, Counted]>): NamedCount[] => [...rows].map(([name, r]) => ({ name, articles: r.count }));
    const ranked = (list: NamedCount[]): NamedCount[] => list.sort(byCountThenName((n: NamedCount) => n.articles)).slice(0, this.top);

    const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as NamedCount[]])) as Record<EntityType, NamedCount[]>;
    for (const [key, r] of this.entities.entries()) {
      const [type, name] = key.split("\u0000") as [EntityType, string];
      entities[type].push({ name, articles: r.count });
    }
    for (const t of ENTITY_TYPES) entities[t] = ranked(entities[t]);

    const speakers: SpeakerSummary[] = [...this.speakers.entries()]
      .map(([name, r]): SpeakerSummary => ({ name, quotes: r.count, sample: r.sample, ...(r.samples ? { samples: r.samples } : {}) }))
      .sort(byCountThenName((s: SpeakerSummary) => s.quotes))
      .slice(0, this.top);

    let duplicates = 0;
    const recurring: Array<RecurringItem & { name: string }> = [];
    for (const [key, r] of this.items.entries()) {
      duplicates += r.count - 1;
      if (r.count > 1) recurring.push({ title: r.title, outlet: r.outlet, pages: r.count, name: `${r.title ?? ""}\u0000${key}` });
    }
    recurring.sort(byCountThenName((i: RecurringItem & { name: string }) => i.pages));

    return {
      documents: this.documents,
      errors: this.errors,
      articles: this.articles,
      uniqueArticles: this.articles - duplicates,
      outlets: { count: this.outlets.size, top: ranked(named(this.outlets.entries())) },
      languages: [...this.languages.entries()]
        .map(([code, r]): LanguageCount => ({ language: code || null, articles: r.count }))
        .sort((x, y) => y.articles - x.articles || Number(x.language === null) - Number(y.language === null) || cmp(x.language ?? "", y.language ?? "")),
      entities,
      speakers,
      figures: this.figures.sorted(),
      timeline: [...this.months.entries()].map(([month, r]) => ({ month, mentions: r.count })).sort((a, b) => cmp(a.month, b.month)),
      recurring: recurring.slice(0, this.top).map(({ title, outlet, pages }) => ({ title, outlet, pages })),
      approximate: [this.outlets, this.languages, this.entities, this.speakers, this.months, this.items].some((t) => t.pruned),
    };
  }
}

const weight = (s: { text: string }): number => Math.min(s.text.length, SAMPLE_QUOTE_CHARS);

/** Negative when `a` is the more substantial quote (length up to a cap), ties broken alphabetically by text then path. */
const bySubstance = (a: Sample, b: Sample): number => weight(b) - weight(a) || cmp(a.text, b.text) || cmp(a.path, b.path);

/** The more substantial of two quotes. */
function betterSample(held: Sample, offered: Sample): Sample {
  return bySubstance(offered, held) < 0 ? offered : held;
}

const clipQuote = (text: string): string => (text.length <= KEPT_QUOTE_CHARS ? text : `${text.slice(0, KEPT_QUOTE_CHARS - 1)}…`);

/** Adds a quote to a speaker's best `k`, in place: a text already kept keeps its first path; the list stays ranked. */
function keepSample(samples: Sample[], offered: Sample, k: number): void {
  const same = samples.find((s) => s.text === offered.text);
  if (same) same.path = cmp(offered.path, same.path) < 0 ? offered.path : same.path;
  else samples.push(offered);
  samples.sort(bySubstance);
  if (samples.length > k) samples.length = k;
}
