// The columns of `corpus table KIND`: each row is one item of an article (a quote, an entity, a
// figure, a date) or one article, and starts with the columns that say where it comes from. The
// order is the contract: columns are only ever added at the end.
import type { Article, DateMention, Entity, Figure, Quote } from "../types.js";

export const TABLE_KINDS = ["quotes", "entities", "figures", "dates", "articles"] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** A cell: text, a number, or null for an empty cell. */
export type Cell = string | number | null;

/** Where a row comes from: the file, the article (1-based, as the text report numbers them) and its header. */
export const SOURCE_COLUMNS = ["path", "article", "role", "title", "outlet", "published", "published_text"] as const;

// Several values in one cell (aliases, authors, keywords) are joined with this.
const LIST_SEPARATOR = "; ";

interface ItemColumns<T> {
  columns: readonly string[];
  items(a: Article): T[];
  cells(item: T): Cell[];
}

const quotes: ItemColumns<Quote> = {
  columns: ["speaker", "speaker_mention", "cue", "kind", "text", "start", "end"],
  items: (a) => a.quotes,
  cells: (q) => [q.speaker, q.speakerMention, q.cue, q.kind, q.text, q.span.start, q.span.end],
};

const entities: ItemColumns<Entity> = {
  // The span is the first mention's; `mentions` counts them all.
  columns: ["name", "type", "entity_role", "aliases", "mentions", "start", "end"],
  items: (a) => a.entities,
  cells: (e) => [e.name, e.type, e.role, e.aliases.join(LIST_SEPARATOR), e.mentions.length, e.mentions[0]?.span.start ?? null, e.mentions[0]?.span.end ?? null],
};

const figures: ItemColumns<Figure> = {
  columns: ["value", "high", "unit", "qualifier", "text", "start", "end"],
  items: (a) => a.figures,
  cells: (f) => [f.value, f.high, f.unit, f.qualifier, f.text, f.span.start, f.span.end],
};

const dates: ItemColumns<DateMention> = {
  columns: ["text", "value", "kind", "start", "end"],
  items: (a) => a.dates,
  cells: (d) => [d.text, d.value, d.kind, d.span.start, d.span.end],
};

const articles: ItemColumns<Article> = {
  columns: ["authors", "url", "line", "quotes", "entities", "figures", "dates", "keywords", "summary"],
  items: (a) => [a],
  cells: (a) => [a.authors.join(LIST_SEPARATOR), a.url, a.line, a.quotes.length, a.entities.length, a.figures.length, a.dates.length, a.keywords.join(LIST_SEPARATOR), a.summary.join(" ")],
};

const KINDS: Record<TableKind, ItemColumns<never>> = { quotes, entities, figures, dates, articles } as Record<TableKind, ItemColumns<never>>;

/** The header of a table of this kind. */
export function tableHeader(kind: TableKind): string[] {
  return [...SOURCE_COLUMNS, ...KINDS[kind].columns];
}

/** The rows one file's articles give, in article order, then item order. */
export function tableRows(kind: TableKind, path: string, articleList: Article[]): Cell[][] {
  const { items, cells } = KINDS[kind] as ItemColumns<unknown>;
  return articleList.flatMap((a, i) => {
    const source: Cell[] = [path, i + 1, a.role, a.title, a.outlet, a.published?.value ?? null, a.published?.text ?? null];
    return items(a).map((item) => [...source, ...cells(item)]);
  });
}
