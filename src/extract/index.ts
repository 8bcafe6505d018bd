// The extraction pipeline: one article's text is read once into a document, and each extractor
// adds its layer in order, reading only the layers before it (over a page's articles, stage by stage):
//
//   text        the article's text and its word tokens               text/      readText
//   quotations  the stretches between quotation marks                quotes/    findQuotations
//   entities    people, organizations, places          <- tokens     entities/  extractEntities, then
//               one type per name over the page's articles                        typeAcrossArticles
//   quotes      quotations with their speakers         <- quotations, entities   extractQuotes
//   dates       dates and times with their values      <- text       dates/     extractDates
//   figures     numbers with what they count           <- dates      figures/   extractFigures
//   keywords    each article's keywords and summary, weighted against the page's other articles
//
// Where an extractor reads the text through tokens of its own, its module says why.
import type { DateMention, Entity, Figure, Quote, Span } from "../types.js";
import { extractDates, extractItemDates } from "./dates/index.js";
import { extractEntities, typeAcrossArticles } from "./entities/index.js";
import { extractFigures } from "./figures/index.js";
import { extractQuotes, findQuotations, type Quotation } from "./quotes/index.js";
import { readText, type TextLayer } from "./text/index.js";

export { type ArticleDigest, digestArticles } from "./keywords/index.js";

/** One article's text and every layer the extractors add to it. */
export interface ArticleDocument extends TextLayer {
  readonly language: string | null;
  readonly quotations: Quotation[];
  readonly entities: Entity[];
  readonly quotes: Quote[];
  readonly dates: DateMention[];
  readonly figures: Figure[];
}

export interface ArticleContext {
  /** The instant relative dates are resolved against, if any. */
  ref: Date | null;
  language: string | null;
  /** An article published at another time (a related item's header, a wire dateline's day): that header's place in the text and its published value. */
  item: { header: Span; published: string | null } | null;
}

/** An article's text with what its dates are read against. */
export interface ArticleInput extends ArticleContext {
  text: string;
}

/**
 * Runs every extractor over each of a page's articles, stage by stage in the pipeline's order:
 * each extractor reads all the page's articles before the next one starts, so its tables and
 * code stay in the processor's caches (extractors taking turns article by article ran a fifth
 * to a quarter slower over the same texts). Each extractor reads one article per call, as alone.
 */
export function readArticles(articles: ArticleInput[]): ArticleDocument[] {
  const layers = articles.map((a) => readText(a.text));
  const quotations = articles.map((a) => findQuotations(a.text));
  const entities = typeAcrossArticles(layers.map((layer) => extractEntities(layer)));
  const quotes = articles.map((a, i) => extractQuotes(a.text, quotations[i]!, entities[i]!));
  const dates = articles.map(({ text, ref, language, item }) => (item ? extractItemDates(text, ref, item.header, item.published, language) : extractDates(text, ref, language)));
  const figures = articles.map((a, i) => extractFigures(a.text, dates[i]!));
  return articles.map((a, i) => ({ ...layers[i]!, language: a.language, quotations: quotations[i]!, entities: entities[i]!, quotes: quotes[i]!, dates: dates[i]!, figures: figures[i]! }));
}
