// The extraction pipeline: one article's text is read once into a document, and each extractor
// adds its layer in order, reading only the layers before it:
//
//   text        the article's text and its word tokens               text/      readText
//   quotations  the stretches between quotation marks                quotes/    findQuotations
//   entities    people, organizations, places          <- tokens     entities/  extractEntities
//   quotes      quotations with their speakers         <- quotations, entities   extractQuotes
//   dates       dates and times with their values      <- text       dates/     extractDates
//   figures     numbers with what they count           <- dates      figures/   extractFigures
//   keywords    each article's keywords and summary, weighted against the page's other articles
//
// Where an extractor reads the text through tokens of its own, its module says why.
import type { DateMention, Entity, Figure, Quote, Span } from "../types.js";
import { extractDates, extractItemDates } from "./dates/index.js";
import { extractEntities } from "./entities/index.js";
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
  /** A related item published at another time: its header's place in the text and its published value. */
  item: { header: Span; published: string | null } | null;
}

/** Runs every extractor over an article's text, in the pipeline's order. */
export function readArticle(text: string, { ref, language, item }: ArticleContext): ArticleDocument {
  const layer = readText(text);
  const quotations = findQuotations(text);
  const entities = extractEntities(layer);
  const quotes = extractQuotes(text, quotations, entities);
  const dates = item ? extractItemDates(text, ref, item.header, item.published, language) : extractDates(text, ref, language);
  const figures = extractFigures(text, dates);
  return { ...layer, language, quotations, entities, quotes, dates, figures };
}
