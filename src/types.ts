// The JSON contract of `corpus analyze --format json`. Every `span` indexes the `text` of the
// article the item belongs to: `article.text.slice(span.start, span.end) === item.text`.

/** 0-based, end-exclusive character offsets into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = "error" | "warning" | "info";

/** A problem the input has, collected on the report rather than thrown. */
export interface Message {
  severity: Severity;
  code: string;
  message: string;
  /** 1-based line of the input it concerns, or null when it concerns the whole file. */
  line: number | null;
}

export type QuoteKind = "direct" | "partial";

export interface Quote {
  /** The words inside the quotation marks. */
  text: string;
  /** Canonical (fullest) name of who said it, or null where the article does not say. */
  speaker: string | null;
  /** The words the text uses for the speaker ("Lecornu", "she", "the company"). */
  speakerMention: string | null;
  /** The attribution verb or phrase ("said", "according to"). */
  cue: string | null;
  kind: QuoteKind;
  span: Span;
}

export type EntityType = "person" | "organization" | "location";

export interface Mention {
  text: string;
  span: Span;
}

export interface Entity {
  /** Fullest form in the article, without titles or roles. */
  name: string;
  type: EntityType;
  /** Other forms the article uses for the same entity. */
  aliases: string[];
  /** Title or role the text gives ("French Defense Minister"), or null. */
  role: string | null;
  mentions: Mention[];
}

export interface Figure {
  /** Plain number: "3.8 billion" -> 3800000000; a range's low end. */
  value: number;
  /** A range's high end ("20 to 30" -> 30), else null. */
  high: number | null;
  /** What is counted or measured, as printed ("UAVs", "%", "EUR"), or null. */
  unit: string | null;
  /** "up to", "more than", "about", ... or null. */
  qualifier: string | null;
  text: string;
  span: Span;
}

export type DateKind = "absolute" | "relative";

export interface DateMention {
  /** The expression without a leading preposition. */
  text: string;
  /** TIMEX3-style value against the reference date, or null. */
  value: string | null;
  kind: DateKind;
  span: Span;
}

export interface Published {
  /** As printed ("2 hours ago", "12-03-2025"). */
  text: string;
  /** ISO value against the reference date, or null when it cannot be resolved. */
  value: string | null;
}

export type ArticleRole = "lead" | "related";

export interface Article {
  role: ArticleRole;
  title: string | null;
  outlet: string | null;
  published: Published | null;
  /** Authors named by the page (HTML bylines); empty for plain-text scrapes. */
  authors: string[];
  /** The article's link where the page gives one, else null. */
  url: string | null;
  /** The language its text is written in (ISO 639-1), or null when the text is too short to tell. */
  language: string | null;
  /** Title, dateline and body as analyzed; every span indexes this string. */
  text: string;
  /** 1-based line of the input where the article starts. */
  line: number;
  quotes: Quote[];
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
  /** The article's two or three most informative sentences (TF-IDF weighted), in article order. */
  summary: string[];
  /** Its most characteristic words (TF-IDF against a background corpus), heaviest first. */
  keywords: string[];
}

export type SourceFormat = "text" | "html";

export interface Source {
  path: string;
  format: SourceFormat;
  bytes: number;
  sha256: string;
}

export interface Report {
  source: Source;
  /** The reference instant relative expressions are resolved against (ISO), or null. */
  referenceDate: string | null;
  messages: Message[];
  articles: Article[];
}

/** What stands in place of a report for a file that could not be read or analyzed. */
export interface ErrorRecord {
  source: { path: string };
  error: { code: string; message: string };
}

/** One record of `corpus analyze --format ndjson`: a file's report, or its error record. */
export type AnalyzeRecord = Report | ErrorRecord;
