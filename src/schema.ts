// The JSON Schema (draft 2020-12) of one `corpus analyze --format json` document.

const span = {
  type: "object",
  required: ["start", "end"],
  additionalProperties: false,
  properties: { start: { type: "integer", minimum: 0 }, end: { type: "integer", minimum: 0 } },
};
const nullableString = { type: ["string", "null"] };

export const reportSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/corpus/corpus/report.schema.json",
  title: "corpus analyze report",
  type: "object",
  required: ["source", "referenceDate", "messages", "articles"],
  properties: {
    source: {
      type: "object",
      required: ["path", "format", "bytes", "sha256"],
      properties: {
        path: { type: "string" },
        format: { enum: ["text", "html"] },
        bytes: { type: "integer", minimum: 0 },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
      },
    },
    referenceDate: { ...nullableString, description: "ISO instant relative expressions are resolved against" },
    messages: {
      type: "array",
      items: {
        type: "object",
        required: ["severity", "code", "message", "line"],
        properties: {
          severity: { enum: ["error", "warning", "info"] },
          code: { type: "string" },
          message: { type: "string" },
          line: { type: ["integer", "null"], minimum: 1 },
        },
      },
    },
    articles: { type: "array", items: { $ref: "#/$defs/article" } },
  },
  $defs: {
    span,
    article: {
      type: "object",
      required: ["role", "title", "outlet", "published", "authors", "url", "language", "text", "line", "quotes", "entities", "figures", "dates", "summary", "keywords"],
      properties: {
        role: { enum: ["lead", "related"] },
        title: nullableString,
        outlet: nullableString,
        published: {
          oneOf: [
            { type: "null" },
            { type: "object", required: ["text", "value"], properties: { text: { type: "string" }, value: nullableString } },
          ],
        },
        authors: { type: "array", items: { type: "string" } },
        url: nullableString,
        language: { type: ["string", "null"], pattern: "^[a-z]{2}$", description: "ISO 639-1 code of the text's language; null when too short to tell" },
        text: { type: "string", description: "title, dateline and body as analyzed; spans index it" },
        line: { type: "integer", minimum: 1 },
        quotes: { type: "array", items: { $ref: "#/$defs/quote" } },
        entities: { type: "array", items: { $ref: "#/$defs/entity" } },
        figures: { type: "array", items: { $ref: "#/$defs/figure" } },
        dates: { type: "array", items: { $ref: "#/$defs/date" } },
        summary: { type: "array", items: { type: "string" }, description: "the two or three most informative sentences, in article order" },
        keywords: { type: "array", items: { type: "string" }, description: "the most characteristic words, heaviest first" },
      },
    },
    quote: {
      type: "object",
      required: ["text", "speaker", "speakerMention", "cue", "kind", "span"],
      properties: {
        text: { type: "string" },
        speaker: nullableString,
        speakerMention: nullableString,
        cue: nullableString,
        kind: { enum: ["direct", "partial"] },
        span: { $ref: "#/$defs/span" },
      },
    },
    entity: {
      type: "object",
      required: ["name", "type", "aliases", "role", "mentions"],
      properties: {
        name: { type: "string" },
        type: { enum: ["person", "organization", "location"] },
        aliases: { type: "array", items: { type: "string" } },
        role: nullableString,
        mentions: {
          type: "array",
          items: { type: "object", required: ["text", "span"], properties: { text: { type: "string" }, span: { $ref: "#/$defs/span" } } },
        },
      },
    },
    figure: {
      type: "object",
      required: ["value", "high", "unit", "qualifier", "text", "span"],
      properties: {
        value: { type: "number" },
        high: { type: ["number", "null"] },
        unit: nullableString,
        qualifier: nullableString,
        text: { type: "string" },
        span: { $ref: "#/$defs/span" },
      },
    },
    date: {
      type: "object",
      required: ["text", "value", "kind", "span"],
      properties: {
        text: { type: "string" },
        value: nullableString,
        kind: { enum: ["absolute", "relative"] },
        span: { $ref: "#/$defs/span" },
      },
    },
  },
} as const;
