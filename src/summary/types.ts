// The JSON contract of `corpus summary --format json` and of the `summary` member of a multi-file
// `corpus analyze --format json`. Every list is ordered deterministically (count, then name), so
// the same documents give the same bytes whatever their order.
import type { EntityType } from "../types.js";

export interface NamedCount {
  name: string;
  /** Number of articles that mention it (or, for outlets, that it published). */
  articles: number;
}

export interface LanguageCount {
  /** ISO 639-1, or null for articles too short to tell. */
  language: string | null;
  articles: number;
}

export interface SpeakerSummary {
  name: string;
  quotes: number;
  /** One representative quote: the most substantial, ties broken alphabetically. */
  sample: { text: string; path: string };
  /** With the summary's `quoteSamples` above 1 (the HTML report): the best quotes, best first, long ones cut. */
  samples?: Array<{ text: string; path: string }>;
}

export interface FigureSummary {
  value: number;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string;
  /** The file and article the figure was claimed in. */
  source: { path: string; title: string | null };
}

export interface MonthSummary {
  /** YYYY-MM */
  month: string;
  /** Date mentions and publication times that fall in the month. */
  mentions: number;
}

export interface RecurringItem {
  title: string | null;
  outlet: string | null;
  /** Number of pages that carry the item (same title and body). */
  pages: number;
}

export interface SummaryJson {
  documents: number;
  /** Files that could not be read or analyzed. */
  errors: number;
  articles: number;
  /** Articles once each: items that recur across pages count once. */
  uniqueArticles: number;
  outlets: { count: number; top: NamedCount[] };
  /** Articles per language, most first (reports that carry no language are not counted). */
  languages: LanguageCount[];
  entities: Record<EntityType, NamedCount[]>;
  speakers: SpeakerSummary[];
  figures: FigureSummary[];
  timeline: MonthSummary[];
  recurring: RecurringItem[];
  /** True when a table outgrew its memory bound and low counts were dropped (counts then are lower bounds). */
  approximate: boolean;
}
